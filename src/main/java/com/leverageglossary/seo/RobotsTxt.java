package com.leverageglossary.seo;

/** {@code /robots.txt}: crawl everything but search results and the APIs; point at the sitemap. */
public final class RobotsTxt {
    private RobotsTxt() {
    }

    public static String text(String baseUrl) {
        return "User-agent: *\nDisallow: /search\nDisallow: /api/\n\nSitemap: " + baseUrl + "/sitemap.xml\n";
    }
}
