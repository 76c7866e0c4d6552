package com.leverageglossary.markdown;

/** A {@code [[target]]} or {@code [[target|text]]} found in a document, with its 1-based line in that document. */
public record WikiLinkRef(String target, int line) {
}
