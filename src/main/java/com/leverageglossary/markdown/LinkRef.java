package com.leverageglossary.markdown;

/** A plain Markdown link's destination with its 1-based line in the document. */
public record LinkRef(String url, int line) {
}
