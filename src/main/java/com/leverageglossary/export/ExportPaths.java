package com.leverageglossary.export;

import com.leverageglossary.content.Entry;
import com.leverageglossary.content.Site;
import com.leverageglossary.urls.SiteUrls;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URLs the export writes: every URL of the sitemap (the sitemap is the list of crawlable pages, so the
 * export reads it rather than listing pages a second time), every entry's Markdown twin, every calculator's embed
 * page, the site-wide files and every static file.
 */
final class ExportPaths {
    /** The page nginx shows for unknown paths: the server's own 404 page, asked for at this path. */
    static final String NOT_FOUND = "/404.html";
    private static final Pattern LOC = Pattern.compile("<loc>([^<]*)</loc>");

    private ExportPaths() {
    }

    /** The site-wide files, fetched first (the sitemap tells the rest), and the offline reader's files. */
    static List<String> siteFiles() {
        return List.of(SiteUrls.SITEMAP, SiteUrls.ROBOTS, SiteUrls.FEED, SiteUrls.LLMS,
                SiteUrls.MANIFEST, SiteUrls.SERVICE_WORKER, SiteUrls.OFFLINE);
    }

    /**
     * Every path to export besides {@link #siteFiles()} and {@link #NOT_FOUND}, each once, in a stable order. The
     * calculators' embed pages are not in the sitemap (they are noindex) but other sites frame them, so they are
     * served from files too; with a query they are computed, like calculator pages.
     */
    static List<String> pages(String sitemapXml, String baseUrl, Site site, List<String> calculatorIds, List<String> staticUrls) {
        Set<String> paths = new LinkedHashSet<>(sitemapPaths(sitemapXml, baseUrl));
        for (Entry entry : site.entries()) {
            paths.add(entry.markdownUrl());
        }
        for (String id : calculatorIds) {
            paths.add(SiteUrls.calculatorEmbed(id));
        }
        paths.addAll(staticUrls);
        return new ArrayList<>(paths);
    }

    /** The paths of the sitemap's {@code <loc>}s, which all start with the base URL. */
    static List<String> sitemapPaths(String sitemapXml, String baseUrl) {
        List<String> paths = new ArrayList<>();
        Matcher loc = LOC.matcher(sitemapXml);
        while (loc.find()) {
            String url = unescape(loc.group(1));
            if (!url.startsWith(baseUrl + "/")) {
                throw new IllegalStateException("sitemap URL outside the base URL " + baseUrl + ": " + url);
            }
            paths.add(url.substring(baseUrl.length()));
        }
        return paths;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
