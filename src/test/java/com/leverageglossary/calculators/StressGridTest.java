package com.leverageglossary.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared scenario grid as health-factor and leverage-loop use it: values and the liquidated flag per price shock. */
class StressGridTest {
    private static final CalculatorRegistry REGISTRY = CalculatorRegistry.standard();

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> stress(String id, Map<String, List<String>> query) {
        Evaluation evaluation = REGISTRY.find(id).orElseThrow().evaluate(query);
        assertThat(evaluation.errors()).isEmpty();
        return (List<Map<String, Object>>) evaluation.result().outputs().get("stress");
    }

    @Test
    void healthFactorScalesWithThePriceAndIsLiquidatedBelowOne() {
        // HF = (10,000 × 0.825 + 5,000 × 0.78) ÷ 8,000 = 1.51875; a −40 % shock leaves 0.91125 (< 1), −30 % leaves 1.063125.
        List<Map<String, Object>> rows = stress("health-factor", Map.of(
                "collateral", List.of("10000,5000"), "liquidation_threshold_pct", List.of("82.5,78"), "debt", List.of("8000")));

        assertThat(rows).hasSize(11);
        assertThat(rows.get(0)).containsOnlyKeys("price_shock_pct", "value", "liquidated");
        assertThat((Double) rows.get(5).get("value")).isCloseTo(1.51875, within(1e-12));
        assertThat((Double) rows.get(1).get("value")).isCloseTo(0.91125, within(1e-12));
        assertThat(rows.get(1)).containsEntry("price_shock_pct", -40.0).containsEntry("liquidated", true);
        assertThat(rows.get(2)).containsEntry("price_shock_pct", -30.0).containsEntry("liquidated", false);
    }

    @Test
    void healthFactorWithoutDebtHasNoValueAndIsNeverLiquidated() {
        List<Map<String, Object>> rows = stress("health-factor", Map.of(
                "collateral", List.of("1000"), "liquidation_threshold_pct", List.of("80"), "debt", List.of("0")));

        assertThat(rows).allSatisfy(row -> assertThat(row).containsEntry("value", null).containsEntry("liquidated", false));
    }

    @Test
    void loopLeverageRisesAsThePriceFallsUntilTheEquityIsGone() {
        // Deposit 1, LTV 75 %, 3 loops: collateral 2.734375, debt 1.734375. At −30 %: 1.9140625 ÷ 0.1796875 = 10.652;
        // HF = 1.9140625 × 0.8 ÷ 1.734375 = 0.883 < 1, liquidated. At −40 % the collateral (1.640625) is below the debt.
        List<Map<String, Object>> rows = stress("leverage-loop", Map.of(
                "deposit", List.of("1"), "ltv_pct", List.of("75"), "loops", List.of("3")));

        assertThat((Double) rows.get(5).get("value")).isCloseTo(2.734375, within(1e-12));
        assertThat((Double) rows.get(2).get("value")).isCloseTo(1.9140625 / 0.1796875, within(1e-9));
        assertThat(rows.get(2)).containsEntry("liquidated", true);
        assertThat(rows.get(1)).containsEntry("value", null).containsEntry("liquidated", true);
        assertThat(rows.get(10)).containsEntry("liquidated", false);
    }
}
