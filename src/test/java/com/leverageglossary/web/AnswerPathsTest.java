package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.Fixtures;
import com.leverageglossary.testing.RunningSite;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a page's first request is rendered through Javalin and later ones come from the Jetty fast path
 * (CachedPageHandler); both send the same headers and body because both use Responses.Reply.
 */
class AnswerPathsTest {
    @Test
    void theFirstAndTheCachedAnswerAreTheSame() throws Exception {
        try (RunningSite site = RunningSite.serve(Fixtures.loader().load(Fixtures.VALID))) {
            for (String encoding : List.of("gzip", "identity")) {
                for (String path : List.of("/term/alpha-term/", "/definition/beta-definition.md", "/sitemap.xml", "/calculators/")) {
                    HttpResponse<byte[]> rendered = site.getBytes(path, "Accept-Encoding", encoding);
                    HttpResponse<byte[]> cached = site.getBytes(path, "Accept-Encoding", encoding);
                    assertThat(rendered.statusCode()).isEqualTo(200);
                    assertThat(headers(cached)).as(path + " " + encoding).isEqualTo(headers(rendered));
                    assertThat(cached.body()).isEqualTo(rendered.body());

                    String etag = rendered.headers().firstValue("ETag").orElseThrow();
                    HttpResponse<byte[]> notModified = site.getBytes(path, "Accept-Encoding", encoding, "If-None-Match", etag);
                    assertThat(notModified.statusCode()).isEqualTo(304);
                    assertThat(notModified.body()).isEmpty();
                    assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
                }
            }
        }
    }

    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }
}
