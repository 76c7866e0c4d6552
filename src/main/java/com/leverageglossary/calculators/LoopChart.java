package com.leverageglossary.calculators;

import com.leverageglossary.formulas.LendingLoop;

/** Leverage of a lending loop against the number of loops, approaching its limit; drawn by the leverage-loop calculator. */
final class LoopChart {
    /** Enough loops to show the approach to the limit even when few are chosen. */
    private static final int MIN_LOOPS = 10;

    private LoopChart() {
    }

    static Chart of(double deposit, double ltv, int loops, double max) {
        int last = Math.max(loops, MIN_LOOPS);
        double[] xs = new double[last + 1];
        double[] exposure = new double[last + 1];
        double[] limit = new double[last + 1];
        for (int n = 0; n <= last; n++) {
            xs[n] = n;
            exposure[n] = LendingLoop.leverage(deposit, LendingLoop.collateral(deposit, ltv, n));
            limit[n] = max;
        }
        return new LineChart("Leverage against number of loops",
                "Leverage after 0 to " + last + " loops at " + Figures.percent(ltv, 2) + " % LTV, approaching the limit of "
                        + Figures.of(max, 2) + "×; the chosen " + loops + " loops are marked.",
                "Loops", "Leverage (×)")
                .series("Leverage", xs, exposure)
                .series("Limit 1 ÷ (1 − λ)", xs, limit)
                .marker(loops, loops + " loops")
                .chart();
    }
}
