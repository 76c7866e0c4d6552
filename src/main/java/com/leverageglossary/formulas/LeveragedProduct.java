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
        ArgChecks.notEmpty("returns", returns);
        double[] values = new double[returns.length];
        double value = 1;
        for (int i = 0; i < returns.length; i++) {
            value = Math.max(0, value * (1 + leverage * ArgChecks.returnAboveMinusOne("returns", returns[i])));
            values[i] = ArgChecks.representable("returns", value);
        }
        return values;
    }

    /** The underlying's value after each period, starting from 1. */
    public static double[] underlyingPath(double[] returns) {
        ArgChecks.notEmpty("returns", returns);
        double[] values = new double[returns.length];
        double value = 1;
        for (int i = 0; i < returns.length; i++) {
            value *= 1 + ArgChecks.returnAboveMinusOne("returns", returns[i]);
            values[i] = ArgChecks.representable("returns", value);
        }
        return values;
    }

    /** The value a path that starts at 1 ends at, less 1: its total return. */
    public static double totalReturn(double[] path) {
        ArgChecks.notEmpty("path", path);
        return ArgChecks.nonNegative("path", path[path.length - 1]) - 1;
    }

    /** Whether the path reached 0, where a constant-leverage product stays. */
    public static boolean wipedOut(double[] path) {
        ArgChecks.notEmpty("path", path);
        return path[path.length - 1] == 0;
    }

    /** L × the underlying's return: what holding the product for the period naively promises. */
    public static double naiveReturn(double leverage, double underlyingReturn) {
        checkLeverage(leverage);
        return leverage * ArgChecks.finite("underlyingReturn", underlyingReturn);
    }

    /** The naive value path 1 + L × (underlying value − 1), to set beside the product's {@link #path}. */
    public static double[] naivePath(double leverage, double[] underlyingPath) {
        double[] values = new double[underlyingPath.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1 + naiveReturn(leverage, ArgChecks.nonNegative("underlyingPath", underlyingPath[i]) - 1);
        }
        return values;
    }

    /** Naive return − the product's return: the decay, in the units of the returns given. */
    public static double decay(double naiveReturn, double productReturn) {
        return ArgChecks.finite("naiveReturn", naiveReturn) - ArgChecks.finite("productReturn", productReturn);
    }

    /**
     * Expected log drag over {@code years} for volatility σ under continuous rebalancing:
     * {@code (L² − L) σ² T / 2}. The product's value when the underlying ends flat is {@code exp(−drag)}.
     */
    public static double logDrag(double leverage, double volatility, double years) {
        checkLeverage(leverage);
        ArgChecks.nonNegative("volatility", volatility);
        ArgChecks.positive("years", years);
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
