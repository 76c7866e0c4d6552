package com.leverageglossary.content;

/** A cited source: a document's title and its URL. */
public record Source(String title, String url) implements java.io.Serializable {
}
