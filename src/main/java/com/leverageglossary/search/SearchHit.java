package com.leverageglossary.search;

import java.util.List;

/**
 * One result in rank order.
 *
 * @param url         site-relative, with a {@code #section} when the match is in a heading
 * @param snippetHtml escaped text with matched words wrapped in {@code <mark>}
 */
public record SearchHit(String title, String url, String kind, List<String> areaSlugs, List<String> areaTitles, String snippetHtml) {

    /** "Term", "Definition" or "Calculator". */
    public static String kindLabel(String kind) {
        return kind.isEmpty() ? kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    public String kindLabel() {
        return kindLabel(kind);
    }
}
