package com.leverageglossary.content.examples;

import static com.leverageglossary.content.examples.WorkedExample.assertShows;
import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.App;
import com.leverageglossary.calculators.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Figures in the revised long-form terms that no calculator prints directly: aggregates of calculator
 * outputs, barrier-touch odds, volatility-scaled buffers, rebalancing trades. Each test starts from the
 * calculator (the same code the site runs) where one applies, then does the remaining arithmetic.
 */
class TermsRevisionExamplesTest {

    /** One output of a calculator, evaluated exactly as the site evaluates a pre-filled link. */
    private static double out(String id, String query, String output) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            values.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
        }
        Evaluation evaluation = App.CALCULATORS.find(id).orElseThrow().evaluate(values);
        assertThat(evaluation.ok()).as(id + " " + query).isTrue();
        return ((Number) evaluation.result().outputs().get(output)).doubleValue();
    }

    /** Standard normal distribution function (Abramowitz–Stegun 7.1.26 is too coarse; use erf by series). */
    private static double phi(double x) {
        return 0.5 * (1 + erf(x / Math.sqrt(2)));
    }

    private static double erf(double x) {
        // Maclaurin series; converges quickly for |x| < 3, which covers every argument used here.
        double sum = 0;
        double term = x;
        for (int n = 0; n < 200; n++) {
            sum += term / (2 * n + 1);
            term *= -x * x / (n + 1);
        }
        return 2 / Math.sqrt(Math.PI) * sum;
    }

    /** Isolated linear long: d = (1/L − m)/(1 − m) (LiquidationPrice.linear with cum = 0). */
    private static double buffer(double leverage, double mmr) {
        return (1 / leverage - mmr) / (1 - mmr);
    }

    // Reflection principle for driftless Brownian motion: P(touch −d within h days) = 2 Φ(−d / (σ √h)).
    @Test
    void highLeverageTouchProbabilitiesForTheEthLadder() {
        double daily = 0.70 / Math.sqrt(365);
        assertShows("high-leverage", daily * 100, 2);
        double[] leverages = {5, 10, 20, 50, 100};
        for (double leverage : leverages) {
            double d = -out("liquidation-price", "contract=linear&side=long&entry_price=2500&quantity=4&leverage=" + leverage
                    + "&maintenance_margin_pct=0.5", "distance_pct") / 100;
            assertThat(d).isCloseTo(buffer(leverage, 0.005), org.assertj.core.data.Offset.offset(1e-12));
            if (leverage >= 10) {
                assertShows("high-leverage", 200 * phi(-d / daily), 1);
            }
            assertShows("high-leverage", 200 * phi(-d / (daily * Math.sqrt(7))), 1);
        }
        assertThat(200 * phi(-buffer(5, 0.005) / daily)).isLessThan(0.1);
        assertThat(200 * phi(-buffer(3, 0.005) / daily)).isLessThan(0.1);
        assertThat(200 * phi(-buffer(3, 0.005) / (daily * Math.sqrt(7)))).isLessThan(0.1);
    }

    @Test
    void highLeverageRoundTripFeesAt100x() {
        // 0.05 % per side on notional, two sides, margin = notional / 100.
        assertShows("high-leverage", 0.0005 * 2 * 100 * 100, 0);
    }

    @Test
    void realTimeLeverageRowsAndTheWayBackTo10x() {
        double at61500 = out("position-margin", "side=long&quantity=0.5&entry_price=60000&leverage=10&mark_price=61500", "effective_leverage");
        assertShows("real-time-leverage", 10 - at61500, 1);
        double liquidation = out("liquidation-price", "contract=linear&side=long&entry_price=60000&quantity=0.5&leverage=10&maintenance_margin_pct=0.5", "liquidation_price");
        assertShows("real-time-leverage", 0.5 * liquidation, 2);
        double equity = out("position-margin", "side=long&quantity=0.5&entry_price=60000&leverage=10&mark_price=57000", "equity");
        assertShows("real-time-leverage", 28500.0 / 10, 0);
        assertShows("real-time-leverage", 28500.0 / 10 - equity, 0);
        assertShows("real-time-leverage", equity * 10 / 57000, 4);
    }

    // Merton (1974): equity is a call on assets; σ_E = Ω σ_V; face debt / equity = F / E.
    @Test
    void leverageEffectEquityVolatilityAndDebtRatios() {
        double base = 0;
        for (int assets : new int[] {110, 100, 90, 80}) {
            String q = "type=call&spot=" + assets + "&strike=60&days=365&volatility_pct=20";
            double equity = out("option-leverage", q, "price");
            assertShows("leverage-effect", out("option-leverage", q, "elasticity") * 20, 1);
            assertShows("leverage-effect", 60 / equity, 2);
            if (assets == 100) {
                base = equity;
            }
            if (assets == 90) {
                assertShows("leverage-effect", (equity / base - 1) * 100, 1);
            }
        }
    }

    // Black–Scholes–Merton repricing versus the elasticity estimate; dΩ/dS = Γ S / V + (Ω / S)(1 − Ω).
    @Test
    void nonLinearLeverageRepricingAndDrift() {
        String base = "type=call&strike=2600&days=30&volatility_pct=65&spot=";
        double p0 = out("option-leverage", base + "2400", "price");
        double pUp = out("option-leverage", base + "2640", "price");
        double pDown = out("option-leverage", base + "2160", "price");
        assertShows("non-linear-leverage", (pUp / p0 - 1) * 100, 2);
        assertShows("non-linear-leverage", (pDown / p0 - 1) * 100, 2);
        double omega0 = out("option-leverage", base + "2400", "elasticity");
        assertShows("non-linear-leverage", omega0 * 10, 1);
        double gamma0 = out("option-leverage", base + "2400", "gamma");
        assertShows("non-linear-leverage", gamma0 * 2400 / p0 * 100, 2);
        assertShows("non-linear-leverage", omega0 / 2400 * (1 - omega0) * 100, 2);
        assertShows("non-linear-leverage", (gamma0 * 2400 / p0 + omega0 / 2400 * (1 - omega0)) * 100, 2);
        double omegaUp = out("option-leverage", base + "2640", "elasticity");
        double gammaUp = out("option-leverage", base + "2640", "gamma");
        assertShows("non-linear-leverage", (gammaUp * 2640 / pUp + omegaUp / 2640 * (1 - omegaUp)) * 100, 2);
        assertShows("non-linear-leverage", (omegaUp - omega0) / 2.4, 2);
        for (String spot : new String[] {"2160", "2400", "2640"}) {
            assertShows("non-linear-leverage", out("option-leverage", base + spot, "gamma") * 100, 4);
        }
    }

    @Test
    void deltaVegaBookAggregates() {
        String start = "type=put&spot=3000&strike=2700&days=30&volatility_pct=50";
        String vol = "type=put&spot=3000&strike=2700&days=30&volatility_pct=70";
        String joint = "type=put&spot=2700&strike=2700&days=30&volatility_pct=70";
        double n = 100_000;
        double capital = 30e6;
        double p0 = out("option-leverage", start, "price");
        double d0 = out("option-leverage", start, "delta");
        double vega = out("option-leverage", start, "vega");
        double vanna = out("option-leverage", start, "vanna");
        String s = "delta-vega-systemic-leverage";
        assertShows(s, n * p0 / 1e6, 2);
        assertShows(s, -n * d0, 0);
        assertShows(s, -n * d0 * 3000 / 1e6, 2);
        assertShows(s, -n * d0 * 3000 / capital, 2);
        assertShows(s, n * vega, 0);
        assertShows(s, n * vega * 20 / 1e6, 2);
        assertShows(s, n * vega * 20 / capital * 100, 1);
        assertShows(s, vanna * 20, 4);
        assertShows(s, -n * vanna * 20, 0);
        double p1 = out("option-leverage", vol, "price");
        double d1 = out("option-leverage", vol, "delta");
        double loss1 = n * (p1 - p0);
        assertShows(s, loss1 / 1e6, 2);
        assertShows(s, loss1 / capital * 100, 1);
        assertShows(s, -n * (d1 - d0), 0);
        assertShows(s, -n * (d1 - d0) * 3000 / 1e6, 2);
        assertShows(s, -n * d1, 0);
        assertShows(s, (capital - loss1) / 1e6, 2);
        assertShows(s, -n * d1 * 3000 / (capital - loss1), 2);
        double p2 = out("option-leverage", joint, "price");
        double d2 = out("option-leverage", joint, "delta");
        double loss2 = n * (p2 - p0);
        assertShows(s, loss2 / 1e6, 2);
        assertShows(s, loss2 / capital * 100, 1);
        assertShows(s, -n * d2, 0);
        assertShows(s, -n * d2 * 2700 / 1e6, 2);
        assertShows(s, (capital - loss2) / 1e6, 2);
        assertShows(s, -n * d2 * 2700 / (capital - loss2), 2);
        assertShows(s, -n * (d2 - d0), 0);
        assertShows(s, -n * (d2 - d0) * 2700 / 1e6, 2);
    }

    // Constant-leverage rebalancing: trade = L(L − 1) r V (LeveragedProduct, constant-leverage products).
    @Test
    void leverageDynamicsModelingTradesAndLosses() {
        String s = "leverage-dynamics-modeling";
        double value = 10_000;
        double[] returns = {0.05, -0.08, 0.04};
        for (double r : returns) {
            assertShows(s, 3 * value, 0);
            assertShows(s, 3 * 2 * r * value, r == 0.04 ? 2 : 0);
            value *= 1 + 3 * r;
            assertShows(s, value, value == Math.rint(value) ? 0 : 2);
        }
        // Adrian–Shin: restoring leverage L after return r buys (L − 1) r A.
        assertShows(s, (10 - 1) * 0.01 * 100, 0);
        // CPPI third period: the −20 % return on the exposure at its start.
        assertShows(s, 156_800 * 0.20, 0);
    }

    @Test
    void leverageDynamicsAssessmentBuffersAndCascadeFalls() {
        String s = "leverage-dynamics-assessment";
        double sigma = 0.80;
        assertShows(s, sigma / Math.sqrt(365) * 100, 2);
        for (double leverage : new double[] {3, 5, 10, 20}) {
            double d = -out("liquidation-price", "contract=linear&side=long&entry_price=160&quantity=1&leverage=" + leverage
                    + "&maintenance_margin_pct=0.5", "distance_pct") / 100;
            assertShows(s, d / (sigma * Math.sqrt(1 / 365.0)), 2);
            assertShows(s, d / (sigma * Math.sqrt(3 / 365.0)), 2);
        }
        assertShows(s, 1 / (0.20 * 0.995 + 0.005), 2);
        String positions = "&positions=154:20000,150:30000,145.2:40000,138:60000";
        double low = out("liquidation-cascade", "price=160&shock_pct=5&impact_per_unit=0.0001" + positions, "final_price");
        double high = out("liquidation-cascade", "price=160&shock_pct=5&impact_per_unit=0.00014" + positions, "final_price");
        assertShows(s, (1 - low / 160) * 100, 1);
        assertShows(s, (1 - high / 160) * 100, 1);
        assertShows(s, (0.00014 / 0.0001 - 1) * 100, 0);
    }

    @Test
    void highLeverageEnvironmentCascadeDrop() {
        String s = "high-leverage-environment-analysis";
        double end = out("liquidation-cascade", "price=3200&shock_pct=5&impact_per_unit=0.0125&positions=3070:4000,3000:6000,2925:8000,2770:10000", "final_price");
        assertShows(s, 3200 - end, 0);
        assertShows(s, 3200 * 0.05, 0);
        assertShows(s, 3200 * 0.97, 0);
        assertShows(s, 0.01 * 1095, 2);
    }

    @Test
    void systemicMonitoringBankMustCutExposure() {
        String s = "systemic-leverage-monitoring";
        double before = out("basel-leverage-ratio", "tier1_capital=60&exposure_measure=1400&gsib_surcharge_pct=2", "max_exposure");
        double after = out("basel-leverage-ratio", "tier1_capital=50&exposure_measure=1400&gsib_surcharge_pct=2", "max_exposure");
        assertShows(s, 1400 - after, 0);
        assertShows(s, (1400 - after) / 10, 0);
        assertShows(s, before, 0);
    }
}
