package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.Fixtures;
import com.leverageglossary.testing.RunningSite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page route over real HTTP against the app serving the fixture content (plus 25 generated entries). */
class SiteRoutesTest {
    @TempDir
    static Path dir;
    static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir);
        for (int i = 1; i <= 25; i++) {
            fixtures.write("definitions/generated-" + i + ".md", Fixtures.definition(String.format("Zeta Generated %02d", i), "second-area"));
        }
        site = RunningSite.serve(fixtures.load());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Document html(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        return Jsoup.parse(response.body());
    }

    @Test
    void termPageShowsTitleSummaryBreadcrumbDatesAreasRelatedBacklinksAndSources() {
        HttpResponse<String> response = site.get("/term/alpha-term/");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);

        assertThat(page.title()).isEqualTo("Alpha Term — Leverage Glossary");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Alpha Term");
        assertThat(page.selectFirst(".summary").text()).isEqualTo("The alpha term is a fixture used to test the term page.");
        assertThat(page.select("nav.breadcrumb li")).extracting(e -> e.text()).containsExactly("Home", "Test Area", "Alpha Term");
        assertThat(page.select("nav.breadcrumb a")).extracting(e -> e.attr("href")).containsExactly("/", "/area/test-area/");
        assertThat(page.select(".meta time")).extracting(e -> e.attr("datetime")).containsExactly("2026-11-02", "2026-11-22");
        assertThat(page.select(".meta a")).extracting(e -> e.attr("href")).containsExactly("/area/test-area/", "/area/second-area/");
        assertThat(page.select(".related li a")).extracting(e -> e.attr("href"))
                .containsExactly("/definition/beta-definition/", "/definition/gamma-definition/");
        assertThat(page.select(".backlinks li a")).extracting(e -> e.attr("href")).containsExactly("/definition/beta-definition/");
        assertThat(page.select(".sources li a")).extracting(e -> e.attr("href")).containsExactly("https://example.com/alpha");
        assertThat(page.select(".prose a[href=/definition/beta-definition/]").text()).isEqualTo("beta definition");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(site.baseUrl() + "/term/alpha-term/");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("The alpha term is a fixture used to test the term page.");
        assertThat(page.selectFirst("link[rel=alternate][type=text/markdown]").attr("href")).isEqualTo("/term/alpha-term.md");
    }

    @Test
    void definitionPageIsServedUnderItsKind() {
        Document page = html(site.get("/definition/beta-definition/"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Beta Definition");
        assertThat(page.selectFirst(".kind").text()).isEqualTo("Definition");
    }

    @Test
    void markdownTwinIsTheRawFileWithFrontMatter() {
        HttpResponse<String> response = site.get("/definition/beta-definition.md");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/markdown; charset=utf-8");
        assertThat(response.body()).startsWith("---\ntitle: Beta Definition\n").contains("Beta refers to [[alpha-term]].");
    }

    @Test
    void aliasWrongKindWrongCaseAndMissingSlashRedirectPermanentlyToTheCanonicalUrl() {
        assertRedirect("/term/AT/", "/term/alpha-term/");
        assertRedirect("/term/alpha-terms/", "/term/alpha-term/");
        assertRedirect("/definition/alpha-term/", "/term/alpha-term/");
        assertRedirect("/term/Alpha-Term/", "/term/alpha-term/");
        assertRedirect("/term/alpha-term", "/term/alpha-term/");
        assertRedirect("/definition/BD", "/definition/beta-definition/");
        assertRedirect("/term/beta-definition.md", "/definition/beta-definition.md");
        assertRedirect("/glossary", "/glossary/");
        assertRedirect("/area/test-area", "/area/test-area/");
    }

    @Test
    void areaPageShowsDescriptionFaqAndEntries() {
        Document page = html(site.get("/area/test-area/"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Test Area");
        assertThat(page.select(".faq h3")).extracting(e -> e.text()).containsExactly("What is in this area?");
        assertThat(page.select(".faq .prose").text()).isEqualTo("Two definitions and a term, such as alpha term.");
        assertThat(page.select(".entry-list > li > a")).extracting(e -> e.text())
                .containsExactly("Alpha Term", "Beta Definition", "Gamma Definition");
        assertThat(page.select(".entry-list p").first().text()).isEqualTo("The alpha term is a fixture used to test the term page.");
        assertThat(page.select(".breadcrumb li")).extracting(e -> e.text()).containsExactly("Home", "Test Area");
    }

    @Test
    void areaPagesHoldTwentyEntriesWithPreviousAndNextLinks() {
        Document first = html(site.get("/area/second-area/"));
        assertThat(first.select(".entry-list > li")).hasSize(20);
        assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/area/second-area/resource/2/");
        assertThat(first.select(".pagination a[rel=prev]")).isEmpty();

        Document second = html(site.get("/area/second-area/resource/2/"));
        assertThat(second.select(".entry-list > li")).hasSize(6);
        assertThat(second.select(".pagination a[rel=prev]").attr("href")).isEqualTo("/area/second-area/");
        assertThat(second.select(".pagination a[rel=next]")).isEmpty();
        assertThat(second.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(site.baseUrl() + "/area/second-area/resource/2/");
        assertThat(second.select(".faq")).isEmpty();
    }

    @Test
    void areaPageOneRedirectsToTheAreaAndMissingPagesAreNotFound() {
        assertRedirect("/area/second-area/resource/1/", "/area/second-area/");
        assertRedirect("/area/second-area/resource/2", "/area/second-area/resource/2/");
        assertRedirect("/area/second-area/resource/", "/area/second-area/");
        assertThat(site.get("/area/second-area/resource/3/").statusCode()).isEqualTo(404);
        assertThat(site.get("/area/second-area/resource/0/").statusCode()).isEqualTo(404);
        assertThat(site.get("/area/second-area/resource/two/").statusCode()).isEqualTo(404);
        assertThat(site.get("/area/second-area/resource/99999999999999999999/").statusCode()).isEqualTo(404);
        assertThat(site.get("/area/no-such-area/").statusCode()).isEqualTo(404);
    }

    @Test
    void homePageIntroducesTheSiteAreasRecentEntriesAndSearch() {
        Document page = html(site.get("/"));
        assertThat(page.selectFirst("h1").text()).isNotBlank();
        assertThat(page.select(".card h3 a")).extracting(e -> e.attr("href")).containsExactly("/area/second-area/", "/area/test-area/");
        assertThat(page.select("#recent-heading + .entry-list > li")).hasSize(HomeRoutes.RECENT_ENTRIES);
        assertThat(page.select("#recent-heading + .entry-list > li > a").first().attr("href")).isEqualTo("/term/alpha-term/");
        assertThat(page.select("form[role=search][action=/search] input[name=q]")).isNotEmpty();
        assertThat(page.select("nav.breadcrumb")).isEmpty();
    }

    @Test
    void glossaryListsEveryEntryUnderLetterAnchors() {
        Document page = html(site.get("/glossary/"));
        assertThat(page.select(".letter-group .entry-list > li")).hasSize(28);
        assertThat(page.select(".letters a")).extracting(e -> e.attr("href")).containsExactly("#letter-a", "#letter-b", "#letter-g", "#letter-z");
        assertThat(page.select("#letter-a")).hasSize(1);
        assertThat(page.select("section[aria-labelledby=letter-z] .entry-list > li")).hasSize(25);
    }

    @Test
    void unknownPagesAnswer404WithSuggestionsOfCloseSlugs() {
        HttpResponse<String> response = site.get("/term/alpha-trem/");
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = html(response);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(page.select(".error-page .entry-list a")).extracting(e -> e.attr("href")).first().isEqualTo("/term/alpha-term/");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");

        HttpResponse<String> elsewhere = site.get("/no/such/page");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(html(elsewhere).selectFirst("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void notFoundPageEscapesTheRequestedPath() {
        HttpResponse<String> response = site.get("/term/%3Cscript%3Ealert(1)%3C%2Fscript%3E/");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("<script>alert(1)");
    }

    @Test
    void pagesCarryAStrongEtagAndAnswer304WhenItMatches() {
        HttpResponse<String> first = site.get("/term/alpha-term/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{20}\"");
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");

        HttpResponse<String> again = site.get("/term/alpha-term/", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(site.get("/term/alpha-term/", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void htmlIsGzippedWhenTheClientAcceptsIt() throws IOException {
        HttpResponse<byte[]> response = site.getBytes("/glossary/", "Accept-Encoding", "gzip");
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        String body = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(body).contains("<h1>Glossary A–Z</h1>");
    }

    @Test
    void staticAssetsHaveHashedUrlsAndImmutableCaching() {
        Document page = html(site.get("/"));
        String css = page.selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/static/css/site\\.[0-9a-f]{10}\\.css");

        HttpResponse<String> response = site.get(css);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(response.body()).contains("prefers-color-scheme: dark");
        assertThat(site.get("/static/css/site.css").statusCode()).isEqualTo(404);
        assertThat(site.get("/static/css/site.0000000000.css").statusCode()).isEqualTo(404);
    }

    private static void assertRedirect(String from, String to) {
        HttpResponse<String> response = site.get(from);
        assertThat(response.statusCode()).as(from).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).as(from).hasValueSatisfying(location -> assertThat(location).endsWith(to));
    }
}
