package com.leverageglossary.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.RunningSite;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Crawls the real site from {@code /} through every internal link: nothing broken, the sitemap and the
 * reachable indexable pages agree, and canonicals point at themselves. {@link NuHtmlCheckerIT} checks the
 * markup of the same pages.
 */
class CrawlTest {
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");
    static RunningSite site;
    static SiteCrawl crawl;

    @BeforeAll
    static void crawl() {
        site = RunningSite.realContent();
        crawl = SiteCrawl.of(site);
    }

    @Test
    void everyInternalLinkAnswers200Directly() {
        Map<String, Object> broken = new TreeMap<>();
        crawl.statuses().forEach((path, status) -> {
            if (status != 200) {
                broken.put(path, status + " linked from " + crawl.linkedFrom().getOrDefault(path, List.of()).stream().limit(3).toList());
            }
        });
        assertThat(broken).isEmpty();
        assertThat(crawl.htmlPages().size()).isGreaterThan(80);
        System.out.println("crawl: " + crawl.statuses().size() + " URLs, " + crawl.htmlPages().size() + " HTML pages by type " + countsByType());
    }

    @Test
    void sitemapAndReachableIndexablePagesAgree() {
        String sitemap = site.get("/sitemap.xml").body();
        Set<String> inSitemap = new LinkedHashSet<>();
        Matcher loc = LOC.matcher(sitemap);
        while (loc.find()) {
            inSitemap.add(loc.group(1).replace(site.baseUrl(), ""));
        }
        for (String path : inSitemap) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).selectFirst("link[rel=canonical]").attr("href")).as(path).isEqualTo(site.baseUrl() + path);
        }
        crawl.htmlPages().forEach((path, page) -> {
            boolean indexable = page.selectFirst("meta[name=robots][content*=noindex]") == null
                    && page.selectFirst("link[rel=canonical]").attr("href").equals(site.baseUrl() + path);
            if (indexable) {
                assertThat(inSitemap).as("indexable page " + path + " in the sitemap").contains(path);
            }
        });
    }

    private static Map<String, Integer> countsByType() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String path : crawl.htmlPages().keySet()) {
            String type = path.equals("/") ? "home" : path.split("/")[1] + (path.contains("/resource/") ? " (later pages)" : "")
                    + (path.contains("?") ? " (with inputs)" : "");
            counts.merge(type, 1, Integer::sum);
        }
        return counts;
    }
}
