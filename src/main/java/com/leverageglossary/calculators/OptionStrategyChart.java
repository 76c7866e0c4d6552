package com.leverageglossary.calculators;

import com.leverageglossary.formulas.OptionStrategy;
import com.leverageglossary.formulas.StrategyLeg;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A strategy's P&amp;L at the nearest expiry and today against the underlying's price, with spot and breakevens marked. */
final class OptionStrategyChart {
    private static final int POINTS = 60;
    private static final double MARGIN_BELOW = 0.7;
    private static final double MARGIN_ABOVE = 1.3;

    private OptionStrategyChart() {
    }

    /** Over prices from 70 % of the lowest of spot, strikes and breakevens to 130 % of the highest. */
    static Chart of(OptionStrategy strategy, List<StrategyLeg> legs, double spot, double premium, double[] breakevens) {
        double low = spot;
        double high = spot;
        for (StrategyLeg leg : legs) {
            low = Math.min(low, leg.strike());
            high = Math.max(high, leg.strike());
        }
        for (double breakeven : breakevens) {
            low = Math.min(low, breakeven);
            high = Math.max(high, breakeven);
        }
        low *= MARGIN_BELOW;
        high *= MARGIN_ABOVE;
        double[] prices = new double[POINTS + 1];
        double[] atExpiry = new double[POINTS + 1];
        double[] today = new double[POINTS + 1];
        for (int i = 0; i <= POINTS; i++) {
            prices[i] = low + (high - low) * i / POINTS;
            atExpiry[i] = strategy.pnlAtHorizon(prices[i], premium);
            today[i] = strategy.pnlToday(prices[i], 0);
        }
        String marked = breakevens.length == 0 ? "no breakeven"
                : "breakevens at " + Arrays.stream(breakevens).mapToObj(b -> Figures.of(b, 2)).collect(Collectors.joining(", "));
        LineChart chart = new LineChart("Profit and loss against price",
                "Profit and loss at the nearest expiry and today for prices from " + Figures.of(low, 2) + " to " + Figures.of(high, 2)
                        + ", with spot at " + Figures.of(spot, 2) + " and " + marked + ".",
                "Price", "P&L (USD)")
                .series("At expiry", prices, atExpiry)
                .series("Today", prices, today)
                .marker(spot, "Spot");
        for (double breakeven : breakevens) {
            chart.marker(breakeven, "Breakeven");
        }
        return chart.chart();
    }
}
