package com.leverageglossary.testing;

import com.leverageglossary.App;
import com.leverageglossary.Options;
import com.leverageglossary.content.Site;
import com.leverageglossary.web.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** The app serving a Site on a free port, with a plain JDK HTTP client that does not follow redirects. */
public final class RunningSite implements AutoCloseable {
    private final WebServer server;
    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private RunningSite(WebServer server, String baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
    }

    /** The server on the real {@code content/}, for tests about the real site (see {@link #shared}). */
    public static RunningSite realContent() {
        return shared("the shipped content", () -> App.load(Path.of("content")));
    }

    /**
     * The server on the valid fixture with {@link Fixtures#WEB_ENTRIES} (see {@link #shared}), copied under
     * {@code target/}: the server reads entry bodies from their files while it serves.
     */
    public static RunningSite webFixture() {
        return shared("the web fixture", () -> Fixtures.copyOfValidWithWebEntries(Path.of("target", "web-fixture")).load());
    }

    private static final Map<String, RunningSite> SHARED = new HashMap<>();

    /**
     * One server per content, started on first use and shared by every test class that only reads from it;
     * it stops when the test JVM exits.
     */
    private static synchronized RunningSite shared(String content, Callable<Site> load) {
        RunningSite site = SHARED.get(content);
        if (site == null) {
            try {
                site = serve(load.call());
            } catch (Exception e) {
                throw new IllegalStateException(content + " must load: " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(site::close));
            SHARED.put(content, site);
        }
        return site;
    }

    /** Serves {@code site} and returns once its search index is built too. */
    public static RunningSite serve(Site site) {
        Options options = Options.parse(new String[] {"--port", "0"}, Map.of());
        WebServer server = WebServer.start(site, App.CALCULATORS, options.port(), options.baseUrl());
        try {
            if (!server.awaitSearch(java.time.Duration.ofMinutes(2))) {
                throw new IllegalStateException("the search index was not built within two minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new RunningSite(server, options.baseUrl());
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).headers(withDefaults(headers)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> head(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).headers(withDefaults()).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).headers(withDefaults(headers)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String[] withDefaults(String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "User-Agent";
        all[1] = "leverage-glossary-tests";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
