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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: 2,000 real-size entries (the real bodies, copied under new slugs) are served by a JVM of 64 MB:
 * a crawl of 200 pages and 200 searches answer without an error, and the heap stays bounded.
 */
class ScaleTest {
    private static final int ENTRIES = 2_000;
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
            assertThat(site.log()).doesNotContain("OutOfMemoryError").doesNotContain("ERROR");
        }
    }
}
