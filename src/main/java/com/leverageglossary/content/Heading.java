package com.leverageglossary.content;

/** A section heading inside an entry's body, with the anchor id the renderer gave it. */
public record Heading(int level, String text, String anchor) {
}
