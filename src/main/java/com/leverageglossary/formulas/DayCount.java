package com.leverageglossary.formulas;

/**
 * Calendar days as years under Actual/365 Fixed, the convention of the calculators ({@code T = days / 365})
 * and of Hull's "theta per calendar day" (Hull, "Options, Futures, and Other Derivatives", 10th ed., ch. 19).
 */
public final class DayCount {
    public static final double DAYS_PER_YEAR = 365;

    private DayCount() {
    }

    public static double years(double days) {
        return ArgChecks.finite("days", days) / DAYS_PER_YEAR;
    }
}
