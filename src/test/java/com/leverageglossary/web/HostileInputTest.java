package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.RunningSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Several hundred generated hostile requests against every route: never a 5xx, never a stack trace or an
 * exception name, never the raw input echoed where it could be markup.
 */
class HostileInputTest {
    private static final List<String> ROUTES = List.of("/", "/glossary/", "/term/alpha-term/", "/definition/health-factor/",
            "/area/test-area/", "/calculators/", "/calculators/liquidation-price/", "/calculators/cppi/",
            "/api/calculators/leverage-loop", "/api/calculators/option-leverage", "/search", "/api/search", "/api/suggest",
            "/sitemap.xml", "/feed.xml", "/llms.txt", "/term/alpha-term.md", "/healthz");
    private static final List<String> NASTY = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "'; DROP TABLE x; --", "../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%00", "\\\\..\\\\windows", "${jndi:ldap://x}",
            "{{7*7}}", "NaN", "Infinity", "-1e999", "1e-999", "9".repeat(400), "💥🔥", "Ω≈ç√", "\u202e\u200b", "a:b:c,d,,",
            "q=1&q=2", "%ZZ", "%", "+", "*", "?", "#frag", "title:x AND y~2", "\"unbalanced", "[1 TO *]", "/", "//evil.com", ";", "gzip,;", ";;q=1");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static RunningSite site;

    @BeforeContainer
    static void start() throws Exception {
        site = RunningSite.webFixture();
    }


    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(Arbitraries.of(NASTY), Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(60),
                Combinators.combine(Arbitraries.of(NASTY), Arbitraries.strings().alpha().ofMaxLength(10)).as((a, b) -> a + b));
    }

    @Provide
    Arbitrary<String> parameterName() {
        return Arbitraries.of("q", "area", "kind", "page", "limit", "leverage", "entry_price", "quantity", "positions", "deposit",
                "ltv_pct", "loops", "spot", "days", "returns_pct", "contract", "type", "side", "x", "__proto__");
    }

    @Property(tries = 400)
    void queryStringsNeverBreakAnything(@ForAll("hostileText") String value, @ForAll("parameterName") String name) throws Exception {
        for (String route : List.of(ROUTES.get(Math.abs((value + name).hashCode()) % ROUTES.size()), "/search", "/api/calculators/liquidation-price")) {
            String raw = route + "?" + encode(name) + "=" + encode(value);
            check(raw, value);
        }
    }

    @Property(tries = 200)
    void pathsNeverBreakAnything(@ForAll("hostileText") String segment) throws Exception {
        for (String prefix : List.of("/term/", "/definition/", "/area/", "/area/test-area/resource/", "/glossary/resource/", "/calculators/", "/static/", "/api/calculators/", "/")) {
            check(prefix + encode(segment) + (segment.length() % 2 == 0 ? "/" : ""), segment);
        }
    }

    @Property(tries = 100)
    void headersNeverBreakAnything(@ForAll("hostileText") String value) throws Exception {
        String header = value.replaceAll("[^\\x20-\\x7e]", "x");
        HttpRequest request = HttpRequest.newBuilder(URI.create(site.baseUrl() + "/definition/health-factor/"))
                .header("Accept-Encoding", header).header("If-None-Match", header).header("Accept", header).GET().build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(200, 304);
    }

    /** A coding list with an empty coding (";") once reached an index out of bounds on the cached-page path. */
    @net.jqwik.api.Example
    void emptyContentCodingsAreIgnored() throws Exception {
        for (String encoding : List.of(";", "gzip,;", ";;q=1", " ; ,gzip")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(site.baseUrl() + "/definition/health-factor/"))
                    .header("Accept-Encoding", encoding).GET().build();
            for (int i = 0; i < 2; i++) { // the first answer is rendered, the second comes from the page cache
                HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(encoding).isEqualTo(200);
            }
        }
    }

    private static void check(String rawPathAndQuery, String input) throws Exception {
        URI uri;
        try {
            uri = URI.create(site.baseUrl() + rawPathAndQuery);
        } catch (IllegalArgumentException e) {
            return; // not a URI any client could send
        }
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        assertThat(response.statusCode()).as(rawPathAndQuery).isLessThan(500);
        // A Java class name would betray a stack trace; the word "exception" in an entry's prose would not.
        assertThat(body).as(rawPathAndQuery).doesNotContainPattern("\\b[A-Z][A-Za-z]*(Exception|Error)\\b").doesNotContain("\tat ").doesNotContain("java.lang");
        if (input.contains("<") && response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            assertThat(body).as(rawPathAndQuery).doesNotContain(input);
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
