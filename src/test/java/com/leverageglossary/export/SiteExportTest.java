package com.leverageglossary.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.leverageglossary.App;
import com.leverageglossary.content.Site;
import com.leverageglossary.testing.Fixtures;
import com.leverageglossary.testing.RunningSite;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export writes every crawlable URL as the server answers it, and the same bytes every time. */
class SiteExportTest {
    @TempDir
    static Path dir;
    private static Site site;
    private static RunningSite server;
    private static Path export;

    @BeforeAll
    static void exportTheWebFixture() throws Exception {
        site = Fixtures.copyOfValidWithWebEntries(dir.resolve("content")).load();
        server = RunningSite.serve(site);
        export = dir.resolve("export");
        SiteExport.write(site, App.CALCULATORS, server.baseUrl(), export, line -> { });
    }

    @AfterAll
    static void stopTheServer() {
        server.close();
    }

    @Test
    void everySitemapUrlTwinAndStaticFileIsTheServersAnswerPlainAndGzipped() throws IOException {
        String sitemap = server.get("/sitemap.xml").body();
        List<String> paths = new ArrayList<>(ExportPaths.sitemapPaths(sitemap, server.baseUrl()));
        site.entries().forEach(entry -> paths.add(entry.markdownUrl()));
        paths.addAll(List.of("/sitemap.xml", "/robots.txt", "/feed.xml", "/llms.txt", "/calculators/liquidation-price/"));
        try (Stream<Path> files = Files.walk(export.resolve("static"))) {
            files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".gz"))
                    .forEach(file -> paths.add("/" + export.relativize(file).toString().replace('\\', '/')));
        }
        assertThat(paths).contains("/area/test-area/", "/term/alpha-term/", "/term/alpha-term.md", "/definition/health-factor.md");
        assertThat(paths.stream().filter(path -> path.startsWith("/static/"))).isNotEmpty();

        for (String path : paths) {
            Path file = export.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : ""));
            HttpResponse<byte[]> plain = server.getBytes(path);
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(Files.readAllBytes(file)).as(path).isEqualTo(plain.body());
            HttpResponse<byte[]> gzip = server.getBytes(path, "Accept-Encoding", "gzip");
            Path gzipFile = file.resolveSibling(file.getFileName() + ".gz");
            if (gzip.headers().firstValue("Content-Encoding").isPresent()) {
                assertThat(Files.readAllBytes(gzipFile)).as(path + ".gz").isEqualTo(gzip.body());
            } else {
                // Small answers are sent plain by the server, so the export has no gzip form for them either.
                assertThat(gzipFile).as(path + ".gz").doesNotExist();
            }
        }
    }

    @Test
    void theNotFoundPageIsTheServersOwn() throws IOException {
        HttpResponse<byte[]> notFound = server.getBytes("/404.html");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(Files.readAllBytes(export.resolve("404.html"))).isEqualTo(notFound.body());
        assertThat(Files.readString(export.resolve("404.html"), StandardCharsets.UTF_8)).contains("Page not found");
    }

    @Test
    void aSecondExportIsByteIdenticalWithTheSameFileTimes() throws IOException {
        Path again = dir.resolve("again");
        SiteExport.write(site, App.CALCULATORS, server.baseUrl(), again, line -> { });
        assertThat(listing(again)).isEqualTo(listing(export));
    }

    @Test
    void fileTimesComeFromTheBytesNotTheClock() throws IOException {
        Path home = export.resolve("index.html");
        assertThat(Files.getLastModifiedTime(home).toMillis() / 1000)
                .isEqualTo(ExportFolder.contentTimeSeconds(Files.readAllBytes(home)));
    }

    @Test
    void aFolderThatIsNotEmptyIsRefused() {
        assertThatThrownBy(() -> SiteExport.write(site, App.CALCULATORS, server.baseUrl(), export, line -> { }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is not empty");
    }

    @Test
    void progressIsReportedUpToTheLastUrl() throws IOException {
        List<String> lines = new ArrayList<>();
        SiteExport.write(site, App.CALCULATORS, server.baseUrl(), dir.resolve("progress"), lines::add);
        assertThat(lines.get(0)).matches("export: \\d+ URLs to .*");
        int total = Integer.parseInt(lines.get(0).split(" ")[1]);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("export: " + total + " of " + total + " URLs written");
    }

    /** Every file with its bytes' hash and modification time. */
    private static Map<String, String> listing(Path root) throws IOException {
        Map<String, String> listing = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                listing.put(root.relativize(file).toString(),
                        java.util.Arrays.hashCode(Files.readAllBytes(file)) + "@" + Files.getLastModifiedTime(file).toMillis());
            }
        }
        return listing;
    }
}
