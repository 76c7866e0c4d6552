package com.leverageglossary.calculators;

import com.leverageglossary.formulas.BlackScholesMerton;
import com.leverageglossary.formulas.OptionType;
import java.util.List;

/** An option's value and delta against spot, with spot and strike marked; drawn by the option-leverage calculator. */
final class OptionCharts {
    private static final int POINTS = 60;

    private OptionCharts() {
    }

    /** Two charts over spot prices from half the lower of spot and strike to one and a half times the higher. */
    static List<Chart> of(OptionType type, double spot, double strike, double years, double vol, double rate, double yield) {
        double low = Math.min(spot, strike) * 0.5;
        double high = Math.max(spot, strike) * 1.5;
        double[] spots = new double[POINTS + 1];
        double[] values = new double[POINTS + 1];
        double[] deltas = new double[POINTS + 1];
        for (int i = 0; i <= POINTS; i++) {
            spots[i] = low + (high - low) * i / POINTS;
            BlackScholesMerton point = BlackScholesMerton.of(type, spots[i], strike, years, vol, rate, yield);
            values[i] = point.price();
            deltas[i] = point.delta();
        }
        String range = " for spot prices from " + Figures.of(low, 2) + " to " + Figures.of(high, 2) + ", with the current spot and the strike marked.";
        Chart value = new LineChart("Option value against spot", "Black–Scholes–Merton value" + range, "Spot", "Value (USD)")
                .series("Value", spots, values).marker(spot, "Spot").marker(strike, "Strike").chart();
        Chart delta = new LineChart("Delta against spot", "Delta" + range, "Spot", "Delta")
                .series("Delta", spots, deltas).marker(spot, "Spot").marker(strike, "Strike").chart();
        return List.of(value, delta);
    }
}
