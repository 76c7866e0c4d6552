package com.leverageglossary.search;

import java.util.List;

/**
 * What one search result is about: an entry or a calculator, with its text as plain strings.
 *
 * @param kind     "term", "definition" or "calculator"
 * @param headings section headings with the URL fragment that reaches each
 */
record SearchDocument(String title, String url, String kind, List<String> aliases, List<String> areaSlugs,
                      List<String> areaTitles, String summary, String body, List<Section> headings) {

    record Section(String text, String anchor) {
    }

    /** The part kept in memory once indexed: the body and headings are read back from the index when shown. */
    SearchDocument withoutText() {
        return new SearchDocument(title, url, kind, aliases, areaSlugs, areaTitles, summary, null, List.of());
    }

    SearchDocument withText(String body, List<Section> headings) {
        return new SearchDocument(title, url, kind, aliases, areaSlugs, areaTitles, summary, body, headings);
    }
}
