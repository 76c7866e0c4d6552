package com.leverageglossary.formulas;

/**
 * Imbalance between long and short open interest, as exchanges publish it in long/short ratios (e.g.
 * Binance's "Long/Short Ratio" data) and as perpetual funding tries to correct.
 */
public final class LeverageSkew {
    private LeverageSkew() {
    }

    /** (long − short) / (long + short), from −1 (all short) to +1 (all long). */
    public static double skew(double longOpenInterest, double shortOpenInterest) {
        double total = totalOpenInterest(longOpenInterest, shortOpenInterest);
        if (!(total > 0)) {
            throw new FormulaDomainException("longOpenInterest", "and short open interest cannot both be 0");
        }
        return (longOpenInterest - shortOpenInterest) / total;
    }

    /** long + short: the open interest the skew is measured on. */
    public static double totalOpenInterest(double longOpenInterest, double shortOpenInterest) {
        return ArgChecks.nonNegative("longOpenInterest", longOpenInterest) + ArgChecks.nonNegative("shortOpenInterest", shortOpenInterest);
    }

    /** long / short; undefined when there are no shorts. */
    public static double longShortRatio(double longOpenInterest, double shortOpenInterest) {
        return ArgChecks.nonNegative("longOpenInterest", longOpenInterest) / ArgChecks.positive("shortOpenInterest", shortOpenInterest);
    }
}
