package com.leverageglossary.formulas;

/**
 * A product that resets to constant leverage L every period: its value is multiplied by (1 + L·r) each
 * period and stops at 0 once wiped out (SEC investor alert, "Leveraged and Inverse ETFs"; Cheng and
 * Madhavan, "The Dynamics of Leveraged and Inverse Exchange-Traded Funds", 2009). Returns are fractions.
 */
public final class LeveragedProduct {
    private LeveragedProduct() {
    }

    /** Value after each period, starting from 1: element i is the value after return i. */
    public static double[] path(double leverage, double[] returns) {
        checkLeverage(leverage);
        ArgChecks.notEmpty("returns_pct", returns);
        double[] values = new double[returns.length];
        double value = 1;
        for (int i = 0; i < returns.length; i++) {
            value = Math.max(0, value * (1 + leverage * ArgChecks.returnAboveMinusOne("returns_pct", returns[i])));
            values[i] = ArgChecks.representable("returns_pct", value);
        }
        return values;
    }

    /** The underlying's value after each period, starting from 1. */
    public static double[] underlyingPath(double[] returns) {
        ArgChecks.notEmpty("returns_pct", returns);
        double[] values = new double[returns.length];
        double value = 1;
        for (int i = 0; i < returns.length; i++) {
            value *= 1 + ArgChecks.returnAboveMinusOne("returns_pct", returns[i]);
            values[i] = ArgChecks.representable("returns_pct", value);
        }
        return values;
    }

    /**
     * Expected log drag over {@code years} for volatility σ under continuous rebalancing:
     * {@code (L² − L) σ² T / 2}. The product's value when the underlying ends flat is {@code exp(−drag)}.
     */
    public static double logDrag(double leverage, double volatility, double years) {
        checkLeverage(leverage);
        ArgChecks.nonNegative("volatility_pct", volatility);
        ArgChecks.positive("days", years);
        return (leverage * leverage - leverage) * volatility * volatility * years / 2;
    }

    /** Return of the product when the underlying ends where it started: exp(−drag) − 1. */
    public static double flatMarketReturn(double logDrag) {
        return Math.exp(-logDrag) - 1;
    }

    private static void checkLeverage(double leverage) {
        if (ArgChecks.finite("leverage", leverage) == 0) {
            throw new FormulaDomainException("leverage", "must not be 0");
        }
    }
}
