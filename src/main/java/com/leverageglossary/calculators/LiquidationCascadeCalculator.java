package com.leverageglossary.calculators;

import com.leverageglossary.formulas.LiquidationCascade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stylised cascade of long liquidations after a price shock. */
final class LiquidationCascadeCalculator {
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
                List.of("price after shock = price × (1 − shock)",
                        "each round: liquidate every long with liquidation price ≥ current price; price −= impact × size liquidated",
                        "stop when a round liquidates nothing",
                        "amplification = (starting price − final price) ÷ (starting price × shock)"),
                LiquidationCascadeCalculator::compute,
                FormulaFields.of("price", "price").and("shock", "shock_pct").and("impactPerUnit", "impact_per_unit")
                        .and("liquidationPrices", "positions").and("sizes", "positions")
                        .and("finalPrice", "impact_per_unit"));
    }

    private static Result compute(Inputs in) {
        double price = in.number("price");
        double shock = in.fraction("shock_pct");
        double[][] positions = in.pairs("positions");
        List<LiquidationCascade.Round> rounds = LiquidationCascade.run(price, shock, in.number("impact_per_unit"), positions[0], positions[1]);
        double afterShock = LiquidationCascade.priceAfterShock(price, shock);
        double finalPrice = LiquidationCascade.finalPrice(price, shock, rounds);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LiquidationCascade.Round round : rounds) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("liquidated_size", round.liquidatedSize());
            row.put("price_after", round.priceAfter());
            rows.add(row);
        }
        double amplification = LiquidationCascade.amplification(price, shock, finalPrice);
        Result.Builder result = Result.builder()
                .put("rounds", rows)
                .put("final_price", finalPrice)
                .put("total_liquidated", LiquidationCascade.totalLiquidated(rounds))
                .put("amplification", amplification)
                .work("price after shock = " + Figures.of(price, 2) + " × (1 − " + Figures.of(shock, 4) + ") = " + Figures.of(afterShock, 2))
                .work("amplification = (" + Figures.of(price, 2) + " − " + Figures.of(finalPrice, 2) + ") ÷ (" + Figures.of(price, 2) + " × "
                        + Figures.of(shock, 4) + ") = " + Figures.of(amplification, 2));
        if (rounds.isEmpty()) {
            result.note("The shock reached no liquidation price, so nothing was liquidated.");
        }
        if (finalPrice == 0) {
            result.note("Forced selling drove the price to 0; the model has no buyers left to stop it.");
        }
        return result.chart(CascadeChart.of(price, afterShock, rounds)).build();
    }
}
