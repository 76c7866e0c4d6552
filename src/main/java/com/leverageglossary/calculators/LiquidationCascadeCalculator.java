package com.leverageglossary.calculators;

import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.LiquidationCascade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stylised cascade of long liquidations after a price shock. */
final class LiquidationCascadeCalculator {
    /** Rounds shown in the work; the rounds table lists every one. */
    private static final int SHOWN_ROUNDS = 5;
    /** Shown work: prices and sizes to the cent, the shock as a percentage, amplification to four places. */
    private static final WorkNotation WORK = WorkNotation.decimals(2).percent("shock", 4).decimals("impact", 4)
            .decimals("amplification", 4);

    private LiquidationCascadeCalculator() {
    }

    static Calculator declaration() {
        return new Calculator("liquidation-cascade", "Liquidation cascade calculator",
                "How a price shock sets off rounds of forced selling when leveraged longs cluster their liquidation prices below the market.",
                List.of("Each round liquidates every long whose liquidation price is at or above the current price and sells its size into the market, which lowers the price by the impact per unit sold. If that pushes the price through the next cluster of liquidation prices, another round follows. The cascade stops when a round liquidates nothing.",
                        "Amplification compares the total fall with the initial shock: 1 means the liquidations added nothing, 3 means forced selling tripled the move. The model is deliberately simple (linear impact, no new buyers, no partial liquidations), so read it as an illustration of why clustered leverage is fragile, not as a forecast."),
                List.of(
                        Input.number("price", "Starting price", "USD").above(0).example("60000"),
                        Input.number("shock_pct", "Initial shock", "%").above(0).below(100).example("3"),
                        Input.number("impact_per_unit", "Price impact per unit sold", "USD").atLeast(0).example("6"),
                        Input.pairList("positions", "Leveraged longs", "liquidation price:size").above(0).example("58500:120,57500:200,56500:300,53000:500")
                                .help("Comma-separated liquidation price:size pairs, e.g. 58500:120.")),
                List.of(
                        Output.rows("rounds", "Rounds", 2, "liquidated_size", "price_after"),
                        Output.number("final_price", "Final price", "USD", 2),
                        Output.number("total_liquidated", "Total liquidated", "units", 2),
                        Output.number("amplification", "Amplification", "×", 2)),
                // Placeholder values: a formula line shows only the symbols of its description.
                List.of(LiquidationCascade.priceAfterShockFormula(1, 0.5).line() + ", P = starting price",
                        "each round: liquidate every long with liquidation price ≥ the current price, then "
                                + LiquidationCascade.roundFormula(1, 0, 0).line() + ", size = the size liquidated",
                        "stop when a round liquidates nothing",
                        LiquidationCascade.amplificationFormula(1, 0.5, 0).line()),
                LiquidationCascadeCalculator::compute,
                FormulaFields.of("price", "price").and("shock", "shock_pct").and("impactPerUnit", "impact_per_unit")
                        .and("liquidationPrices", "positions").and("sizes", "positions")
                        .and("finalPrice", "impact_per_unit"));
    }

    private static Result compute(Inputs in) {
        double price = in.number("price");
        double shock = in.fraction("shock_pct");
        double[][] positions = in.pairs("positions");
        double impact = in.number("impact_per_unit");
        List<LiquidationCascade.Round> rounds = LiquidationCascade.run(price, shock, impact, positions[0], positions[1]);
        Formula afterShockFormula = LiquidationCascade.priceAfterShockFormula(price, shock);
        double afterShock = afterShockFormula.value();
        double finalPrice = LiquidationCascade.finalPrice(price, shock, rounds);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LiquidationCascade.Round round : rounds) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("liquidated_size", round.liquidatedSize());
            row.put("price_after", round.priceAfter());
            rows.add(row);
        }
        Formula amplification = LiquidationCascade.amplificationFormula(price, shock, finalPrice);
        Result.Builder result = Result.builder()
                .put("rounds", rows)
                .put("final_price", finalPrice)
                .put("total_liquidated", LiquidationCascade.totalLiquidated(rounds))
                .put("amplification", amplification.value())
                .work(WORK.line(afterShockFormula, "USD"));
        // Each round's sale, as the formula computed it; a long cascade shows its first rounds (the table has them all).
        double before = afterShock;
        for (int i = 0; i < Math.min(rounds.size(), SHOWN_ROUNDS); i++) {
            Formula round = LiquidationCascade.roundFormula(before, impact, rounds.get(i).liquidatedSize());
            result.work(WORK.line(round.renamed("price after round " + (i + 1)), "USD"));
            before = round.value();
        }
        result.work(WORK.line(amplification, "×"));
        if (rounds.isEmpty()) {
            result.note("The shock reached no liquidation price, so nothing was liquidated.");
        }
        if (finalPrice == 0) {
            result.note("Forced selling drove the price to 0; the model has no buyers left to stop it.");
        }
        return result.chart(CascadeChart.svg(price, afterShock, rounds)).build();
    }
}
