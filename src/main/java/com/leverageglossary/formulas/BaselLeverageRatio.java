package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.percent;
import static com.leverageglossary.formulas.Expression.quantity;


/**
 * Basel III leverage ratio: Tier 1 capital over the exposure measure, at least 3 %, plus a buffer of
 * half the G-SIB higher-loss-absorbency surcharge for global systemically important banks (BCBS,
 * "Basel III leverage ratio framework and disclosure requirements", 2014; Basel Framework LEV30 and
 * RBC40.7, 2019). Amounts in one currency; ratios as fractions.
 */
public final class BaselLeverageRatio {
    public static final double MINIMUM = 0.03;
    private static final long MINIMUM_PCT = 3;

    private BaselLeverageRatio() {
    }

    public static double ratio(double tier1Capital, double exposureMeasure) {
        return ratioFormula(tier1Capital, exposureMeasure).value();
    }

    /** {@code leverage ratio = Tier 1 ÷ exposure}, a fraction. */
    public static Formula ratioFormula(double tier1Capital, double exposureMeasure) {
        return Formula.of("leverage ratio", tier1(tier1Capital).over(exposure(exposureMeasure)));
    }

    /** 3 % plus 50 % of the G-SIB surcharge. */
    public static double requirement(double gsibSurcharge) {
        return requirementFormula(gsibSurcharge).value();
    }

    /** {@code requirement = 3 % + surcharge ÷ 2}. */
    public static Formula requirementFormula(double gsibSurcharge) {
        return Formula.of("requirement", percent(MINIMUM_PCT)
                .plus(quantity("surcharge", ArgChecks.nonNegative("gsibSurcharge", gsibSurcharge)).over(constant(2))));
    }

    /** The largest exposure measure the capital supports at the requirement. */
    public static double maxExposure(double tier1Capital, double requirement) {
        return maxExposureFormula(tier1Capital, requirement).value();
    }

    /** {@code largest exposure = Tier 1 ÷ requirement}. */
    public static Formula maxExposureFormula(double tier1Capital, double requirement) {
        Expression capital = tier1(tier1Capital);
        return Formula.of("largest exposure", capital.over(quantity("requirement", ArgChecks.positive("requirement", requirement))));
    }

    /** Exposure measure over Tier 1 capital: the balance-sheet leverage a ratio stands for (1 / ratio). */
    public static double equivalentLeverage(double tier1Capital, double exposureMeasure) {
        return equivalentLeverageFormula(tier1Capital, exposureMeasure).value();
    }

    /** {@code equivalent leverage = exposure ÷ Tier 1}. */
    public static Formula equivalentLeverageFormula(double tier1Capital, double exposureMeasure) {
        Expression measure = exposure(exposureMeasure);
        return Formula.of("equivalent leverage", measure.over(tier1(tier1Capital)));
    }

    private static Expression tier1(double tier1Capital) {
        return quantity("Tier 1", ArgChecks.positive("tier1Capital", tier1Capital));
    }

    private static Expression exposure(double exposureMeasure) {
        return quantity("exposure", ArgChecks.positive("exposureMeasure", exposureMeasure));
    }
}
