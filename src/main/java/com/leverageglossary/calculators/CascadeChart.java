package com.leverageglossary.calculators;

import com.leverageglossary.formulas.LiquidationCascade;
import java.util.List;

/** The price at each step of a liquidation cascade; drawn by the liquidation-cascade calculator. */
final class CascadeChart {
    private CascadeChart() {
    }

    /** Step 0 is the starting price, step 1 the price after the shock, then one step per round. */
    static Chart of(double price, double afterShock, List<LiquidationCascade.Round> rounds) {
        int n = rounds.size();
        double[] xs = new double[n + 2];
        double[] prices = new double[n + 2];
        prices[0] = price;
        xs[1] = 1;
        prices[1] = afterShock;
        for (int i = 0; i < n; i++) {
            xs[i + 2] = i + 2;
            prices[i + 2] = rounds.get(i).priceAfter();
        }
        return new LineChart("Price by cascade round",
                "Price before the shock (0), after the shock (1) and after each of " + n + " liquidation rounds.",
                "Step (0 start, 1 shock)", "Price (USD)")
                .series("Price", xs, prices)
                .steps()
                .chart();
    }
}
