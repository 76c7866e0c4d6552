package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.ForkedSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, defect 1: distinct large calculator answers once filled a count-bounded cache until the JVM ran
 * out of memory and stopped answering. In a JVM of 96 MB, several hundred of them must leave the heap bounded
 * and the server answering at once.
 */
class MemoryBoundTest {
    private static final int LARGE_ANSWERS = 400;
    private static final int CACHED_PAGES = 1_200;

    @Test
    void hundredsOfDistinctLargeAnswersLeaveTheHeapBoundedAndTheServerAnswering() throws Exception {
        try (ForkedSite site = ForkedSite.start("96m", Path.of("content"))) {
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < LARGE_ANSWERS; i++) {
                String path = (i % 2 == 0 ? "/calculators/cppi/?" : "/api/calculators/cppi?") + cppiWithThousandReturns(i);
                statuses.add(clients.submit(() -> site.get(path).statusCode()));
            }
            for (int i = 0; i < CACHED_PAGES; i++) {
                // Distinct mid-size pages, each small enough to be cached: the cache's byte budget must hold.
                String path = "/calculators/liquidation-price/?entry_price=" + (20_000 + i) + "&quantity=0.5&leverage=10";
                statuses.add(clients.submit(() -> site.get(path).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
            clients.shutdown();

            long started = System.nanoTime();
            HttpResponse<String> health = site.get("/healthz");
            long healthMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(healthMillis).as("healthz answers at once").isLessThan(2_000);
            assertThat(site.heapUsedAfterGcBytes()).as("heap after GC").isLessThan(48L * 1024 * 1024);
            assertThat(site.log()).doesNotContain("OutOfMemoryError");
        }
    }

    /** A CPPI request with 1,000 distinct returns: about 210 KB of answer with its gzip copy. */
    private static String cppiWithThousandReturns(int seed) {
        String returns = IntStream.range(0, 1_000).mapToObj(i -> String.valueOf(((i * 7 + seed) % 13) - 6)).collect(Collectors.joining(","));
        return "portfolio_value=" + (1000 + seed) + "&floor=800&multiplier=3&risky_returns_pct=" + returns;
    }
}
