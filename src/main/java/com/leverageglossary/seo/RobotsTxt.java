package com.leverageglossary.seo;

import com.leverageglossary.urls.SiteUrls;

/** {@code /robots.txt}: crawl everything but search results and the APIs; point at the sitemap. */
public final class RobotsTxt {
    private RobotsTxt() {
    }

    public static String text(String baseUrl) {
        return "User-agent: *\nDisallow: " + SiteUrls.SEARCH + "\nDisallow: " + SiteUrls.API + "\n\nSitemap: " + baseUrl + SiteUrls.SITEMAP + "\n";
    }
}
