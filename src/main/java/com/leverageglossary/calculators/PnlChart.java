package com.leverageglossary.calculators;

import java.util.function.DoubleUnaryOperator;

/** Profit and loss against price with entry, liquidation and bankruptcy prices marked; shared by the margin calculators. */
final class PnlChart {
    private static final int POINTS = 60;

    private PnlChart() {
    }

    /**
     * @param liquidation the liquidation price, or null when there is none
     * @param bankruptcy  the bankruptcy price, or null when there is none
     */
    static Chart of(String unit, double entry, Double liquidation, Double bankruptcy, DoubleUnaryOperator pnlAt) {
        double reach = Math.abs(entry - (bankruptcy != null ? bankruptcy : liquidation != null ? liquidation : entry * 0.5));
        double low = Math.max(entry * 1e-6, entry - 1.5 * reach);
        double high = entry + 1.5 * reach;
        double[] prices = new double[POINTS + 1];
        double[] pnl = new double[POINTS + 1];
        for (int i = 0; i <= POINTS; i++) {
            prices[i] = low + (high - low) * i / POINTS;
            pnl[i] = pnlAt.applyAsDouble(prices[i]);
        }
        LineChart chart = new LineChart("Profit and loss against price",
                "Profit and loss in " + unit + " at prices from " + Figures.of(low, 2) + " to " + Figures.of(high, 2)
                        + ", with the entry price" + (liquidation != null ? ", liquidation price" : "")
                        + (bankruptcy != null ? " and bankruptcy price" : "") + " marked.",
                "Price", "PnL (" + unit + ")")
                .series("PnL", prices, pnl)
                .marker(entry, "Entry");
        if (liquidation != null) {
            chart.marker(liquidation, "Liquidation");
        }
        if (bankruptcy != null) {
            chart.marker(bankruptcy, "Bankruptcy");
        }
        return chart.chart();
    }
}
