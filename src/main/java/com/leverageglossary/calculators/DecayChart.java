package com.leverageglossary.calculators;

import com.leverageglossary.formulas.LeveragedProduct;

/** A constant-leverage product's value along a return path against the naive 1 + L × underlying; drawn by the volatility-decay calculator. */
final class DecayChart {
    private DecayChart() {
    }

    /** Both paths start at 1 at period 0; element i of {@code product} and {@code underlying} is the value after period i + 1. */
    static Chart of(double leverage, double[] product, double[] underlying) {
        int n = product.length;
        double[] naive = LeveragedProduct.naivePath(leverage, underlying);
        double[] periods = new double[n + 1];
        double[] productValues = new double[n + 1];
        double[] naiveValues = new double[n + 1];
        productValues[0] = 1;
        naiveValues[0] = 1;
        for (int i = 0; i < n; i++) {
            periods[i + 1] = i + 1;
            productValues[i + 1] = product[i];
            naiveValues[i + 1] = naive[i];
        }
        return new LineChart("Product value along the return path",
                "Value of the " + Figures.of(leverage, 2) + "× product over " + n + " periods, starting at 1, against 1 + leverage × the underlying's cumulative return.",
                "Period", "Value")
                .series("Product", periods, productValues)
                .series("1 + L × underlying return", periods, naiveValues)
                .chart();
    }
}
