package com.leverageglossary.web;

import java.util.List;

/**
 * What every page's layout needs: head metadata, asset URLs and the breadcrumb.
 *
 * @param canonicalUrl absolute URL of the page's canonical form
 * @param noindex      true for pages search engines should not index (errors, search results)
 */
public record Chrome(String title, String description, String canonicalUrl, boolean noindex,
                     AssetUrls assets, List<Crumb> breadcrumb, String searchQuery) {
}
