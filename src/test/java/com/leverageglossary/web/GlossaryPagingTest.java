package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.content.Glossary;
import com.leverageglossary.testing.Fixtures;
import com.leverageglossary.testing.RunningSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The A–Z glossary is paged, so that its page stays the same size at any number of entries (a single page of
 * 10,000 entries was 6 MB, and a few dozen concurrent requests for it exhausted a 128 MB heap).
 */
class GlossaryPagingTest {
    /** The 3 fixture entries (Alpha, Beta, Gamma) and 450 generated ones: 200 "M…", 240 "P…", 10 "7…". */
    private static final int ENTRIES = 453;
    @TempDir
    static Path dir;
    static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir);
        for (int i = 0; i < 200; i++) {
            fixtures.write("definitions/margin-" + i + ".md", Fixtures.definition(String.format("Margin %03d", i), "test-area"));
        }
        for (int i = 0; i < 240; i++) {
            fixtures.write("definitions/perp-" + i + ".md", Fixtures.definition(String.format("Perp %03d", i), "test-area"));
        }
        for (int i = 0; i < 10; i++) {
            fixtures.write("definitions/seven-" + i + ".md", Fixtures.definition("7 Day Rate " + i, "test-area"));
        }
        site = RunningSite.serve(fixtures.load());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everyEntryIsOnExactlyOnePageInLetterOrder() {
        List<String> listed = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            Document page = page(n == 1 ? "/glossary/" : "/glossary/resource/" + n + "/");
            listed.addAll(page.select(".letter-group .entry-list > li > a").eachText());
            assertThat(page.select(".letter-group .entry-list > li")).hasSizeLessThanOrEqualTo(Glossary.PAGE_SIZE);
        }
        assertThat(listed).hasSize(ENTRIES).doesNotHaveDuplicates();
        // A–Z first, then titles that start with anything else ("#"), as the letter navigation lists them.
        assertThat(listed.get(0)).isEqualTo("Alpha Term");
        assertThat(listed.subList(ENTRIES - 10, ENTRIES)).allMatch(title -> title.startsWith("7 Day Rate"));
        assertThat(site.get("/glossary/resource/4/").statusCode()).isEqualTo(404);
    }

    @Test
    void lettersLinkToThePageWhereTheyBeginAndALetterThatGoesOnSaysSo() {
        Document first = page("/glossary/");
        assertThat(first.select(".letters a")).extracting(a -> a.text() + " " + a.attr("href")).containsExactly(
                "A #letter-a", "B #letter-b", "G #letter-g", "M #letter-m", "P /glossary/resource/2/#letter-p",
                "# /glossary/resource/3/#letter-0");
        assertThat(first.select(".letters span[aria-hidden]")).extracting(e -> e.text()).contains("C", "Z");

        Document second = page("/glossary/resource/2/");
        assertThat(second.select(".letters a")).extracting(a -> a.attr("href")).contains("/glossary/#letter-m", "#letter-p");
        // Page 1 holds Alpha, Beta, Gamma and 197 "Margin" entries, so M goes on to page 2 and is marked so there.
        assertThat(second.select("#letter-m").text()).isEqualTo("M (continued)");
        assertThat(second.select("section[aria-labelledby=letter-m] .entry-list > li")).hasSize(3);
        assertThat(page("/glossary/resource/3/").select("#letter-p").text()).isEqualTo("P (continued)");
    }

    @Test
    void laterPagesAreLinkedAsASeriesAndCanonicalOnThemselves() {
        Document second = page("/glossary/resource/2/");
        assertThat(second.selectFirst("link[rel=canonical]").attr("href")).endsWith("/glossary/resource/2/");
        assertThat(second.selectFirst("link[rel=prev]").attr("href")).endsWith("/glossary/");
        assertThat(second.selectFirst("link[rel=next]").attr("href")).endsWith("/glossary/resource/3/");
        assertThat(second.select("nav.pagination a[rel=prev]").attr("href")).isEqualTo("/glossary/");
        assertThat(second.selectFirst("h1").text()).isEqualTo("Glossary A–Z page 2 of 3");
        assertThat(site.get("/sitemap.xml").body()).contains("/glossary/</loc>", "/glossary/resource/2/</loc>", "/glossary/resource/3/</loc>")
                .doesNotContain("/glossary/resource/4/");
    }

    @Test
    void otherFormsOfAPageAddressRedirectAndBadNumbersAreNotFound() {
        assertThat(site.get("/glossary/resource/1/").headers().firstValue("Location")).hasValue("/glossary/");
        assertThat(site.get("/glossary/resource/").headers().firstValue("Location")).hasValue("/glossary/");
        assertThat(site.get("/glossary/resource/2").headers().firstValue("Location")).hasValue("/glossary/resource/2/");
        for (String bad : List.of("0", "-1", "02", "x", "9999999", "1e3")) {
            assertThat(site.get("/glossary/resource/" + bad + "/").statusCode()).as(bad).isEqualTo(404);
        }
    }

    private static Document page(String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
