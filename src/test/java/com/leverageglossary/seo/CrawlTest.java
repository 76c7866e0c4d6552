package com.leverageglossary.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leverageglossary.testing.RunningSite;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Crawls the real site from {@code /} through every internal link: nothing broken, the sitemap and the
 * reachable indexable pages agree, canonicals point at themselves, and the Nu HTML Checker finds no error.
 */
class CrawlTest {
    /** Installed by .ci/run from npm (vnu-jar); see README. */
    static final Path VNU = Path.of(".tools/node_modules/vnu-jar/build/dist/vnu.jar");
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");
    static RunningSite site;
    static Map<String, Document> htmlPages = new LinkedHashMap<>();
    static Map<String, Integer> statuses = new LinkedHashMap<>();
    static Map<String, List<String>> linkedFrom = new LinkedHashMap<>();

    @BeforeAll
    static void crawl() throws Exception {
        site = RunningSite.realContent();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>(queue);
        while (!queue.isEmpty()) {
            String path = queue.poll();
            HttpResponse<String> response = site.get(path);
            statuses.put(path, response.statusCode());
            boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
            if (response.statusCode() != 200 || !html) {
                continue;
            }
            Document page = Jsoup.parse(response.body(), site.baseUrl() + path);
            htmlPages.put(path, page);
            List<Element> links = new ArrayList<>(page.select("a[href]"));
            links.addAll(page.select("link[rel=prev], link[rel=next]"));
            for (Element link : links) {
                String href = link.attr("href").replaceFirst("#.*", "");
                if (!href.startsWith("/") || href.startsWith("//") || href.startsWith("/search") || href.startsWith("/api/")) {
                    continue;
                }
                linkedFrom.computeIfAbsent(href, k -> new ArrayList<>()).add(path);
                if (seen.add(href)) {
                    queue.add(href);
                }
            }
        }
    }


    @Test
    void everyInternalLinkAnswers200Directly() {
        Map<String, Object> broken = new TreeMap<>();
        statuses.forEach((path, status) -> {
            if (status != 200) {
                broken.put(path, status + " linked from " + linkedFrom.getOrDefault(path, List.of()).stream().limit(3).toList());
            }
        });
        assertThat(broken).isEmpty();
        assertThat(htmlPages.size()).isGreaterThan(80);
        System.out.println("crawl: " + statuses.size() + " URLs, " + htmlPages.size() + " HTML pages by type " + countsByType());
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
        htmlPages.forEach((path, page) -> {
            boolean indexable = page.selectFirst("meta[name=robots][content*=noindex]") == null
                    && page.selectFirst("link[rel=canonical]").attr("href").equals(site.baseUrl() + path);
            if (indexable) {
                assertThat(inSitemap).as("indexable page " + path + " in the sitemap").contains(path);
            }
        });
    }

    @Test
    void nuHtmlCheckerFindsNoErrorOnAnyCrawledPage() throws Exception {
        assertThat(VNU).as("vnu.jar is installed by .ci/run (npm install --prefix .tools vnu-jar)").exists();
        Path dir = Path.of("target", "crawl");
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Map<String, String> fileToPath = new LinkedHashMap<>();
        int n = 0;
        for (var page : htmlPages.entrySet()) {
            String file = "page-" + (++n) + ".html";
            fileToPath.put(file, page.getKey());
            Files.writeString(dir.resolve(file), site.get(page.getKey()).body(), StandardCharsets.UTF_8);
        }
        Path report = Path.of("target", "crawl-vnu.json");
        Process vnu = new ProcessBuilder("java", "-jar", VNU.toString(), "--errors-only", "--format", "json", dir.toString())
                .redirectErrorStream(false).redirectError(report.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(vnu.waitFor(5, TimeUnit.MINUTES)).isTrue();
        JsonNode messages = new ObjectMapper().readTree(Files.readString(report)).get("messages");
        List<String> errors = new ArrayList<>();
        messages.forEach(m -> {
            if ("error".equals(m.path("type").asText())) {
                String file = m.path("url").asText().replaceFirst(".*/", "");
                errors.add(fileToPath.getOrDefault(file, file) + ":" + m.path("lastLine").asText() + " " + m.path("message").asText());
            }
        });
        assertThat(errors).as("Nu HTML Checker errors over " + htmlPages.size() + " pages").isEmpty();
    }

    private static Map<String, Integer> countsByType() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String path : htmlPages.keySet()) {
            String type = path.equals("/") ? "home" : path.split("/")[1] + (path.contains("/resource/") ? " (later pages)" : "")
                    + (path.contains("?") ? " (with inputs)" : "");
            counts.merge(type, 1, Integer::sum);
        }
        return counts;
    }
}
