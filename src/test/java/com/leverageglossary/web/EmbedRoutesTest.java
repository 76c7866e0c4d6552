package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.RunningSite;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15: {@code /embed/calculators/{id}/}, the only pages other sites may frame, and the embed code that shows them. */
class EmbedRoutesTest {
    private static final String INPUTS = "entry_price=60000&quantity=0.5&leverage=20";
    static RunningSite site;

    @BeforeAll
    static void start() {
        site = RunningSite.webFixture();
    }

    /** Asked twice: the first answer is rendered by the route, the second comes from the cache's fast path. */
    @ParameterizedTest
    @ValueSource(strings = {"/embed/calculators/liquidation-price/", "/embed/calculators/liquidation-price/?" + INPUTS})
    void anyoneMayFrameAnEmbed(String path) {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).endsWith("; frame-ancestors *").contains("script-src 'self'").doesNotContain("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/calculators/liquidation-price/", "/calculators/liquidation-price/?" + INPUTS, "/definition/liquidation-price/",
            "/api/calculators/liquidation-price?" + INPUTS, "/api/calculators/liquidation-price.csv?" + INPUTS, "/"})
    void nothingElseMayBeFramed(String path) {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).endsWith("; frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void theEmbedIsTheCalculatorAloneNotIndexedAndItsFormAnswersThere() {
        Document page = Jsoup.parse(site.get("/embed/calculators/liquidation-price/?" + INPUTS).body());
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select(".site-header, .site-footer, .breadcrumb")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Liquidation price calculator");
        assertThat(page.selectFirst("form.calc-form").attr("action")).isEqualTo("/embed/calculators/liquidation-price/");
        // Binance-style linear long, 0.5 BTC at 60,000, 20x, MMR 0.5 % (LiveCalculatorIT): 57,286.43.
        assertThat(page.select("[data-output=liquidation_price] .value").text()).isEqualTo("57,286.43");
        assertThat(page.select(".calc-chart svg.chart")).hasSize(2);
        assertThat(page.select("a[data-csv]").attr("href")).isEqualTo("/api/calculators/liquidation-price.csv?" + INPUTS);
    }

    @Test
    void itLinksBackToTheFullCalculatorWithTheSameInputsInANewTab() {
        Document page = Jsoup.parse(site.get("/embed/calculators/liquidation-price/?" + INPUTS).body());
        assertThat(page.select("a[data-share]")).isNotEmpty().allSatisfy(link -> {
            assertThat(link.attr("href")).isEqualTo("/calculators/liquidation-price/?" + INPUTS);
            assertThat(link.attr("target")).isEqualTo("_blank");
            assertThat(link.attr("rel")).isEqualTo("noopener");
        });
    }

    @Test
    void badInputIs400BesideTheFieldAndUnknownIdsAre404() {
        HttpResponse<String> bad = site.get("/embed/calculators/liquidation-price/?entry_price=%3Cb%3Eabc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("<b>abc");
        assertThat(Jsoup.parse(bad.body()).selectFirst("#embed-entry_price").attr("aria-invalid")).isEqualTo("true");
        assertThat(site.get("/embed/calculators/no-such-thing/").statusCode()).isEqualTo(404);
    }

    @Test
    void aMissingSlashRedirectsWithTheQuery() {
        HttpResponse<String> redirect = site.get("/embed/calculators/cppi?floor=80");
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/embed/calculators/cppi/?floor=80");
    }

    @Test
    void theCalculatorPageOffersEmbedCodeWithItsInputs() {
        Document example = Jsoup.parse(site.get("/calculators/liquidation-price/").body());
        assertThat(example.selectFirst("textarea[data-embed-code]").text())
                .isEqualTo("<iframe src=\"" + site.baseUrl() + "/embed/calculators/liquidation-price/\" title=\"Liquidation price calculator\" "
                        + "width=\"100%\" height=\"900\" style=\"border:0;max-width:52rem\" loading=\"lazy\"></iframe>");
        assertThat(example.selectFirst("textarea[data-embed-code]").hasAttr("readonly")).isTrue();
        assertThat(example.selectFirst("label[for=embed-code-text]")).isNotNull();
        assertThat(example.selectFirst("button[data-copy-field=embed-code-text]").hasAttr("hidden")).isTrue();

        Document withInputs = Jsoup.parse(site.get("/calculators/liquidation-price/?" + INPUTS).body());
        assertThat(withInputs.selectFirst("textarea[data-embed-code]").text())
                .contains("src=\"" + site.baseUrl() + "/embed/calculators/liquidation-price/?" + INPUTS.replace("&", "&amp;") + "\"");
        assertThat(withInputs.select(".embed-code p a").attr("href")).isEqualTo("/embed/calculators/liquidation-price/?" + INPUTS);
    }
}
