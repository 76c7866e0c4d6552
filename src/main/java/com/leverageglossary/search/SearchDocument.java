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
}
