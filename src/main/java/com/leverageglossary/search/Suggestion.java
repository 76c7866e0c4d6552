package com.leverageglossary.search;

/** One autocomplete suggestion. */
public record Suggestion(String title, String url, String kind) {
}
