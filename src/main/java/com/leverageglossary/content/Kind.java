package com.leverageglossary.content;

import com.leverageglossary.urls.SiteUrls;

/** The two kinds of entry. Each owns its URL segment and its folder under {@code content/}. */
public enum Kind {
    TERM("term", "terms", "Term"),
    DEFINITION("definition", "definitions", "Definition");

    private final String segment;
    private final String folder;
    private final String label;

    Kind(String segment, String folder, String label) {
        this.segment = segment;
        this.folder = folder;
        this.label = label;
    }

    /** The first path segment of this kind's URLs, e.g. {@code term}. */
    public String segment() {
        return segment;
    }

    public String folder() {
        return folder;
    }

    public String label() {
        return label;
    }

    public String url(String slug) {
        return SiteUrls.entry(segment, slug);
    }

    public String markdownUrl(String slug) {
        return SiteUrls.entryMarkdown(segment, slug);
    }
}
