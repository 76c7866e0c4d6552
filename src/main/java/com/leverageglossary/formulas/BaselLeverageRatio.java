package com.leverageglossary.formulas;

/**
 * Basel III leverage ratio: Tier 1 capital over the exposure measure, at least 3 %, plus a buffer of
 * half the G-SIB higher-loss-absorbency surcharge for global systemically important banks (BCBS,
 * "Basel III leverage ratio framework and disclosure requirements", 2014; Basel Framework LEV30 and
 * RBC40.7, 2019). Amounts in one currency; ratios as fractions.
 */
public final class BaselLeverageRatio {
    public static final double MINIMUM = 0.03;

    private BaselLeverageRatio() {
    }

    public static double ratio(double tier1Capital, double exposureMeasure) {
        return ArgChecks.positive("tier1Capital", tier1Capital) / ArgChecks.positive("exposureMeasure", exposureMeasure);
    }

    /** 3 % plus 50 % of the G-SIB surcharge. */
    public static double requirement(double gsibSurcharge) {
        return MINIMUM + ArgChecks.nonNegative("gsibSurcharge", gsibSurcharge) / 2;
    }

    /** The largest exposure measure the capital supports at the requirement. */
    public static double maxExposure(double tier1Capital, double requirement) {
        return ArgChecks.positive("tier1Capital", tier1Capital) / ArgChecks.positive("requirement", requirement);
    }

    /** Exposure measure over Tier 1 capital: the balance-sheet leverage a ratio stands for (1 / ratio). */
    public static double equivalentLeverage(double tier1Capital, double exposureMeasure) {
        return ArgChecks.positive("exposureMeasure", exposureMeasure) / ArgChecks.positive("tier1Capital", tier1Capital);
    }
}
