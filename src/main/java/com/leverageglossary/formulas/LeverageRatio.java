package com.leverageglossary.formulas;

/**
 * Exposure over equity. Gross leverage sums absolute notionals; net leverage lets longs and shorts
 * offset (shorts negative), the distinction the BIS and prime brokers draw between gross and net exposure.
 */
public final class LeverageRatio {
    private LeverageRatio() {
    }

    /** Σ|notional| / equity. */
    public static double gross(double equity, double[] signedNotionals) {
        return grossNotional(signedNotionals) / ArgChecks.positive("equity", equity);
    }

    /** Σ notional / equity: negative when the book is net short. */
    public static double net(double equity, double[] signedNotionals) {
        return netNotional(signedNotionals) / ArgChecks.positive("equity", equity);
    }

    /** Equity as a percentage of gross notional: the margin the book effectively posts. */
    public static double marginPct(double equity, double[] signedNotionals) {
        return ArgChecks.positive("equity", equity) / grossNotional(signedNotionals) * 100;
    }

    /** The uniform adverse move that erases equity at this gross leverage, in percent: 100 / L. */
    public static double adverseMoveToWipeoutPct(double grossLeverage) {
        return 100 / ArgChecks.positive("grossLeverage", grossLeverage);
    }

    /** Σ|notional|: every position counted whatever its direction; never 0. */
    public static double grossNotional(double[] signedNotionals) {
        ArgChecks.notEmpty("signedNotionals", signedNotionals);
        double sum = 0;
        for (double n : signedNotionals) {
            sum += Math.abs(ArgChecks.finite("signedNotionals", n));
        }
        if (sum == 0) {
            throw new FormulaDomainException("signedNotionals", "must not be 0: there is no exposure to measure");
        }
        return sum;
    }

    /** Σ notional: longs and shorts offset. */
    public static double netNotional(double[] signedNotionals) {
        ArgChecks.notEmpty("signedNotionals", signedNotionals);
        double sum = 0;
        for (double n : signedNotionals) {
            sum += ArgChecks.finite("signedNotionals", n);
        }
        return sum;
    }
}
