package com.leverageglossary.web;

import com.leverageglossary.seo.BreadcrumbItem;
import java.util.List;

/**
 * What every page's layout needs: head metadata, social and structured data, asset URLs and the breadcrumb.
 *
 * @param canonicalUrl absolute URL of the page's canonical form
 * @param noindex      true for pages search engines should not index (errors, search results)
 * @param ogType       Open Graph type: "website", or "article" for long-form terms
 * @param jsonLd       the page's structured data as script text, or null
 * @param prevUrl      site-relative URL of the previous page of a paginated series, or null
 * @param nextUrl      site-relative URL of the next page, or null
 */
public record Chrome(String title, String description, String canonicalUrl, boolean noindex, AssetUrls assets,
                     List<Crumb> breadcrumb, String searchQuery, String baseUrl, String ogType, String jsonLd,
                     String prevUrl, String nextUrl) {
    /** Theme colours, light and dark: the header's background in each scheme (see {@code static/css/site.css}). */
    public static final String THEME_LIGHT = "#f6f8fa";
    public static final String THEME_DARK = "#161b22";

    /** A page's chrome with the defaults: indexable, no search query, Open Graph "website", no structured data or pagination. */
    static Chrome of(String title, String description, String baseUrl, String path, AssetUrls assets, List<Crumb> breadcrumb) {
        return new Chrome(title, description, baseUrl + path, false, assets, breadcrumb, "", baseUrl, "website", null, null, null);
    }

    public Chrome notIndexed() {
        return new Chrome(title, description, canonicalUrl, true, assets, breadcrumb, searchQuery, baseUrl, ogType, jsonLd, prevUrl, nextUrl);
    }

    /** The query shown in the header's search box (on the results page). */
    public Chrome withSearchQuery(String query) {
        return new Chrome(title, description, canonicalUrl, noindex, assets, breadcrumb, query, baseUrl, ogType, jsonLd, prevUrl, nextUrl);
    }

    public Chrome withJsonLd(String script) {
        return new Chrome(title, description, canonicalUrl, noindex, assets, breadcrumb, searchQuery, baseUrl, ogType, script, prevUrl, nextUrl);
    }

    public Chrome withOgType(String type) {
        return new Chrome(title, description, canonicalUrl, noindex, assets, breadcrumb, searchQuery, baseUrl, type, jsonLd, prevUrl, nextUrl);
    }

    public Chrome withPagination(String previous, String next) {
        return new Chrome(title, description, canonicalUrl, noindex, assets, breadcrumb, searchQuery, baseUrl, ogType, jsonLd, previous, next);
    }

    /** The social preview image as an absolute URL. */
    public String imageUrl() {
        return baseUrl + assets.socialImage();
    }

    /** The visible breadcrumb as structured data sees it. */
    public List<BreadcrumbItem> breadcrumbItems() {
        return breadcrumb.stream().map(c -> new BreadcrumbItem(c.name(), c.url())).toList();
    }
}
