package com.leverageglossary.formulas;

import org.apache.commons.numbers.gamma.Erfc;

/** The standard normal density and distribution function; erfc from Commons Numbers keeps full precision in the tails. */
final class NormalDistribution {
    private static final double SQRT_TWO = Math.sqrt(2);
    private static final double ONE_OVER_SQRT_TWO_PI = 1 / Math.sqrt(2 * Math.PI);

    private NormalDistribution() {
    }

    static double density(double x) {
        return ONE_OVER_SQRT_TWO_PI * Math.exp(-0.5 * x * x);
    }

    static double cumulative(double x) {
        return 0.5 * Erfc.value(-x / SQRT_TWO);
    }
}
