package com.leverageglossary.formulas;

/**
 * Funding on a perpetual future: each interval the position pays notional × rate (a negative rate means
 * it receives). Binance, "Introduction to Binance Futures Funding Rates"; Bybit, "Funding fee
 * calculation". Rates are fractions per funding interval. Funding is settled against the position's
 * margin (dMEX docs, "Funding cost"), so paying it raises the leverage.
 */
public final class FundingCost {
    private static final double HOURS_PER_DAY = 24;
    private static final double HOURS_PER_YEAR = DayCount.DAYS_PER_YEAR * HOURS_PER_DAY;

    private FundingCost() {
    }

    /** Funding intervals in {@code days} calendar days. */
    public static double intervals(double days, double intervalHours) {
        return ArgChecks.positive("days", days) * HOURS_PER_DAY / ArgChecks.positive("intervalHours", intervalHours);
    }

    /** notional × rate × intervals, with the rate held constant. */
    public static double paid(double notional, double ratePerInterval, double intervals) {
        return ArgChecks.positive("notional", notional) * ArgChecks.finite("ratePerInterval", ratePerInterval)
                * ArgChecks.nonNegative("intervals", intervals);
    }

    /** margin − funding paid: what funding leaves of an isolated position's margin. */
    public static double marginAfter(double margin, double paid) {
        return ArgChecks.positive("margin", margin) - ArgChecks.finite("paid", paid);
    }

    /** paid / margin: the share of the margin funding takes (negative when the position receives). */
    public static double shareOfMargin(double paid, double margin) {
        return ArgChecks.finite("paid", paid) / ArgChecks.positive("margin", margin);
    }

    /** notional / margin left after funding; undefined once funding has taken the whole margin. */
    public static double leverageAfter(double notional, double marginAfter) {
        return ArgChecks.positive("notional", notional) / ArgChecks.positive("marginAfter", marginAfter);
    }

    /** Simple annualisation: rate × intervals per year. */
    public static double apr(double ratePerInterval, double intervalHours) {
        return ArgChecks.finite("ratePerInterval", ratePerInterval) * HOURS_PER_YEAR / ArgChecks.positive("intervalHours", intervalHours);
    }

    /** Compounded annualisation: (1 + rate)^(intervals per year) − 1. */
    public static double apy(double ratePerInterval, double intervalHours) {
        ArgChecks.returnAboveMinusOne("ratePerInterval", ratePerInterval);
        return Math.expm1(HOURS_PER_YEAR / ArgChecks.positive("intervalHours", intervalHours) * Math.log1p(ratePerInterval));
    }
}
