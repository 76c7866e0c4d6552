package com.leverageglossary.calculators;

import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.HealthFactor;
import com.leverageglossary.formulas.LendingLoop;

import java.util.List;
import java.util.OptionalDouble;

/** A borrow-and-redeposit loop on a lending market. */
final class LeverageLoopCalculator {
    /**
     * Shown work: amounts up to four places (a deposit may be a few coins), rates as percentages, the health factor
     * and leverage to four places as the outputs show them.
     */
    private static final WorkNotation WORK = WorkNotation.trimmed(4).decimals("HF", 4).decimals("leverage", 4)
            .decimals("limit", 4).percent("λ", 4).percent("LT", 4)
            .percent("supply APY", 4).percent("borrow APY", 4).percent("net APY", 2).percent("drop", 2);

    private LeverageLoopCalculator() {
    }

    static Calculator declaration() {
        return new Calculator("leverage-loop", "Leverage loop calculator",
                "Collateral, debt, leverage, health factor and liquidation price of a lending-market loop after n borrow-and-redeposit rounds.",
                List.of("A loop deposits collateral, borrows against it at a loan-to-value ratio, buys more of the collateral with the loan and deposits that too. Each round adds λ times the previous round's deposit, so collateral is a geometric series that approaches deposit ÷ (1 − λ): at 75 % LTV the ceiling is 4×, whatever the number of rounds.",
                        "The health factor compares threshold-weighted collateral with debt, as Aave and Spark compute it. Deposit, collateral and debt share one unit (coins, or their value at the starting price); the debt is taken to be a stable asset, so the liquidation price is the collateral price at which the health factor reaches 1. Net APY is the supply yield on all collateral minus the borrow cost of the debt, as a percentage of the original deposit."),
                List.of(
                        Input.number("deposit", "Deposit", "coins or USD").above(0).example("10000")
                                .help("The starting collateral, in coins or its value; collateral and debt come out in the same unit."),
                        Input.number("ltv_pct", "Loan-to-value per round", "%").atLeast(0).below(100).example("75"),
                        Input.integer("loops", "Loops").atLeast(0).atMost(LendingLoop.MAX_LOOPS).example("3")
                                .help("Borrow-and-redeposit rounds after the first deposit."),
                        Input.number("liquidation_threshold_pct", "Liquidation threshold", "%").defaultsTo(80.0).above(0).atMost(100),
                        Input.number("price", "Collateral price", "USD").defaultsTo(1.0).above(0)
                                .help("Today's price of the collateral asset; it only sets the liquidation price."),
                        Input.number("supply_apy_pct", "Supply APY", "%").defaultsTo(0.0).atLeast(-100).atMost(1000),
                        Input.number("borrow_apy_pct", "Borrow APY", "%").defaultsTo(0.0).atLeast(-100).atMost(1000)),
                List.of(
                        Output.number("collateral", "Collateral", "deposit units", 2),
                        Output.number("debt", "Debt", "deposit units", 2),
                        Output.number("leverage", "Leverage", "×", 4),
                        Output.number("max_leverage", "Limit as loops grow", "×", 4),
                        Output.number("health_factor", "Health factor", "", 4),
                        Output.number("liquidation_price", "Liquidation price", "USD", 4),
                        Output.number("drop_to_liquidation_pct", "Drop to liquidation", "%", 2),
                        Output.number("net_apy_pct", "Net APY on deposit", "%", 2),
                        StressGrid.priceOutput("leverage", "×", 4)),
                // Placeholder values: a formula line shows only the symbols of its description.
                List.of(LendingLoop.collateralFormula(1, 0, 0).line() + ", D = deposit, λ = loan-to-value, n = loops",
                        LendingLoop.debtFormula(1, 1).line(),
                        LendingLoop.leverageFormula(1, 1).line() + "; " + LendingLoop.maxLeverageFormula(0).line(),
                        HealthFactor.formula(new double[] {1}, new double[] {1}, 1).line() + " with c = collateral, LT = liquidation threshold",
                        HealthFactor.liquidationPriceFormula(1, 1).line() + "; " + HealthFactor.dropToLiquidationFormula(1).line(),
                        LendingLoop.netApyFormula(1, 1, 0, 0, 0).line()),
                LeverageLoopCalculator::compute,
                FormulaFields.of("deposit", "deposit").and("loanToValue", "ltv_pct").and("loops", "loops")
                        .and("liquidationThresholds", "liquidation_threshold_pct").and("price", "price")
                        .and("supplyApy", "supply_apy_pct").and("borrowApy", "borrow_apy_pct")
                        // Collateral, debt and health factor all follow from the loan-to-value.
                        .and("collateral", "ltv_pct").and("debt", "ltv_pct").and("healthFactor", "ltv_pct"));
    }

    private static Result compute(Inputs in) {
        double deposit = in.number("deposit");
        double ltv = in.fraction("ltv_pct");
        int loops = in.integer("loops");
        double threshold = in.fraction("liquidation_threshold_pct");
        double price = in.number("price");
        if (ltv >= threshold) {
            throw new InputException("ltv_pct", "must be below the liquidation threshold, or the loop is liquidatable as soon as it borrows");
        }
        Formula collateralFormula = LendingLoop.collateralFormula(deposit, ltv, loops);
        double collateral = collateralFormula.value();
        Formula debtFormula = LendingLoop.debtFormula(deposit, collateral);
        double debt = debtFormula.value();
        Formula leverage = LendingLoop.leverageFormula(deposit, collateral);
        Formula max = LendingLoop.maxLeverageFormula(ltv);
        Formula netApy = LendingLoop.netApyFormula(deposit, collateral, debt, in.fraction("supply_apy_pct"), in.fraction("borrow_apy_pct"));
        Result.Builder result = Result.builder()
                .put("collateral", collateral)
                .put("debt", debt)
                .put("leverage", leverage.value())
                .put("max_leverage", max.value())
                .work(WORK.line(collateralFormula))
                .work(WORK.line(debtFormula))
                .work(WORK.line(leverage, "×"))
                .work(WORK.line(max, "×"));
        if (debt > 0) {
            Formula hf = HealthFactor.formula(new double[] {collateral}, new double[] {threshold}, debt);
            Formula liquidationPrice = HealthFactor.liquidationPriceFormula(price, hf.value());
            Formula drop = HealthFactor.dropToLiquidationFormula(hf.value());
            result.put("health_factor", hf.value())
                    .put("liquidation_price", liquidationPrice.value())
                    .percent("drop_to_liquidation_pct", drop.value())
                    .work(WORK.line(hf))
                    .work(WORK.line(liquidationPrice, "USD"))
                    .work(WORK.line(drop));
        } else {
            result.put("health_factor", null).put("liquidation_price", null).put("drop_to_liquidation_pct", null)
                    .note("With no loops there is no debt, so the health factor and liquidation price are undefined.");
        }
        result.percent("net_apy_pct", netApy.value()).work(WORK.line(netApy));
        result.put(StressGrid.NAME, StressGrid.overPrice((priceShock, volShock) -> {
            OptionalDouble shocked = LendingLoop.leverageAfterPriceShock(collateral, debt, priceShock);
            boolean liquidated = debt > 0 && HealthFactor.isLiquidatable(
                    HealthFactor.afterPriceShock(HealthFactor.of(new double[] {collateral}, new double[] {threshold}, debt), priceShock));
            return new StressGrid.Cell(shocked.isPresent() ? shocked.getAsDouble() : null, liquidated);
        }));
        return result
                .note("Stress test: the collateral price moves by the shock while the debt keeps its value; each cell shows the leverage on the equity left (— where none is left), and is liquidated when the health factor falls below 1.")
                .note("Collateral and debt are in the deposit's unit, valued at the starting price; the debt is a stable asset, so only the collateral price moves the health factor. Interest accrual, fees and slippage are ignored.")
                .chart(LoopChart.of(deposit, ltv, loops, max.value()))
                .build();
    }
}
