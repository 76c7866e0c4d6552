package com.leverageglossary.web;

/** One step of a breadcrumb; the last step is the current page. */
public record Crumb(String name, String url) {
}
