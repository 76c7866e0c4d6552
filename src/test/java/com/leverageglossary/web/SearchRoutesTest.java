package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leverageglossary.testing.Fixtures;
import com.leverageglossary.testing.RunningSite;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The results page, the search and suggest APIs, and what they do with hostile input, against the fixture
 * content with its web entries (found by alias, typo and area) and generated entries: enough for a second page
 * of results and a full list of suggestions.
 */
class SearchRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValidWithWebEntries(dir);
        for (int i = 1; i <= 10; i++) {
            fixtures.write("definitions/generated-leverage-" + i + ".md", Fixtures.definition("Generated Leverage " + i, "second-area"));
            fixtures.write("definitions/generated-price-" + i + ".md", Fixtures.definition("Generated Liquidation Price " + i, "second-area"));
        }
        site = RunningSite.serve(fixtures.load());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void resultsPageListsHighlightedResultsWithFiltersAndIsNoindex() {
        HttpResponse<String> response = site.get("/search?q=" + q("liquidation price"));
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.selectFirst(".results-list .result-title").attr("href")).isEqualTo("/definition/liquidation-price/");
        assertThat(page.select(".results-list .snippet mark")).isNotEmpty();
        assertThat(page.select(".filters a")).extracting(e -> e.attr("href")).anyMatch(h -> h.contains("&area=test-area"));
        assertThat(page.selectFirst(".count").text()).matches("\\d+ results · page 1 of \\d+");
        assertThat(page.selectFirst("#site-search").attr("value")).isEqualTo("liquidation price");
    }

    @Test
    void filtersNarrowByKindAndAreaAndPaginate() {
        Document calculators = Jsoup.parse(site.get("/search?q=leverage&kind=calculator").body());
        assertThat(calculators.select(".results-list li .kind")).extracting(e -> e.text()).containsOnly("Calculator");
        Document area = Jsoup.parse(site.get("/search?q=leverage&area=lending").body());
        assertThat(area.select(".results-list li .result-areas")).isNotEmpty().allMatch(e -> e.text().contains("Lending"));
        Document second = Jsoup.parse(site.get("/search?q=leverage&page=2").body());
        assertThat(second.selectFirst(".results-list").attr("start")).isEqualTo("11");
        assertThat(second.select("a[rel=prev]")).isNotEmpty();
    }

    @Test
    void fewResultsOfferDidYouMean() {
        Document page = Jsoup.parse(site.get("/search?q=" + q("rehypothecaton risk")).body());
        assertThat(page.select(".did-you-mean a").text()).isEqualTo("rehypothecation risk");
    }

    @Test
    void emptyResultsShowAHelpfulStateWithStartingPoints() {
        Document page = Jsoup.parse(site.get("/search?q=pizza").body());
        assertThat(page.selectFirst(".count").text()).isEqualTo("0 results");
        assertThat(page.select(".empty-state a")).isNotEmpty();
        assertThat(page.select(".entry-list li")).isNotEmpty();
    }

    @Test
    void apiAnswersTheContractShapeInRankOrder() throws Exception {
        HttpResponse<String> response = site.get("/api/search?q=LTV&limit=3");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("query").asText()).isEqualTo("LTV");
        assertThat(body.get("total").asInt()).isGreaterThan(0);
        assertThat(body.get("results")).hasSizeLessThanOrEqualTo(3);
        JsonNode first = body.get("results").get(0);
        assertThat(first.get("url").asText()).isEqualTo("/definition/loan-to-value/");
        assertThat(first.get("kind").asText()).isEqualTo("definition");
        assertThat(first.get("areas").get(0).asText()).isEqualTo("lending");
        assertThat(first.get("title").asText()).isEqualTo("Loan-to-Value");
        assertThat(first.has("snippet")).isTrue();
        assertThat(body.has("did_you_mean")).isTrue();
    }

    @Test
    void suggestAnswersPrefixInfixAndTypos() throws Exception {
        assertThat(suggestions("liq")).contains("/definition/liquidation-price/");
        assertThat(suggestions("mark pr")).contains("/definition/mark-price/");
        assertThat(suggestions("price")).hasSize(8);
        assertThat(suggestions("helth fac")).first().isEqualTo("/definition/health-factor/");
        assertThat(suggestions("")).isEmpty();
    }

    private static java.util.List<String> suggestions(String query) throws Exception {
        JsonNode body = JSON.readTree(site.get("/api/suggest?q=" + q(query)).body());
        java.util.List<String> urls = new java.util.ArrayList<>();
        body.get("suggestions").forEach(s -> urls.add(s.get("url").asText()));
        return urls;
    }

    @Test
    void badFiltersAndLimitsAre400() throws Exception {
        assertThat(site.get("/search?q=x&kind=nonsense").statusCode()).isEqualTo(400);
        assertThat(site.get("/search?q=x&area=%3Cscript%3E").statusCode()).isEqualTo(400);
        assertThat(site.get("/search?q=x&page=0").statusCode()).isEqualTo(400);
        HttpResponse<String> limit = site.get("/api/search?q=x&limit=500");
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(limit.body()).get("errors").get(0).get("field").asText()).isEqualTo("limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "title:leverage", "(leverage", "lev*", "lev~2", "AND", "OR NOT", "a\\b", "[1 TO 5]", "{}",
            "<script>alert(1)</script>", "\u0000\u0007bell", "Кредитное плечо", "レバレッジ", "💥", "   ", "%", "+-&&||!^"})
    void hostileQueriesAreJustText(String query) throws Exception {
        for (String path : new String[] {"/search?q=", "/api/search?q=", "/api/suggest?q="}) {
            HttpResponse<String> response = site.get(path + q(query));
            assertThat(response.statusCode()).as(path + query).isEqualTo(200);
            assertThat(response.body()).as(path + query).doesNotContain("<script>alert(1)").doesNotContain("Exception");
        }
    }

    @Test
    void veryLongQueriesAreCutNotRefused() throws Exception {
        String longQuery = "leverage ".repeat(250);
        HttpResponse<String> response = site.get("/api/search?q=" + q(longQuery));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("query").asText().length()).isLessThanOrEqualTo(200);
    }
}
