package com.leverageglossary.export;

import com.leverageglossary.calculators.CalculatorRegistry;
import com.leverageglossary.content.Site;
import com.leverageglossary.urls.SiteUrls;
import com.leverageglossary.web.WebServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Writes the site as files. The web server runs in this process on a free loopback port and each URL is asked
 * for over HTTP, as a browser asks (with gzip accepted), and its answer is written as it came: the files are
 * the server's own bytes by construction, headers and gzip included, with no second rendering path to drift
 * from the routes. The plain file is the gzip answer inflated, which is the server's plain answer exactly.
 */
public final class SiteExport {
    /** Requests in flight: enough to keep every core rendering while the others write files. */
    private static final int PARALLEL_REQUESTS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private static final int PROGRESS_STEPS = 10;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String serverUrl;
    private final ExportFolder folder;

    private SiteExport(String serverUrl, ExportFolder folder) {
        this.serverUrl = serverUrl;
        this.folder = folder;
    }

    /** What was written. */
    public record Summary(int urls, long bytes, long millis) {
    }

    /**
     * Exports {@code site} as served under {@code baseUrl} into {@code outDir} (new or empty), reporting
     * progress as lines to {@code progress}.
     *
     * @throws IOException when the folder cannot be written or the server does not answer a URL as expected
     */
    public static Summary write(Site site, CalculatorRegistry calculators, String baseUrl, Path outDir, Consumer<String> progress)
            throws IOException {
        long started = System.nanoTime();
        ExportFolder folder = ExportFolder.create(outDir);
        WebServer server = WebServer.listen(calculators, 0, baseUrl);
        try {
            // Pages need no search index, so none is built (that would only compete with rendering for the cores).
            server.preview(site);
            SiteExport export = new SiteExport("http://127.0.0.1:" + server.port(), folder);
            long bytes = 0;
            for (String path : ExportPaths.siteFiles()) {
                bytes += export.copy(path, 200);
            }
            bytes += export.copy(ExportPaths.NOT_FOUND, 404);
            String sitemap = new String(export.get(SiteUrls.SITEMAP).plain(), StandardCharsets.UTF_8);
            List<String> pages = ExportPaths.pages(sitemap, baseUrl, site,
                    calculators.all().stream().map(com.leverageglossary.calculators.Calculator::id).toList(), server.staticUrls());
            progress.accept("export: " + pages.size() + " URLs to " + outDir);
            bytes += export.copyAll(pages, progress);
            int urls = pages.size() + ExportPaths.siteFiles().size() + 1;
            return new Summary(urls, bytes, (System.nanoTime() - started) / 1_000_000);
        } finally {
            server.stop();
        }
    }

    private long copyAll(List<String> paths, Consumer<String> progress) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL_REQUESTS);
        AtomicInteger done = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        int step = Math.max(1, paths.size() / PROGRESS_STEPS);
        try {
            List<Future<?>> copies = new ArrayList<>(paths.size());
            for (String path : paths) {
                copies.add(workers.submit(() -> {
                    bytes.addAndGet(copy(path, 200));
                    int count = done.incrementAndGet();
                    if (count % step == 0 || count == paths.size()) {
                        progress.accept("export: " + count + " of " + paths.size() + " URLs written");
                    }
                    return null;
                }));
            }
            for (Future<?> copy : copies) {
                copy.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("export interrupted", e);
        } finally {
            workers.shutdownNow();
        }
        return bytes.get();
    }

    /** Fetches {@code path}, checks its status and writes it; returns the bytes written. */
    private long copy(String path, int expectedStatus) throws IOException {
        Answer answer = get(path);
        if (answer.status() != expectedStatus) {
            throw new IOException("the server answered " + answer.status() + " for " + path + ", not " + expectedStatus);
        }
        return folder.write(path, answer.plain(), answer.gzip());
    }

    /** An answer's body, plain, and gzipped when the server sends it gzipped. */
    private record Answer(int status, byte[] plain, byte[] gzip) {
    }

    private Answer get(String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(serverUrl + path)).header("Accept-Encoding", "gzip")
                .timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            boolean gzipped = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent();
            byte[] body = response.body();
            return gzipped ? new Answer(response.statusCode(), inflate(body), body) : new Answer(response.statusCode(), body, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("export interrupted at " + path, e);
        }
    }

    private static byte[] inflate(byte[] gzip) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the server's gzip answer is unreadable", e);
        }
    }
}
