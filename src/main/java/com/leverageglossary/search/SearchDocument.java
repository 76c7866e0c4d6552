package com.leverageglossary.search;

import java.util.List;

/**
 * What one search result is about: an entry or a calculator, with its text as plain strings.
 *
 * @param kind     "term", "definition" or "calculator"
 * @param headings section headings with the URL fragment that reaches each
 */
record SearchDocument(String title, String url, String kind, List<String> aliases, List<String> areaSlugs,
                      List<String> areaTitles, String summary, String body, List<Section> headings, String nameTerms) {

    SearchDocument(String title, String url, String kind, List<String> aliases, List<String> areaSlugs,
                   List<String> areaTitles, String summary, String body, List<Section> headings) {
        this(title, url, kind, aliases, areaSlugs, areaTitles, summary, body, headings, null);
    }

    record Section(String text, String anchor) {
    }

    /**
     * The part kept in memory once indexed: the body and headings are read back from the index when shown; the
     * analysed words of its names are kept, space-delimited, for ranking by name coverage.
     */
    SearchDocument withoutText() {
        StringBuilder terms = new StringBuilder(" ");
        SearchFields.terms(SearchFields.BODY, title).forEach(term -> terms.append(term).append(' '));
        aliases.forEach(alias -> SearchFields.terms(SearchFields.BODY, alias).forEach(term -> terms.append(term).append(' ')));
        return new SearchDocument(title, url, kind, aliases, areaSlugs, areaTitles, summary, null, List.of(), terms.toString());
    }

    SearchDocument withText(String body, List<Section> headings) {
        return new SearchDocument(title, url, kind, aliases, areaSlugs, areaTitles, summary, body, headings, nameTerms);
    }

    /** Whether an analysed query word is one of this document's name words. */
    boolean namesWord(String term) {
        return nameTerms != null && nameTerms.contains(" " + term + " ");
    }
}
