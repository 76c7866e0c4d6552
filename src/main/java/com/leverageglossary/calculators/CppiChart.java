package com.leverageglossary.calculators;

import com.leverageglossary.formulas.Cppi;
import java.util.List;

/** A CPPI portfolio's value, floor and risky exposure by period; drawn by the CPPI calculator. */
final class CppiChart {
    private CppiChart() {
    }

    /** Period 0 is the start; the exposure chosen at the start of each period is held through it. */
    static Chart of(double value, double floor, List<Cppi.Step> steps) {
        int n = steps.size();
        double[] periods = new double[n + 1];
        double[] values = new double[n + 1];
        double[] floors = new double[n + 1];
        double[] exposures = new double[n + 1];
        values[0] = value;
        floors[0] = floor;
        for (int i = 0; i < n; i++) {
            periods[i + 1] = i + 1;
            values[i + 1] = steps.get(i).value();
            floors[i + 1] = steps.get(i).floor();
            exposures[i] = steps.get(i).exposure();
        }
        exposures[n] = exposures[Math.max(0, n - 1)];
        return new LineChart("CPPI value, floor and exposure by period",
                "Portfolio value, floor and risky exposure over " + n + " periods, starting from a value of " + Figures.of(value, 2) + ".",
                "Period", "USD")
                .series("Value", periods, values)
                .series("Floor", periods, floors)
                .series("Exposure", periods, exposures)
                .steps()
                .chart();
    }
}
