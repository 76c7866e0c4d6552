package com.leverageglossary.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the deployment of src/deploy on loopback. The real content is exported with the jar, two instances of
 * the jar and nginx with the repo's config run on free ports; every crawlable URL through nginx is the instances'
 * answer byte for byte, the computed routes work through nginx, and an instance stopped under load costs no
 * request, then serves again once restarted. The steps depend on each other, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NginxDeploymentIT {
    private static final Pattern LOC = Pattern.compile("<loc>([^<]*)</loc>");
    /** The headers the Java server decides (web/SecurityHeaders and Responses.Reply) that nginx must send alike. */
    private static final List<String> SAME_HEADERS = List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
            "Permissions-Policy", "X-Frame-Options", "Cross-Origin-Opener-Policy", "Cache-Control", "Vary", "Content-Encoding");
    private static final Duration LOAD = Duration.ofSeconds(4);

    @TempDir
    static Path dir;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static String baseUrl;
    private static final List<Integer> INSTANCE_PORTS = new ArrayList<>();
    private static final List<JarProcess> INSTANCES = new ArrayList<>();
    private static NginxProcess nginx;

    @BeforeAll
    static void exportAndStartTheDeployment() throws Exception {
        int nginxPort = freePort();
        baseUrl = "http://127.0.0.1:" + nginxPort;
        Path export = dir.resolve("export");
        JarProcess exporting = JarProcess.start(dir.resolve("export-run"), "export", "export", "--out", export.toString(),
                "--content", "content", "--base-url", baseUrl);
        assertThat(exporting.waitFor(180)).as(exporting.log()).isZero();
        assertThat(exporting.log()).contains("URLs written").contains("exported ");

        for (int i = 0; i < 2; i++) {
            INSTANCE_PORTS.add(freePort());
            INSTANCES.add(startInstance(i));
        }
        for (int i = 0; i < 2; i++) {
            awaitReady(i);
        }
        nginx = NginxProcess.start(dir.resolve("nginx"), nginxPort, export, INSTANCE_PORTS);
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
        }
        for (JarProcess instance : INSTANCES) {
            instance.close();
        }
    }

    @Test
    @Order(1)
    void everySitemapUrlThroughNginxIsTheInstancesAnswerByteForByte() throws Exception {
        String sitemap = get(baseUrl, "/sitemap.xml", Map.of()).body();
        List<String> paths = new ArrayList<>();
        Matcher loc = LOC.matcher(sitemap);
        while (loc.find()) {
            paths.add(loc.group(1).substring(baseUrl.length()));
        }
        assertThat(paths).hasSizeGreaterThan(150).contains("/", "/glossary/", "/calculators/liquidation-price/");
        paths.addAll(List.of("/sitemap.xml", "/robots.txt", "/feed.xml", "/llms.txt", "/term/leverage-loops.md",
                "/manifest.webmanifest", "/sw.js", "/offline/", "/embed/calculators/liquidation-price/", "/embed/calculators/cppi/"));

        String instance = instanceUrl(0);
        for (String path : paths) {
            for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Accept-Encoding", "gzip"))) {
                HttpResponse<byte[]> direct = getBytes(instance, path, headers);
                HttpResponse<byte[]> proxied = getBytes(baseUrl, path, headers);
                String what = path + " " + headers;
                assertThat(proxied.statusCode()).as(what).isEqualTo(200);
                assertThat(direct.statusCode()).as(what).isEqualTo(200);
                assertThat(proxied.body()).as(what).isEqualTo(direct.body());
                for (String header : SAME_HEADERS) {
                    assertThat(proxied.headers().firstValue(header)).as(what + " " + header).isEqualTo(direct.headers().firstValue(header));
                }
                assertThat(contentType(proxied)).as(what).isEqualTo(contentType(direct));
                // No version sent, by either server.
                proxied.headers().firstValue("Server").ifPresent(server -> assertThat(server).as(what).doesNotContainPattern("\\d"));
            }
        }
        // Pages are revalidated with their ETag, plain and gzipped alike.
        for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Accept-Encoding", "gzip"))) {
            String etag = getBytes(baseUrl, "/term/leverage-loops/", headers).headers().firstValue("ETag").orElseThrow();
            Map<String, String> revalidate = new java.util.HashMap<>(headers);
            revalidate.put("If-None-Match", etag);
            assertThat(getBytes(baseUrl, "/term/leverage-loops/", revalidate).statusCode()).as(headers.toString()).isEqualTo(304);
        }
        // Served from the export, not proxied: nginx's log names no instance for them.
        assertThat(nginx.accessLog()).contains("\"GET /glossary/ HTTP/1.1\" 200").doesNotContainPattern("GET /glossary/ [^\\n]*upstream=127");
    }

    @Test
    @Order(2)
    void searchSuggestCalculatorFormAndApiWorkThroughNginx() throws Exception {
        HttpResponse<String> search = get(baseUrl, "/search?q=liquidation+price", Map.of());
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("/definition/liquidation-price/");

        HttpResponse<String> searchApi = get(baseUrl, "/api/search?q=health+factor", Map.of());
        assertThat(searchApi.statusCode()).isEqualTo(200);
        assertThat(searchApi.body()).contains("\"url\":\"/definition/health-factor/\"");

        HttpResponse<String> suggest = get(baseUrl, "/api/suggest?q=lev", Map.of());
        assertThat(suggest.statusCode()).isEqualTo(200);
        assertThat(suggest.body()).contains("\"suggestions\":[{");

        String form = "/calculators/liquidation-price/?entry_price=60000&quantity=0.5&leverage=10&side=long";
        HttpResponse<String> formAnswer = get(baseUrl, form, Map.of());
        assertThat(formAnswer.statusCode()).isEqualTo(200);
        assertThat(formAnswer.body()).isEqualTo(get(instanceUrl(1), form, Map.of()).body());

        String api = "/api/calculators/liquidation-price?entry_price=60000&quantity=0.5&leverage=10&side=long";
        HttpResponse<String> answer = get(baseUrl, api, Map.of());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"calculator\":\"liquidation-price\"");
        assertThat(get(baseUrl, api, Map.of()).body()).isEqualTo(answer.body());
        assertThat(nginx.accessLog()).containsPattern("GET " + Pattern.quote(api) + " [^\\n]*cache=HIT");

        HttpResponse<String> badInput = get(baseUrl, "/api/calculators/liquidation-price?leverage=ten", Map.of());
        assertThat(badInput.statusCode()).isEqualTo(400);
        assertThat(badInput.headers().firstValue("Cache-Control")).contains("no-store");
    }

    /** Issue 15: embeds may be framed by any site, from the export and from the instances; nothing else may be framed. */
    @Test
    @Order(3)
    void onlyEmbedsMayBeFramedThroughNginxExportedOrComputed() throws Exception {
        String exported = "/embed/calculators/liquidation-price/";
        String computed = exported + "?entry_price=60000&quantity=0.5&leverage=20";
        for (String path : List.of(exported, computed)) {
            HttpResponse<String> embed = get(baseUrl, path, Map.of());
            assertThat(embed.statusCode()).as(path).isEqualTo(200);
            assertThat(embed.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).endsWith("frame-ancestors *").doesNotContain("frame-ancestors 'none'"));
            assertThat(embed.headers().firstValue("X-Frame-Options")).as(path).isEmpty();
            assertThat(embed.body()).as(path).contains("<meta name=\"robots\" content=\"noindex\">");
        }
        assertThat(get(baseUrl, computed, Map.of()).body()).contains("57,286.43");
        assertThat(nginx.accessLog()).doesNotContainPattern("GET " + Pattern.quote(exported) + " [^\\n]*upstream=127")
                .containsPattern("GET " + Pattern.quote(computed) + " [^\\n]*upstream=127");

        for (String path : List.of("/calculators/liquidation-price/", "/calculators/liquidation-price/?leverage=20&entry_price=60000&quantity=1",
                "/term/leverage-loops/")) {
            HttpResponse<String> page = get(baseUrl, path, Map.of());
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).endsWith("frame-ancestors 'none'"));
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }

        HttpResponse<String> csv = get(baseUrl, "/api/calculators/liquidation-price.csv?entry_price=60000&quantity=0.5&leverage=10", Map.of());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("output,value\r\nliquidation_price,54271.356783919");
    }

    @Test
    @Order(4)
    void unknownPathsAnswerTheExported404AndAliasesStillRedirect() throws Exception {
        HttpResponse<String> unknown = get(baseUrl, "/term/no-such-entry-anywhere/", Map.of());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo(Files.readString(dir.resolve("export").resolve("404.html")));
        assertThat(unknown.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<String> withoutSlash = get(baseUrl, "/term/leverage-loops", Map.of());
        assertThat(withoutSlash.statusCode()).isEqualTo(301);
        assertThat(withoutSlash.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/term/leverage-loops/"));
    }

    @Test
    @Order(5)
    void stoppingAnInstanceUnderLoadFailsNoRequest() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    // A new quantity each time, so that the micro-cache never answers for the instances.
                    String path = switch (i % 3) {
                        case 0 -> "/api/calculators/leverage-ratio?notional=" + (1000 + client * 100_000 + i) + "&equity=100";
                        case 1 -> "/search?q=leverage+" + (i % 50);
                        default -> "/api/search?q=margin&limit=" + (1 + i % 20);
                    };
                    try {
                        int status = getBytes(baseUrl, path, Map.of()).statusCode();
                        if (status != 200) {
                            failures.add(status + " " + path);
                        }
                    } catch (IOException | InterruptedException e) {
                        failures.add(e + " " + path);
                    }
                    sent.incrementAndGet();
                }
            });
            thread.start();
            clients.add(thread);
        }
        Thread.sleep(LOAD.toMillis() / 4);
        int exitCode = INSTANCES.get(0).stop();
        Thread.sleep(LOAD.toMillis() * 3 / 4);
        running.set(false);
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertThat(failures).as("failed requests while an instance stopped:\n" + nginx.errorLog()).isEmpty();
        assertThat(sent.get()).isGreaterThan(40);
        // 143 is the JVM's exit code for SIGTERM once its shutdown hooks (the graceful stop) have run.
        assertThat(exitCode).as("stopped by SIGTERM").isEqualTo(143);
        assertThat(INSTANCES.get(1).isAlive()).isTrue();
    }

    @Test
    @Order(6)
    void aRestartedInstanceIsServedAgain() throws Exception {
        INSTANCES.set(0, startInstance(0));
        awaitReady(0);
        String restarted = "upstream=127.0.0.1:" + INSTANCE_PORTS.get(0) + " upstream_status=200";
        int linesBefore = nginx.accessLog().split("\n").length;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        boolean served = false;
        for (int i = 0; !served && System.nanoTime() < deadline; i++) {
            assertThat(get(baseUrl, "/api/calculators/leverage-ratio?notional=" + (5_000_000 + i) + "&equity=100", Map.of()).statusCode())
                    .isEqualTo(200);
            List<String> lines = List.of(nginx.accessLog().split("\n"));
            served = lines.subList(Math.min(linesBefore, lines.size()), lines.size()).stream().anyMatch(line -> line.contains(restarted));
            if (!served) {
                Thread.sleep(100);
            }
        }
        assertThat(served).as("nginx sent a request to the restarted instance").isTrue();
    }

    private static JarProcess startInstance(int i) throws IOException {
        return JarProcess.start(dir.resolve("instance-" + i), "instance", "--port", String.valueOf(INSTANCE_PORTS.get(i)),
                "--content", "content", "--base-url", baseUrl);
    }

    /** Polls the instance's /healthz directly, as a load balancer's health check would. */
    private static void awaitReady(int i) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && INSTANCES.get(i).isAlive()) {
            try {
                if (get(instanceUrl(i), "/healthz", Map.of()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("instance " + i + " did not become ready:\n" + INSTANCES.get(i).log());
    }

    private static String instanceUrl(int i) {
        return "http://127.0.0.1:" + INSTANCE_PORTS.get(i);
    }

    /** Jetty writes {@code text/html;charset=utf-8}, nginx {@code text/html; charset=utf-8}: the same type. */
    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static HttpResponse<String> get(String base, String path, Map<String, String> headers) throws IOException, InterruptedException {
        return CLIENT.send(request(base, path, headers), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> getBytes(String base, String path, Map<String, String> headers) throws IOException, InterruptedException {
        return CLIENT.send(request(base, path, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest request(String base, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        return request.build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
