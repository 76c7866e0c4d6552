package com.leverageglossary.markdown;

/** Where a wiki link points: the page's URL and the title shown when the link has no text of its own. */
public record LinkTarget(String url, String title) {
}
