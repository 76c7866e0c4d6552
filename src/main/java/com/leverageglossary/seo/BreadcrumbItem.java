package com.leverageglossary.seo;

/** One step of a visible breadcrumb: its name and site-relative path. */
public record BreadcrumbItem(String name, String path) {
}
