package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.App;
import com.leverageglossary.content.Site;
import com.leverageglossary.testing.Fixtures;
import com.leverageglossary.testing.ForkedSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: the server listens while content loads (503 "starting"), shows entries once their front matter
 * is checked, and is ready (/healthz 200) only when the bodies are checked and search is built.
 */
class StartupTest {
    private final HttpClient client = HttpClient.newHttpClient();
    @TempDir
    Path dir;

    @Test
    void answersStartingUntilContentIsInAndIsReadyOnlyOnceEverythingIsChecked() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir);
        WebServer server = WebServer.listen(App.CALCULATORS, 0, "http://localhost");
        try {
            for (String path : List.of("/", "/term/alpha-term/", "/healthz", "/search?q=alpha", "/api/suggest?q=al")) {
                HttpResponse<String> starting = get(server, path);
                assertThat(starting.statusCode()).as(path).isEqualTo(503);
                assertThat(starting.headers().firstValue("Retry-After")).hasValue("2");
                assertThat(starting.headers().firstValue("Cache-Control")).hasValue("no-store");
                assertThat(starting.headers().firstValue("Content-Security-Policy")).isPresent();
            }

            server.preview(Fixtures.loader().loadWithoutBodies(dir));
            assertThat(get(server, "/term/alpha-term/").statusCode()).isEqualTo(200);
            assertThat(get(server, "/healthz").statusCode()).isEqualTo(503);

            Site checked = fixtures.load();
            server.serve(checked, null);
            assertThat(server.awaitSearch(Duration.ofSeconds(30))).isTrue();
            assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);
            assertThat(get(server, "/term/alpha-term/").body()).as("backlinks come with the checked bodies").contains("beta-definition");
        } finally {
            server.stop();
        }
    }

    @Test
    void anErrorInABodyStopsTheServerWithTheErrorNamed() throws Exception {
        Fixtures.copyOfValid(dir).replace("definitions/beta-definition.md", "[[alpha-term]]", "[[no-such-entry]]");
        Path log = Files.createTempFile(dir, "server", ".log");
        Process process = new ProcessBuilder(ForkedSite.javaBinary(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                App.class.getName(), "--port", "0", "--content", dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readString(log)).contains("definitions/beta-definition.md:14: link to unknown entry [[no-such-entry]]")
                .contains("not starting: 1 content error(s)");
    }

    private HttpResponse<String> get(WebServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
