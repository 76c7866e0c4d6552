package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.quantity;


/**
 * Imbalance between long and short open interest, as exchanges publish it in long/short ratios (e.g.
 * Binance's "Long/Short Ratio" data) and as perpetual funding tries to correct.
 */
public final class LeverageSkew {
    private LeverageSkew() {
    }

    /** (long − short) / (long + short), from −1 (all short) to +1 (all long). */
    public static double skew(double longOpenInterest, double shortOpenInterest) {
        return skewFormula(longOpenInterest, shortOpenInterest).value();
    }

    /** {@code skew = (long − short) ÷ (long + short)}, a fraction. */
    public static Formula skewFormula(double longOpenInterest, double shortOpenInterest) {
        if (!(totalOpenInterest(longOpenInterest, shortOpenInterest) > 0)) {
            throw new FormulaDomainException("longOpenInterest", "and short open interest cannot both be 0");
        }
        Expression longs = quantity("long", longOpenInterest);
        Expression shorts = quantity("short", shortOpenInterest);
        return Formula.of("skew", longs.minus(shorts).over(longs.plus(shorts)));
    }

    /** long + short: the open interest the skew is measured on. */
    public static double totalOpenInterest(double longOpenInterest, double shortOpenInterest) {
        return ArgChecks.nonNegative("longOpenInterest", longOpenInterest) + ArgChecks.nonNegative("shortOpenInterest", shortOpenInterest);
    }

    /** long / short; undefined when there are no shorts. */
    public static double longShortRatio(double longOpenInterest, double shortOpenInterest) {
        return longShortRatioFormula(longOpenInterest, shortOpenInterest).value();
    }

    /** {@code long/short = long ÷ short}. */
    public static Formula longShortRatioFormula(double longOpenInterest, double shortOpenInterest) {
        return Formula.of("long/short", quantity("long", ArgChecks.nonNegative("longOpenInterest", longOpenInterest))
                .over(quantity("short", ArgChecks.positive("shortOpenInterest", shortOpenInterest))));
    }
}
