package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leverageglossary.testing.RunningSite;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** options-strategy in its three forms (form rows without JavaScript, the JSON API, the widget's markup) and the stress tables. */
class OptionsStrategyRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BULL_SPREAD = "legs=long:call:1:60000:30:60,short:call:1:66000:30:55";
    private static final String BULL_SPREAD_ROWS = "legs_1_side=long&legs_1_type=call&legs_1_quantity=1&legs_1_strike=60000&legs_1_days=30&legs_1_iv_pct=60"
            + "&legs_2_side=short&legs_2_type=call&legs_2_quantity=1&legs_2_strike=66000&legs_2_days=30&legs_2_iv_pct=55"
            + "&legs_3_side=long&legs_3_type=call&legs_3_quantity=&legs_3_strike=&legs_3_days=&legs_3_iv_pct=";
    static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.webFixture();
    }

    @Test
    void formRowsAnswerTheSameAsTheLegsValueAndShareTheCanonicalLink() throws Exception {
        HttpResponse<String> page = site.get("/calculators/options-strategy/?spot=60000&" + BULL_SPREAD_ROWS);
        JsonNode api = JSON.readTree(site.get("/api/calculators/options-strategy?spot=60000&" + BULL_SPREAD).body());

        assertThat(page.statusCode()).isEqualTo(200);
        Document doc = Jsoup.parse(page.body());
        assertThat(doc.select("[data-share]").attr("href")).isEqualTo("/calculators/options-strategy/?spot=60000&" + BULL_SPREAD);
        assertThat(doc.select("[data-output=max_loss] .value").text()).isEqualTo(String.format("%,.2f", api.get("outputs").get("max_loss").asDouble()));
        assertThat(doc.select("table.row-fields tbody tr")).hasSize(8);
        assertThat(doc.select("[name=legs_2_side] option[selected]").text()).isEqualTo("short");
        assertThat(doc.select("[name=legs_2_strike]").val()).isEqualTo("66000");
        assertThat(doc.select("[name=legs_3_quantity]").val()).isEmpty();
        Element quantity = doc.selectFirst("[name=legs_1_quantity]");
        for (String id : quantity.attr("aria-labelledby").split(" ")) {
            assertThat(doc.getElementById(id)).as("labelled by " + id).isNotNull();
        }
    }

    @Test
    void theApiAlsoTakesFormRowsFromTheLiveWidget() throws Exception {
        JsonNode rows = JSON.readTree(site.get("/api/calculators/options-strategy?spot=60000&" + BULL_SPREAD_ROWS).body());
        JsonNode legs = JSON.readTree(site.get("/api/calculators/options-strategy?spot=60000&" + BULL_SPREAD).body());

        assertThat(rows.get("outputs")).isEqualTo(legs.get("outputs"));
        assertThat(legs.get("outputs").get("breakevens")).hasSize(1);
        assertThat(legs.get("outputs").get("stress")).hasSize(33);
    }

    @Test
    void aMalformedLegIs400NamingLegsAndTheLegNumberInEveryForm() throws Exception {
        HttpResponse<String> api = site.get("/api/calculators/options-strategy?spot=60000&legs=long:call:1:60000:30:60,short:put:1:abc:30:55");
        HttpResponse<String> page = site.get("/calculators/options-strategy/?spot=60000&legs_1_side=long&legs_1_type=put&legs_1_quantity=1&legs_1_strike=60000&legs_1_days=-3&legs_1_iv_pct=60");

        assertThat(api.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(api.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("legs");
        assertThat(error.get("message").asText()).startsWith("leg 2 strike must be a number");
        assertThat(page.statusCode()).isEqualTo(400);
        Document doc = Jsoup.parse(page.body());
        assertThat(doc.select("[data-error-for=legs]").text()).isEqualTo("Legs leg 1 days must be greater than 0 and at most 36500.");
        assertThat(doc.select("[name=legs_1_days]").val()).isEqualTo("-3");
    }

    @Test
    void unboundedOutputsReadUnboundedAndAreNullInTheApi() throws Exception {
        String straddle = "spot=60000&legs=long:call:1:60000:30:60,long:put:1:60000:30:60";
        Document doc = Jsoup.parse(site.get("/calculators/options-strategy/?" + straddle).body());
        JsonNode api = JSON.readTree(site.get("/api/calculators/options-strategy?" + straddle).body());

        assertThat(doc.select("[data-output=max_profit] .value").text()).isEqualTo("unbounded");
        assertThat(doc.select("[data-output=max_profit]").attr("data-null")).isEqualTo("unbounded");
        assertThat(api.get("outputs").get("max_profit").isNull()).isTrue();
        assertThat(doc.select("[data-output=breakevens] .value").text()).contains(", ");
    }

    @Test
    void stressTableHasACaptionAndHeadersForBothAxes() {
        Document doc = Jsoup.parse(site.get("/calculators/options-strategy/?spot=60000&" + BULL_SPREAD + "&collateral=500").body());
        Element table = doc.selectFirst("[data-grid=stress] table");

        assertThat(table.selectFirst("caption").text()).isEqualTo("Stress test: P&L after price and volatility shocks (USD)");
        assertThat(table.select("thead th[scope=colgroup]").text()).isEqualTo("Volatility shock");
        assertThat(table.select("thead th[scope=col]")).extracting(Element::text).containsExactly("Price shock", "−20 pts", "0 pts", "+20 pts");
        assertThat(table.select("tbody th[scope=row]")).extracting(Element::text).startsWith("−50 %", "−40 %").endsWith("+50 %").hasSize(11);
        assertThat(table.select("tbody tr").first().select("td")).hasSize(3);
        assertThat(table.select("td.flagged .flag")).isNotEmpty().allSatisfy(flag -> assertThat(flag.text()).isEqualTo("liquidated"));
    }

    @Test
    void healthFactorStressTableHasOneValueColumn() {
        Document doc = Jsoup.parse(site.get("/calculators/health-factor/?collateral=10000,5000&liquidation_threshold_pct=82.5,78&debt=8000").body());
        Element table = doc.selectFirst("[data-grid=stress] table");

        assertThat(table.select("thead th[scope=col]")).extracting(Element::text).containsExactly("Price shock", "health factor");
        assertThat(table.select("tbody tr").get(1).text()).isEqualTo("−40 % 0.9113 liquidated");
    }

    @Test
    void catalogueDescribesTheLegRowsAndTheGridLayout() throws Exception {
        JsonNode catalog = JSON.readTree(site.get("/api/calculators").body());
        JsonNode strategy = null;
        for (JsonNode calculator : catalog.get("calculators")) {
            if (calculator.get("id").asText().equals("options-strategy")) {
                strategy = calculator;
            }
        }

        assertThat(strategy).isNotNull();
        JsonNode legs = strategy.get("inputs").get(2);
        assertThat(legs.get("type").asText()).isEqualTo("row_list");
        assertThat(legs.get("rows").get("max_rows").asInt()).isEqualTo(8);
        assertThat(legs.get("rows").get("fields")).extracting(f -> f.get("name").asText())
                .containsExactly("side", "type", "quantity", "strike", "days", "iv_pct");
        JsonNode stress = strategy.get("outputs").get(8);
        assertThat(stress.get("layout").get("rows").asText()).isEqualTo("price_shock_pct");
        assertThat(stress.get("layout").get("columns").asText()).isEqualTo("vol_shock_pts");
        assertThat(stress.get("layout").get("flag").asText()).isEqualTo("liquidated");
        assertThat(strategy.get("outputs").get(0).get("name").asText()).isEqualTo("net_premium");
    }
}
