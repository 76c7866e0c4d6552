package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.percent;
import static com.leverageglossary.formulas.Expression.quantity;

import java.util.Arrays;

/**
 * Exposure over equity. Gross leverage sums absolute notionals; net leverage lets longs and shorts
 * offset (shorts negative), the distinction the BIS and prime brokers draw between gross and net exposure.
 */
public final class LeverageRatio {
    private LeverageRatio() {
    }

    /** Σ|notional| / equity. */
    public static double gross(double equity, double[] signedNotionals) {
        return grossFormula(equity, signedNotionals).value();
    }

    /** {@code gross leverage = Σ|n| ÷ equity}. */
    public static Formula grossFormula(double equity, double[] signedNotionals) {
        return Formula.of("gross leverage", grossNotionalSum(signedNotionals).over(equity(equity)));
    }

    /** Σ notional / equity: negative when the book is net short. */
    public static double net(double equity, double[] signedNotionals) {
        return netFormula(equity, signedNotionals).value();
    }

    /** {@code net leverage = Σn ÷ equity}. */
    public static Formula netFormula(double equity, double[] signedNotionals) {
        return Formula.of("net leverage", netNotionalSum(signedNotionals).over(equity(equity)));
    }

    /** Equity as a percentage of gross notional: the margin the book effectively posts. */
    public static double marginPct(double equity, double[] signedNotionals) {
        return marginFormula(equity, signedNotionals).value() * 100;
    }

    /** {@code margin = equity ÷ Σ|n|}, a fraction. */
    public static Formula marginFormula(double equity, double[] signedNotionals) {
        Expression equityQuantity = equity(equity);
        return Formula.of("margin", equityQuantity.over(grossNotionalSum(signedNotionals)));
    }

    /** The uniform adverse move that erases equity at this gross leverage, in percent: 100 / L. */
    public static double adverseMoveToWipeoutPct(double grossLeverage) {
        return adverseMoveToWipeoutFormula(grossLeverage).value() * 100;
    }

    /** {@code adverse move to wipe-out = 100 % ÷ gross leverage}, a fraction. */
    public static Formula adverseMoveToWipeoutFormula(double grossLeverage) {
        return Formula.of("adverse move to wipe-out",
                percent(100).over(quantity("gross leverage", ArgChecks.positive("grossLeverage", grossLeverage))));
    }

    /** Σ|notional|: every position counted whatever its direction; never 0. */
    public static double grossNotional(double[] signedNotionals) {
        return grossNotionalSum(signedNotionals).value();
    }

    /** Σ notional: longs and shorts offset. */
    public static double netNotional(double[] signedNotionals) {
        return netNotionalSum(signedNotionals).value();
    }

    private static Expression equity(double equity) {
        return quantity("equity", ArgChecks.positive("equity", equity));
    }

    private static Expression grossNotionalSum(double[] signedNotionals) {
        ArgChecks.notEmpty("signedNotionals", signedNotionals);
        Expression sum = Expression.sum("Σ|n|", Arrays.stream(signedNotionals)
                .mapToObj(n -> quantity("|n|", Math.abs(ArgChecks.finite("signedNotionals", n)))).toList());
        if (sum.value() == 0) {
            throw new FormulaDomainException("signedNotionals", "must not be 0: there is no exposure to measure");
        }
        return sum;
    }

    private static Expression netNotionalSum(double[] signedNotionals) {
        ArgChecks.notEmpty("signedNotionals", signedNotionals);
        return Expression.sum("Σn", Arrays.stream(signedNotionals).mapToObj(n -> quantity("n", ArgChecks.finite("signedNotionals", n))).toList());
    }
}
