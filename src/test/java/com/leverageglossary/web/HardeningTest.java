package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.RunningSite;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Headers, methods, limits and traversal: what an operator needs before putting the site on the internet. */
class HardeningTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.webFixture();
    }


    @ParameterizedTest
    @ValueSource(strings = {"/", "/definition/health-factor/", "/no-such-page/", "/api/calculators/cppi?x=1", "/api/suggest?q=lev",
            "/sitemap.xml", "/healthz", "/search?q=lev"})
    void everyAnswerCarriesTheSecurityHeadersAndNoServerBanner(String path) {
        HttpResponse<String> response = site.get(path);
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("frame-ancestors 'none'", "script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void staticAssetsToo() {
        String css = site.get("/").body().replaceFirst("(?s).*href=\"(/static/css/site\\.[0-9a-f]+\\.css)\".*", "$1");
        HttpResponse<String> response = site.get(css);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"})
    void onlyGetAndHeadAreServed(String method) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/glossary/"))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> head = CLIENT.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/definition/health-factor/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> get = site.get("/definition/health-factor/");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
        assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
    }

    @Test
    void oversizedHeadersAndRequestLinesAreRefusedWith4xx() throws Exception {
        assertThat(rawStatus("GET /search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n")).isIn(414, 431);
        assertThat(rawStatus("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n")).isEqualTo(431);
        assertThat(rawStatus("GET / HTTP/1.1\r\n\r\n")).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/../pom.xml", "/static/%2e%2e/pom.xml", "/static/%2e%2e%2fpom.xml", "/static/..%5cpom.xml",
            "/static/css/..%2f..%2f..%2fpom.xml", "/static/%00", "/term/..%2f..%2fpom.xml", "/static/css%5c..%5c..%5cREADME.md",
            "/content/terms/alpha-term.md", "/static/css/site.css"})
    void traversalNeverLeavesTheServedFiles(String path) throws Exception {
        int status = rawStatus("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(status).isIn(400, 404);
    }

    @Test
    void redirectsKeepTheQueryString() {
        assertThat(site.get("/calculators/cppi?floor=80&multiplier=3").headers().firstValue("Location")).hasValue("/calculators/cppi/?floor=80&multiplier=3");
        assertThat(site.get("/search/?q=margin+call&kind=term").headers().firstValue("Location")).hasValue("/search?q=margin+call&kind=term");
    }

    @Test
    void healthCheckAnswersOk() {
        HttpResponse<String> response = site.get("/healthz");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("ok ");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @ParameterizedTest
    @ValueSource(strings = {"get", "head", "post", "M-SEARCH", "PROPFIND", "BREW"})
    void unknownAndLowerCaseMethodsGetTheSites405(String method) throws Exception {
        String response = raw(method + " /glossary/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(status(response)).isEqualTo(405);
        assertThat(response).contains("Allow: GET, HEAD", "Method not allowed");
        assertTheSitesOwnErrorPage(response);
    }

    /** Errors Jetty raises before any route runs are still the site's own pages, with its headers, in UTF-8. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "400|GET /a|b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "400|GET / HTTP/1.1\r\nConnection: close\r\n\r\n",
            "400|GET /term/a%00b/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "505|GET / HTTP/3.7\r\nHost: x\r\nConnection: close\r\n\r\n",
            "414|GET /search?q=LONG HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "414|GET /api/calculators/cppi?portfolio_value=100&floor=80&multiplier=3&risky_returns_pct=LIST HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "431|GET / HTTP/1.1\r\nHost: x\r\nX-Big: BIG\r\nConnection: close\r\n\r\n"})
    void errorsRaisedBeforeTheRoutesAreTheSitesOwnPages(String statusAndRequest) throws Exception {
        String[] parts = statusAndRequest.split("\\|", 2);
        String request = parts[1].replace("LONG", "a".repeat(9_000)).replace("BIG", "b".repeat(9_000))
                .replace("LIST", "-12.3456,".repeat(1_000) + "-12.3456");
        String response = raw(request);
        assertThat(status(response)).isEqualTo(Integer.parseInt(parts[0]));
        assertTheSitesOwnErrorPage(response);
    }

    @Test
    void apiErrorsAreJson() throws Exception {
        String response = raw("GET /api/..;/x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(status(response)).isEqualTo(400);
        assertThat(response).contains("Content-Type: application/json; charset=utf-8", "{\"errors\":[{\"field\":\"request\"");
        HttpResponse<String> unknown = site.get("/api/no-such-thing");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")).isEqualToIgnoringCase("application/json;charset=utf-8");
        assertThat(unknown.body()).startsWith("{\"errors\":[{\"field\":\"path\"");
    }

    private static void assertTheSitesOwnErrorPage(String response) {
        String head = response.substring(0, response.indexOf("\r\n\r\n"));
        assertThat(head).containsIgnoringCase("charset=utf-8").contains("Content-Security-Policy: default-src 'self'",
                "X-Content-Type-Options: nosniff", "Referrer-Policy:", "Cache-Control: no-store").doesNotContain("Server:");
        String body = response.substring(head.length() + 4);
        if (!head.contains("application/json")) {
            assertThat(body).startsWith("<!DOCTYPE html>").contains("Leverage Glossary").doesNotContainIgnoringCase("jetty");
        }
    }

    private static int rawStatus(String request) throws Exception {
        return status(raw(request));
    }

    private static int status(String response) {
        return Integer.parseInt(response.split(" ", 3)[1]);
    }

    /** Sends bytes exactly as given (HttpClient would refuse or fix them) and reads the whole answer. */
    private static String raw(String request) throws Exception {
        URI base = URI.create(site.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        } catch (java.net.SocketException e) {
            throw new AssertionError("connection failed: " + e.getMessage(), e);
        }
    }
}
