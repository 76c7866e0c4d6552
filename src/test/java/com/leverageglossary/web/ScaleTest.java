package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.CorpusGenerator;
import com.leverageglossary.testing.ForkedSite;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: 2,000 real-size entries (the real bodies, copied under new slugs) are served by a JVM of 64 MB:
 * a burst of concurrent cache misses, a crawl of 200 pages and 200 searches answer without an error, and the
 * heap stays bounded.
 */
class ScaleTest {
    private static final int ENTRIES = 2_000;
    private static final int BURST = 192;
    private static final Pattern LOC = Pattern.compile("<loc>https?://[^/]+(/[^<]*)</loc>");

    @TempDir
    Path dir;

    @Test
    void twoThousandRealSizeEntriesServeInSixtyFourMegabytes() throws Exception {
        Path content = dir.resolve("content");
        CorpusGenerator.generate(Path.of("content"), content, ENTRIES);
        try (ForkedSite site = ForkedSite.start("64m", content)) {
            List<String> paths = new ArrayList<>();
            Matcher loc = LOC.matcher(site.get("/sitemap.xml").body());
            while (loc.find()) {
                paths.add(loc.group(1));
            }
            assertThat(paths).hasSizeGreaterThan(ENTRIES);
            List<String> failures = new ArrayList<>();
            int step = paths.size() / 200;
            for (int i = 0; i < 200; i++) {
                String path = paths.get(i * step);
                HttpResponse<String> page = site.get(path);
                if (page.statusCode() != 200) {
                    failures.add(path + " → " + page.statusCode());
                }
            }
            String[] words = {"liquidation price", "helth factor", "perp funding", "margin call", "value at risk 3",
                    "leverage loops 12", "basis trade", "lev lo", "repo haircut", "delta"};
            for (int i = 0; i < 200; i++) {
                String query = words[i % words.length] + (i >= words.length ? " " + i : "");
                HttpResponse<String> search = site.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                if (search.statusCode() != 200) {
                    failures.add(query + " → " + search.statusCode());
                }
            }
            assertThat(failures).isEmpty();
            assertThat(site.get("/api/search?q=liquidation+price").body()).contains("/definition/liquidation-price");
            assertThat(site.heapUsedAfterGcBytes()).as("heap after GC").isLessThan(48L * 1024 * 1024);
            // Last, so that the burst's open connections are not counted in the heap above.
            assertThat(burstOfCacheMisses(site, paths)).isEmpty();
            assertThat(site.log()).doesNotContain("OutOfMemoryError").doesNotContain("ERROR");
        }
    }

    /**
     * {@value #BURST} requests at once, each for a page no cache holds yet (entry pages from the end of the sitemap,
     * calculator pages with new inputs); the failures, if any. The bound on concurrent computation itself is pinned
     * by ByteBoundedCacheTest: at this size a burst without it fails only some of the time.
     */
    private static List<String> burstOfCacheMisses(ForkedSite site, List<String> paths) throws Exception {
        List<String> burst = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            burst.add(i % 3 == 0 ? "/calculators/liquidation-price/?entry_price=" + (20_000 + i) + "&quantity=0.5&leverage=10"
                    : paths.get(paths.size() - 1 - i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(BURST);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String path : burst) {
                answers.add(threads.submit(() -> site.get(path)));
            }
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                int status = answers.get(i).get(60, TimeUnit.SECONDS).statusCode();
                if (status != 200) {
                    failures.add(burst.get(i) + " → " + status);
                }
            }
            return failures;
        } finally {
            threads.shutdownNow();
        }
    }
}
