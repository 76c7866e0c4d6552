package com.leverageglossary.formulas;

/**
 * Funding on a perpetual future: each interval the position pays notional × rate (a negative rate means
 * it receives). Binance, "Introduction to Binance Futures Funding Rates"; Bybit, "Funding fee
 * calculation". Rates are fractions per funding interval.
 */
public final class FundingCost {
    private static final double HOURS_PER_YEAR = 365 * 24;

    private FundingCost() {
    }

    /** Funding intervals in {@code days} calendar days. */
    public static double intervals(double days, double intervalHours) {
        return ArgChecks.positive("days", days) * 24 / ArgChecks.positive("interval_hours", intervalHours);
    }

    /** notional × rate × intervals, with the rate held constant. */
    public static double paid(double notional, double ratePerInterval, double intervals) {
        return ArgChecks.positive("notional", notional) * ArgChecks.finite("funding_rate_pct", ratePerInterval)
                * ArgChecks.nonNegative("days", intervals);
    }

    /** Simple annualisation: rate × intervals per year. */
    public static double apr(double ratePerInterval, double intervalHours) {
        return ArgChecks.finite("funding_rate_pct", ratePerInterval) * HOURS_PER_YEAR / ArgChecks.positive("interval_hours", intervalHours);
    }

    /** Compounded annualisation: (1 + rate)^(intervals per year) − 1. */
    public static double apy(double ratePerInterval, double intervalHours) {
        ArgChecks.returnAboveMinusOne("funding_rate_pct", ratePerInterval);
        return Math.expm1(HOURS_PER_YEAR / ArgChecks.positive("interval_hours", intervalHours) * Math.log1p(ratePerInterval));
    }
}
