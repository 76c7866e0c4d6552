package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.RunningSite;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 15: {@code /api/calculators/{id}.csv} over HTTP, and the page's link to it. */
class CalculatorCsvRoutesTest {
    private static final String CASCADE = "price=60000&shock_pct=3&impact_per_unit=6&positions=58500:120,57500:200,56500:300,53000:500";
    static RunningSite site;

    @BeforeAll
    static void start() {
        site = RunningSite.webFixture();
    }

    @Test
    void aCascadeIsOneRowPerRoundThenOneRowPerScalarOutput() {
        // The cascade of CalculatorRoutesTest.apiListsRowsAndNullsAsJson: rounds end at 57,480, 56,280 and 54,480.
        HttpResponse<String> response = site.get("/api/calculators/liquidation-cascade.csv?" + CASCADE);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        assertThat(response.body().split("\r\n")).startsWith(
                "output,value,step,liquidated_size,price_after",
                "rounds,,1,120,57480",
                "rounds,,2,200,56280",
                "rounds,,3,300,54480",
                "final_price,54480,,,");
        // The JSON API answers the same request with the same numbers.
        assertThat(site.get("/api/calculators/liquidation-cascade?" + CASCADE).body()).contains("\"final_price\":54480");
    }

    @Test
    void theJsonRouteStillAnswersForTheSameCalculatorAndHeadWorks() {
        assertThat(site.get("/api/calculators/liquidation-cascade?" + CASCADE).headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        HttpResponse<String> head = site.head("/api/calculators/liquidation-cascade.csv?" + CASCADE);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void badInputIsA400InTheApisJsonNamingEachField() {
        HttpResponse<String> response = site.get("/api/calculators/position-margin.csv?quantity=-1&entry_price=abc&levrage=10");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).contains("\"field\":\"levrage\"", "\"field\":\"quantity\"", "\"field\":\"entry_price\"");
    }

    @Test
    void anUnknownCalculatorIsA404() {
        HttpResponse<String> response = site.get("/api/calculators/no-such-thing.csv");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"field\":\"id\"");
    }

    @Test
    void whatAUserTypesIsNeverWrittenIntoTheFile() {
        HttpResponse<String> response = site.get("/api/calculators/funding-cost.csv?notional=%3Dcmd%7C%27%2Fc%20calc%27!A1&margin=100");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("\r\n").contains("\"field\":\"notional\"");
    }

    @Test
    void theResultsLinkToTheCsvOfTheSameInputsAndNotWhenInputsAreBad() {
        Document page = Jsoup.parse(site.get("/calculators/liquidation-cascade/?" + CASCADE).body());
        Element link = page.selectFirst("a[data-csv]");
        assertThat(link.attr("href")).isEqualTo("/api/calculators/liquidation-cascade.csv?" + CASCADE);
        assertThat(link.attr("download")).isEqualTo("liquidation-cascade.csv");
        assertThat(link.hasAttr("hidden")).isFalse();
        assertThat(site.get(link.attr("href")).statusCode()).isEqualTo(200);

        Document bad = Jsoup.parse(site.get("/calculators/liquidation-cascade/?price=abc").body());
        assertThat(bad.selectFirst("a[data-csv]").hasAttr("hidden")).isTrue();
    }

    @Test
    void theExamplePageLinksToTheCsvOfItsExample() {
        Element link = Jsoup.parse(site.get("/calculators/leverage-loop/").body()).selectFirst("a[data-csv]");
        assertThat(link.attr("href")).startsWith("/api/calculators/leverage-loop.csv?");
        String csv = site.get(link.attr("href")).body();
        // The stress grid's rows add their columns; a cell's "value" is named apart from the file's own.
        assertThat(csv).startsWith("output,value,step,price_shock_pct,row_value,liquidated\r\n").contains("\r\nmax_leverage,4,,,,\r\n");
    }
}
