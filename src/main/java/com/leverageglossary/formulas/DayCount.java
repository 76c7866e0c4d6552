package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.quantity;


/**
 * Calendar days as years under Actual/365 Fixed, the convention of the calculators ({@code T = days / 365})
 * and of Hull's "theta per calendar day" (Hull, "Options, Futures, and Other Derivatives", 10th ed., ch. 19).
 */
public final class DayCount {
    public static final double DAYS_PER_YEAR = 365;

    private DayCount() {
    }

    public static double years(double days) {
        return yearsFormula(days).value();
    }

    /** {@code T = days ÷ 365}. */
    public static Formula yearsFormula(double days) {
        return Formula.of("T", quantity("days", ArgChecks.finite("days", days)).over(constant((long) DAYS_PER_YEAR)));
    }
}
