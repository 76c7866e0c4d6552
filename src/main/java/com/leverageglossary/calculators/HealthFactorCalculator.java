package com.leverageglossary.calculators;

import com.leverageglossary.formulas.HealthFactor;

import java.util.List;

/** Aave-style health factor of a multi-collateral borrow position. */
final class HealthFactorCalculator {
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
                List.of("HF = Σ(collateral × LT) ÷ debt",
                        "weighted LT = Σ(collateral × LT) ÷ Σ collateral",
                        "headroom = Σ(collateral × LT) − debt",
                        "drop to liquidation = (1 − 1 ÷ HF) × 100"),
                HealthFactorCalculator::compute,
                FormulaFields.of("collateral", "collateral").and("liquidationThresholds", "liquidation_threshold_pct").and("debt", "debt")
                        .and("healthFactor", "collateral"));
    }

    private static Result compute(Inputs in) {
        double[] collateral = in.numbers("collateral");
        double[] thresholds = in.fractions("liquidation_threshold_pct");
        double debt = in.number("debt");
        double weighted = HealthFactor.thresholdWeightedCollateral(collateral, thresholds);
        Result.Builder result = Result.builder();
        Double hf = null;
        if (debt > 0) {
            hf = HealthFactor.of(collateral, thresholds, debt);
            result.work("HF = " + Figures.of(weighted, 2) + " ÷ " + Figures.of(debt, 2) + " = " + Figures.of(hf, 4));
            if (hf < 1) {
                result.note("The health factor is below 1: the position can be liquidated now.");
            }
        } else {
            result.note("With no debt the health factor is undefined (Aave shows it as infinite).");
        }
        result.put("health_factor", hf)
                .percent("weighted_liquidation_threshold_pct", HealthFactor.weightedThreshold(collateral, thresholds))
                .put("borrowing_headroom", HealthFactor.borrowingHeadroom(collateral, thresholds, debt));
        if (hf != null && hf > 0) {
            result.percent("drop_to_liquidation_pct", HealthFactor.dropToLiquidation(hf));
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
        return result.work("Σ(collateral × LT) = " + Figures.of(weighted, 2))
                .note("Stress test: every collateral price moves by the shock while the debt keeps its value; a cell is liquidated when the health factor falls below 1.")
                .note("Headroom is the debt that could be added before the health factor reaches 1; the LTV cap on new borrowing is lower.")
                .build();
    }
}
