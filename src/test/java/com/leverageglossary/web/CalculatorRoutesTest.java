package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leverageglossary.calculators.CalculatorRegistry;
import com.leverageglossary.testing.RunningSite;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calculator pages, the no-JavaScript form and the JSON API, over HTTP against the fixture content. */
class CalculatorRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.webFixture();
    }


    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    @Test
    void apiAnswersInputsWithDefaultsOutputsAndNotes() throws Exception {
        // Binance USDⓈ-M style linear long, the worked example of the liquidation price entry.
        HttpResponse<String> response = site.get("/api/calculators/liquidation-price?entry_price=60000&quantity=0.5&leverage=10");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("calculator").asText()).isEqualTo("liquidation-price");
        assertThat(body.get("inputs").get("contract").asText()).isEqualTo("linear");
        assertThat(body.get("inputs").get("maintenance_margin_pct").asDouble()).isEqualTo(0.5);
        assertThat(body.get("inputs").get("margin").isNull()).isTrue();
        assertThat(body.get("outputs").get("liquidation_price").asDouble()).isCloseTo(54271.3567839196, within(1e-6));
        assertThat(body.get("outputs").get("bankruptcy_price").asDouble()).isCloseTo(54000, within(1e-9));
        assertThat(body.get("notes")).isNotEmpty();
    }

    /**
     * Defect: the units read "quote or coin" and the maintenance margin showed 6 decimals (135.678392). Linear: the
     * position above, MM at liquidation = 0.5 × 54,271.36 × 0.5 % = 135.68 USDT. Inverse: 60,000 USD of contracts at
     * 60,000, 10x, margin 60,000 / (60,000 × 10) = 0.1 BTC, LP = 60,000 × 1.005 / (0.1 + 1) = 54,818.18, MM at
     * liquidation = 60,000 / 54,818.18 × 0.5 % = 0.00547264 BTC.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            entry_price=60000&quantity=0.5&leverage=10                    | 135.68     | quote currency | 2 | base units
            contract=inverse&entry_price=60000&quantity=60000&leverage=10 | 0.00547264 | coin           | 8 | USD
            """)
    void liquidationMoneyShowsTheUnitAndPrecisionOfTheChosenContract(String query, String maintenance, String unit, int decimals,
                                                                     String sizeUnit) throws Exception {
        Document page = Jsoup.parse(site.get("/calculators/liquidation-price/?" + query).body());
        assertThat(shown(page, "maintenance_margin_at_liquidation", "value")).isEqualTo(maintenance);
        assertThat(page.select("[data-output=maintenance_margin_at_liquidation]").attr("data-decimals")).isEqualTo(String.valueOf(decimals));
        for (String money : List.of("initial_margin", "maintenance_margin_at_liquidation")) {
            assertThat(shown(page, money, "unit")).isEqualTo(unit);
        }
        assertThat(labelUnit(page, "margin")).isEqualTo("(" + unit + ")");
        assertThat(labelUnit(page, "maintenance_amount")).isEqualTo("(" + unit + ")");
        assertThat(labelUnit(page, "quantity")).isEqualTo("(" + sizeUnit + ")");
        assertThat(page.body().text()).doesNotContain("quote or coin");

        JsonNode body = json(site.get("/api/calculators/liquidation-price?" + query));
        assertThat(body.get("units").get("outputs").get("initial_margin").asText()).isEqualTo(unit);
        assertThat(body.get("units").get("outputs").get("liquidation_price").asText()).isEqualTo("USD");
        assertThat(body.get("units").get("inputs").get("margin").asText()).isEqualTo(unit);
        assertThat(body.get("units").get("inputs").get("quantity").asText()).isEqualTo(sizeUnit);
        assertThat(body.get("decimals").get("maintenance_margin_at_liquidation").asInt()).isEqualTo(decimals);
    }

    /** The value or unit text of an output on a calculator page. */
    private static String shown(Document page, String output, String part) {
        return page.select("[data-output=" + output + "] ." + part).text();
    }

    /** The unit an input's label shows, in parentheses. */
    private static String labelUnit(Document page, String input) {
        return page.select("label[for=calc-" + input + "] .unit").text();
    }

    @Test
    void apiListsRowsAndNullsAsJson() throws Exception {
        JsonNode body = json(site.get("/api/calculators/liquidation-cascade?price=60000&shock_pct=3&impact_per_unit=6"
                + "&positions=58500:120,57500:200,56500:300,53000:500"));
        assertThat(body.get("outputs").get("rounds")).hasSize(3);
        assertThat(body.get("outputs").get("rounds").get(2).get("price_after").asDouble()).isEqualTo(54480);
        JsonNode noDebt = json(site.get("/api/calculators/health-factor?collateral=100&liquidation_threshold_pct=80&debt=0"));
        assertThat(noDebt.get("outputs").get("health_factor").isNull()).isTrue();
    }

    @Test
    void apiBadInputIs400WithOneErrorPerField() throws Exception {
        HttpResponse<String> response = site.get("/api/calculators/position-margin?quantity=-1&entry_price=abc&levrage=10");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json(response).get("errors");
        assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("levrage", "quantity", "entry_price", "leverage");
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void apiDomainErrorNamesTheField() throws Exception {
        HttpResponse<String> response = site.get("/api/calculators/liquidation-price?entry_price=100&quantity=1&leverage=300");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("maintenance_margin_pct");
    }

    @Test
    void apiUnknownCalculatorIs404Json() throws Exception {
        HttpResponse<String> response = site.get("/api/calculators/no-such-thing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("id");
    }

    @Test
    void indexListsEveryCalculator() {
        Document page = Jsoup.parse(site.get("/calculators/").body());
        assertThat(page.select(".card-title a")).hasSize(CalculatorRegistry.standard().all().size());
        assertThat(page.select(".card-title a").first().attr("href")).isEqualTo("/calculators/leverage-ratio/");
    }

    @Test
    void calculatorPageWithoutQueryShowsTheExampleResultsWorkChartAndUsingEntries() {
        HttpResponse<String> response = site.get("/calculators/leverage-loop/");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Leverage loop calculator");
        assertThat(page.selectFirst("form.calc-form").attr("action")).isEqualTo("/calculators/leverage-loop/");
        assertThat(page.selectFirst("form.calc-form").attr("method")).isEqualTo("get");
        assertThat(page.select("[data-output=max_leverage] .value").text()).isEqualTo("4.00");
        assertThat(page.select("[data-work] li")).isNotEmpty();
        // A narrow and a wide drawing of the one chart, and its data behind a disclosure with a column per series.
        assertThat(page.select("[data-chart] svg[role=img] title")).extracting(e -> e.text()).containsExactly(
                "Leverage against number of loops", "Leverage against number of loops");
        assertThat(page.select("[data-chart] svg.chart-narrow, [data-chart] svg.chart-wide")).hasSize(2);
        assertThat(page.selectFirst("[data-chart] details.chart-data summary").text()).contains("Leverage against number of loops");
        assertThat(page.select("[data-chart] details.chart-data table").first().select("thead th").eachText())
                .containsExactly("Loops", "Leverage", "Limit 1 ÷ (1 − λ)");
        assertThat(page.select("[aria-labelledby=used-heading] .entry-list a")).extracting(e -> e.attr("href")).contains("/term/alpha-term/");
    }

    @Test
    void formSubmissionRendersResultsOnTheServer() {
        Document page = Jsoup.parse(site.get("/calculators/basel-leverage-ratio/?tier1_capital=60&exposure_measure=1500&gsib_surcharge_pct=1.5").body());
        assertThat(page.select("[data-output=leverage_ratio_pct] .value").text()).isEqualTo("4.00");
        assertThat(page.select("[data-output=requirement_pct] .value").text()).isEqualTo("3.75");
        assertThat(page.select("[data-output=meets_requirement] .value").text()).isEqualTo("yes");
        assertThat(page.selectFirst("#calc-tier1_capital").attr("value")).isEqualTo("60");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith("/calculators/basel-leverage-ratio/");
    }

    @Test
    void tableRowsWithoutJavaScriptAreNumberedByPositionEvenWhenTheyAreEqual() {
        // The CPPI declaration's formula: exposure = 3 × (100 − 80) = 60; with 0 % returns and the default 0 % safe
        // rate nothing moves, so the three periods read the same exposure 60, value 100 and floor 80.
        Document page = Jsoup.parse(site.get("/calculators/cppi/?portfolio_value=100&floor=80&multiplier=3&risky_returns_pct=0,0,0").body());
        Elements rows = page.select("[data-table=steps] tbody tr");
        assertThat(rows).extracting(row -> row.child(0).text()).containsExactly("1", "2", "3");
        assertThat(rows).extracting(row -> row.children().eachText().subList(1, 4))
                .containsOnly(List.of("60.00", "100.00", "80.00"));
    }

    @Test
    void formErrorsAre400AndShownBesideTheFieldWithTheInputEscaped() {
        HttpResponse<String> response = site.get("/calculators/funding-cost/?notional=%3Cscript%3Ealert(1)%3C/script%3E&margin=100&funding_rate_pct=0.01&days=0");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("<script>alert(1)");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("#calc-notional").attr("value")).isEqualTo("<script>alert(1)</script>");
        assertThat(page.selectFirst("#calc-notional").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#calc-notional-error").text()).isEqualTo("Notional must be a number, like 1250 or 0.5.");
        assertThat(page.selectFirst("#calc-days-error").text()).isEqualTo("Holding period must be greater than 0 and at most 36500.");
    }

    @Test
    void tiersWithoutJavaScriptShowTheBracketItsWorkAndThePresetLink() {
        // The Binance BTCUSDT bracket preset: 4.5 BTC at 60,000, 10x, liquidated in bracket 2 at 54,260.19.
        Document page = Jsoup.parse(site.get("/calculators/liquidation-price/?entry_price=60000&quantity=4.5&leverage=10"
                + "&tiers=50000:0.4,250000:0.5,1000000:1,10000000:2.5").body());

        assertThat(page.select("[data-output=liquidation_price] .value").text()).isEqualTo("54,260.19");
        assertThat(page.select("[data-output=bracket] .value").text()).isEqualTo("2");
        assertThat(page.select("[data-output=bracket_rate_pct] .value").text()).isEqualTo("0.50");
        assertThat(page.select("[data-output=bracket_amount] .value").text()).isEqualTo("50.00");
        assertThat(page.select("[data-work] li").eachText()).contains("N = 4.50 × 54,260.19 = 244,170.85 quote currency");
        assertThat(page.select("a[href*=tiers=50000]")).isNotEmpty();
    }

    @Test
    void crossModeWithoutAWalletBalanceIs400BesideThatFieldInTheFormAndTheApi() throws Exception {
        String query = "margin_mode=cross&entry_price=60000&quantity=0.5&leverage=10";
        HttpResponse<String> form = site.get("/calculators/liquidation-price/?" + query);
        HttpResponse<String> api = site.get("/api/calculators/liquidation-price?" + query);

        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(form.body()).selectFirst("[data-error-for=wallet_balance]").text())
                .isEqualTo("Wallet balance is required in cross margin mode.");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json(api).get("errors").get(0).get("field").asText()).isEqualTo("wallet_balance");
    }

    @Test
    void crossModeApiAnswersWithTheWalletNetOfTheOtherPositions() throws Exception {
        // Binance's FAQ example for BTCUSDT (see CrossMarginTest): 26,316.89.
        JsonNode body = json(site.get("/api/calculators/liquidation-price?margin_mode=cross&entry_price=32481.98&quantity=109.488"
                + "&wallet_balance=1535443.01&other_maintenance_margin=356512.508&other_unrealized_pnl=-448192.89"
                + "&maintenance_margin_pct=2.5&maintenance_amount=16300"));

        assertThat(body.get("outputs").get("liquidation_price").asDouble()).isCloseTo(26_316.89, within(0.005));
        assertThat(body.get("outputs").get("initial_margin").isNull()).isTrue();
        assertThat(body.get("units").get("inputs").get("wallet_balance").asText()).isEqualTo("quote currency");
    }

    @Test
    void entryEmbedsTheWidgetWithItsPresetsAndLinksToTheCalculator() {
        Document page = Jsoup.parse(site.get("/definition/liquidation-price/").body());
        assertThat(page.select(".prose section.calculator[data-calculator=liquidation-price]")).hasSize(1);
        assertThat(page.select(".prose [data-output=liquidation_price] .value").text()).isEqualTo("54,271.36");
        assertThat(page.select(".entry-calculators a")).extracting(e -> e.attr("href")).contains("/calculators/liquidation-price/");
    }

    @Test
    void unknownCalculatorPageIs404AndMissingSlashRedirects() {
        assertThat(site.get("/calculators/nope/").statusCode()).isEqualTo(404);
        HttpResponse<String> redirect = site.get("/calculators/cppi");
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/calculators/cppi/");
    }
}
