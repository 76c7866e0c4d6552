package com.leverageglossary.seo;

import com.leverageglossary.testing.RunningSite;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A crawl of a running site from {@code /} through every internal link (search and API URLs aside): the
 * status each URL answered, the parsed HTML pages that answered 200, and the pages that link to each URL.
 */
record SiteCrawl(Map<String, Document> htmlPages, Map<String, Integer> statuses, Map<String, List<String>> linkedFrom) {

    static SiteCrawl of(RunningSite site) {
        Map<String, Document> htmlPages = new LinkedHashMap<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Map<String, List<String>> linkedFrom = new LinkedHashMap<>();
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
        return new SiteCrawl(htmlPages, statuses, linkedFrom);
    }
}
