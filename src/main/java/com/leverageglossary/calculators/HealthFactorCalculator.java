package com.leverageglossary.calculators;

import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.HealthFactor;

import java.util.List;

/** Aave-style health factor of a multi-collateral borrow position. */
final class HealthFactorCalculator {
    /** Placeholder lists for the formula lines, which show symbols only. */
    private static final double[] ONE = {1};
    /** Shown work: dollars to the cent, thresholds as percentages, the health factor to four places as shown. */
    private static final WorkNotation WORK = WorkNotation.decimals(2).percent("LT", 4).decimals("HF", 4)
            .percent("weighted LT", 2).percent("drop", 2);

    private HealthFactorCalculator() {
    }

    static Calculator declaration() {
        return new Calculator("health-factor", "Health factor calculator",
                "Health factor, borrowing headroom and the collateral price drop that triggers liquidation on Aave-style lending markets.",
                List.of("The health factor divides threshold-weighted collateral by debt. Each asset counts at its liquidation threshold, not its loan-to-value: the threshold is where liquidation starts, the LTV only caps new borrowing. Below a health factor of 1 anyone may repay part of the debt and seize collateral at a bonus.",
                        "List collateral values and their thresholds in the same order. The drop to liquidation assumes every collateral asset falls by the same percentage while the debt keeps its value, which is the case for stablecoin debt."),
                List.of(
                        Input.numberList("collateral", "Collateral values", "USD").atLeast(0).example("10000,5000")
                                .help("Value of each collateral asset, comma-separated."),
                        Input.numberList("liquidation_threshold_pct", "Liquidation thresholds", "%").above(0).atMost(100).example("82.5,78")
                                .help("One per collateral asset, in the same order."),
                        Input.number("debt", "Debt", "USD").atLeast(0).example("8000")),
                List.of(
                        Output.number("health_factor", "Health factor", "", 4),
                        Output.number("weighted_liquidation_threshold_pct", "Weighted liquidation threshold", "%", 2),
                        Output.number("borrowing_headroom", "Headroom before liquidation", "USD", 2),
                        Output.number("drop_to_liquidation_pct", "Collateral drop to liquidation", "%", 2),
                        StressGrid.priceOutput("health factor", "", 4)),
                // Placeholder values: a formula line shows only the symbols of its description.
                List.of(HealthFactor.formula(ONE, ONE, 1).line() + ", c = each collateral value, LT = its liquidation threshold",
                        HealthFactor.weightedThresholdFormula(ONE, ONE).line(),
                        HealthFactor.borrowingHeadroomFormula(ONE, ONE, 1).line(),
                        HealthFactor.dropToLiquidationFormula(1).line() + " (drop to liquidation)"),
                HealthFactorCalculator::compute,
                FormulaFields.of("collateral", "collateral").and("liquidationThresholds", "liquidation_threshold_pct").and("debt", "debt")
                        .and("healthFactor", "collateral"));
    }

    private static Result compute(Inputs in) {
        double[] collateral = in.numbers("collateral");
        double[] thresholds = in.fractions("liquidation_threshold_pct");
        double debt = in.number("debt");
        Result.Builder result = Result.builder();
        Double hf = null;
        if (debt > 0) {
            Formula healthFactor = HealthFactor.formula(collateral, thresholds, debt);
            hf = healthFactor.value();
            result.work(WORK.line(healthFactor));
            if (hf < 1) {
                result.note("The health factor is below 1: the position can be liquidated now.");
            }
        } else {
            result.note("With no debt the health factor is undefined (Aave shows it as infinite).");
        }
        Formula weighted = HealthFactor.weightedThresholdFormula(collateral, thresholds);
        Formula headroom = HealthFactor.borrowingHeadroomFormula(collateral, thresholds, debt);
        result.put("health_factor", hf)
                .percent("weighted_liquidation_threshold_pct", weighted.value())
                .put("borrowing_headroom", headroom.value())
                .work(WORK.line(weighted))
                .work(WORK.line(headroom, "USD"));
        if (hf != null && hf > 0) {
            Formula drop = HealthFactor.dropToLiquidationFormula(hf);
            result.percent("drop_to_liquidation_pct", drop.value()).work(WORK.line(drop));
        } else {
            result.put("drop_to_liquidation_pct", null);
        }
        Double current = hf;
        result.put(StressGrid.NAME, StressGrid.overPrice((priceShock, volShock) -> {
            if (current == null) {
                return new StressGrid.Cell(null, false);
            }
            double shocked = HealthFactor.afterPriceShock(current, priceShock);
            return new StressGrid.Cell(shocked, HealthFactor.isLiquidatable(shocked));
        }));
        return result
                .note("Stress test: every collateral price moves by the shock while the debt keeps its value; a cell is liquidated when the health factor falls below 1.")
                .note("Headroom is the debt that could be added before the health factor reaches 1; the LTV cap on new borrowing is lower.")
                .build();
    }
}
