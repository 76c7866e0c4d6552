package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.calculators.CalculatorRegistry;
import com.leverageglossary.testing.RunningSite;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reader's tools as the server sends them: entry previews, heading links, "On this page", citations, offline. */
class ReaderRoutesTest {
    static RunningSite site;

    @BeforeAll
    static void start() {
        site = RunningSite.webFixture();
    }

    @Test
    void entryApiAnswersThePreviewCardWithAnETagAndA304() {
        HttpResponse<String> response = site.get("/api/entries/alpha-term");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        // Values from src/test/resources/fixtures/valid/terms/alpha-term.md.
        assertThat(response.body()).isEqualTo("{\"title\":\"Alpha Term\",\"url\":\"/term/alpha-term/\",\"kind\":\"term\","
                + "\"summary\":\"The alpha term is a fixture used to test the term page.\",\"areas\":[\"test-area\",\"second-area\"],"
                + "\"updated\":\"2026-11-22\"}");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(site.get("/api/entries/alpha-term", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void entryApiResolvesAliasesAndCaseToTheSameAnswer() {
        HttpResponse<String> canonical = site.get("/api/entries/health-factor");
        for (String name : List.of("hf", "HF", "Health-Factor", "health%20ratio")) {
            HttpResponse<String> alias = site.get("/api/entries/" + name);
            assertThat(alias.statusCode()).as(name).isEqualTo(200);
            assertThat(alias.body()).as(name).isEqualTo(canonical.body());
            assertThat(alias.headers().firstValue("ETag")).as(name).isEqualTo(canonical.headers().firstValue("ETag"));
        }
    }

    @Test
    void entryApiAnswers404AsJsonForAnUnknownSlugWithoutEchoingIt() {
        HttpResponse<String> response = site.get("/api/entries/%3Cscript%3E");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"field\":\"slug\"").doesNotContain("script");
    }

    @Test
    void everyEntryAreaAndCalculatorHeadingHasASelfLinkBesideIt() {
        for (String path : List.of("/term/alpha-term/", "/area/test-area/", "/calculators/leverage-loop/")) {
            Document page = Jsoup.parse(site.get(path).body());
            var headings = page.select("main h2, main h3").stream().filter(h -> h.closest(".calc-work") == null).toList();
            assertThat(headings).as(path).isNotEmpty();
            for (Element heading : headings) {
                Element link = heading.parent().selectFirst("> a.heading-link");
                assertThat(link).as(path + " " + heading.text()).isNotNull();
                assertThat(link.attr("href")).isEqualTo("#" + heading.id());
                // The label is the heading's words, without a count beside them ("Entries in this area (6)").
                assertThat(link.attr("aria-label")).startsWith("Link to this section: ");
                assertThat(heading.text()).startsWith(link.attr("aria-label").substring("Link to this section: ".length()));
            }
        }
    }

    @Test
    void aTermListsItsSectionsOnThisPageInOrder() {
        Document page = Jsoup.parse(site.get("/term/alpha-term/").body());
        Element nav = page.selectFirst("nav[aria-label=On this page]");
        assertThat(nav).isNotNull();
        assertThat(nav.select("a")).extracting(Element::text)
                .containsExactly("How it works", "Calculators", "Related entries", "Referenced by", "Sources", "Cite this entry");
        for (Element link : nav.select("a")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.text()).isNotNull();
        }
    }

    @Test
    void aDefinitionWithFewerThanThreeSectionsHasNoOnThisPage() {
        // health-factor.md has no headings: Related entries, Sources and Cite make three, so one with fewer is needed.
        Document page = Jsoup.parse(site.get("/definition/gamma-definition/").body());
        int sections = page.select(".section-heading").size();
        assertThat(page.selectFirst("nav[aria-label=On this page]") != null).isEqualTo(sections >= 3);
    }

    @Test
    void citationHoldsTitleSiteUrlAndUpdatedDateAndNoAccessDateWithoutJavaScript() {
        Document page = Jsoup.parse(site.get("/term/alpha-term/").body());
        String url = site.baseUrl() + "/term/alpha-term/";
        assertThat(page.selectFirst("#cite-apa").text()).isEqualTo("Leverage Glossary. (2026, November 22). Alpha Term. " + url);
        assertThat(page.selectFirst("#cite-bibtex").wholeText()).isEqualTo("@misc{leverageglossary-alpha-term,\n"
                + "  author = {{Leverage Glossary}},\n"
                + "  title = {{Alpha Term}},\n"
                + "  year = {2026},\n"
                + "  month = nov,\n"
                + "  howpublished = {\\url{" + url + "}},\n"
                + "  url = {" + url + "},\n"
                + "  note = {Updated 2026-11-22},\n}");
        assertThat(page.select(".cite button[data-copy]")).allSatisfy(button -> assertThat(button.hasAttr("hidden")).isTrue());
    }

    @Test
    void manifestNamesTheSiteItsIconsStartUrlAndTheme() {
        HttpResponse<String> response = site.get("/manifest.webmanifest");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/manifest+json; charset=utf-8");
        assertThat(response.body()).contains("\"name\":\"Leverage Glossary\"", "\"start_url\":\"/\"", "\"theme_color\":\"#f6f8fa\"",
                "\"sizes\":\"192x192\"", "\"sizes\":\"512x512\"", "\"purpose\":\"maskable\"");
        Document home = Jsoup.parse(site.get("/").body());
        assertThat(home.selectFirst("link[rel=manifest]").attr("href")).isEqualTo("/manifest.webmanifest");
        assertThat(home.select("meta[name=theme-color]")).extracting(e -> e.attr("media"))
                .containsExactly("(prefers-color-scheme: light)", "(prefers-color-scheme: dark)");
    }

    @Test
    void serviceWorkerIsServedAtTheRootWithNoCacheAndAnETagAndPrecachesTheShell() {
        HttpResponse<String> response = site.get("/sw.js");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(site.get("/sw.js", "If-None-Match", etag).statusCode()).isEqualTo(304);
        Document home = Jsoup.parse(site.get("/").body());
        String stylesheet = home.selectFirst("link[rel=stylesheet]").attr("href");
        String script = home.selectFirst("script[src]").attr("src");
        assertThat(response.body()).startsWith("var SHELL = [").contains("\"" + stylesheet + "\"", "\"" + script + "\"",
                "\"/\"", "\"/glossary/\"", "\"/offline/\"");
    }

    @Test
    void offlinePageIsNotIndexedAndLinksHome() {
        HttpResponse<String> response = site.get("/offline/");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("You are offline");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.selectFirst("[data-offline-entries]").hasAttr("hidden")).isTrue();
        assertThat(site.get("/offline").statusCode()).isEqualTo(301);
    }

    @Test
    void homeLeadsWithCalculatorsThenTheStartHerePathAndTheMostReferencedEntries() {
        Document page = Jsoup.parse(site.get("/").body());
        assertThat(page.select("main h2").eachText()).startsWith("Calculators", "New to leverage? Start here", "Most-read topics");
        assertThat(page.select(".calculator-grid a")).hasSize(CalculatorRegistry.standard().all().size());
        // The fixture holds three of the path's entries, in the path's order.
        assertThat(page.select(".start-path > li > a")).extracting(e -> e.attr("href"))
                .containsExactly("/definition/liquidation-price/", "/definition/mark-price/", "/definition/health-factor/");
        assertThat(page.select("[aria-labelledby=topics-heading] li > a")).isNotEmpty();
    }
}
