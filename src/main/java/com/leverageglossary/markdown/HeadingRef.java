package com.leverageglossary.markdown;

/** A heading of a parsed document with the anchor id its rendered HTML carries. */
public record HeadingRef(int level, String text, String anchor) {
}
