package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.quantity;


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
        return intervalsFormula(days, intervalHours).value();
    }

    /** {@code intervals = days × 24 ÷ interval hours}. */
    public static Formula intervalsFormula(double days, double intervalHours) {
        return Formula.of("intervals", quantity("days", ArgChecks.positive("days", days)).times(constant((long) HOURS_PER_DAY))
                .over(hours(intervalHours)));
    }

    /** notional × rate × intervals, with the rate held constant. */
    public static double paid(double notional, double ratePerInterval, double intervals) {
        return paidFormula(notional, ratePerInterval, intervals).value();
    }

    /** {@code funding paid = notional × rate × intervals}. */
    public static Formula paidFormula(double notional, double ratePerInterval, double intervals) {
        return Formula.of("funding paid", quantity("notional", ArgChecks.positive("notional", notional)).times(rate(ratePerInterval))
                .times(quantity("intervals", ArgChecks.nonNegative("intervals", intervals))));
    }

    /** margin − funding paid: what funding leaves of an isolated position's margin. */
    public static double marginAfter(double margin, double paid) {
        return marginAfterFormula(margin, paid).value();
    }

    /** {@code margin after = margin − funding paid}. */
    public static Formula marginAfterFormula(double margin, double paid) {
        return Formula.of("margin after", quantity("margin", ArgChecks.positive("margin", margin))
                .minus(quantity("funding paid", ArgChecks.finite("paid", paid))));
    }

    /** paid / margin: the share of the margin funding takes (negative when the position receives). */
    public static double shareOfMargin(double paid, double margin) {
        return shareOfMarginFormula(paid, margin).value();
    }

    /** {@code share of margin = funding paid ÷ margin}, a fraction. */
    public static Formula shareOfMarginFormula(double paid, double margin) {
        return Formula.of("share of margin", quantity("funding paid", ArgChecks.finite("paid", paid))
                .over(quantity("margin", ArgChecks.positive("margin", margin))));
    }

    /** notional / margin left after funding; undefined once funding has taken the whole margin. */
    public static double leverageAfter(double notional, double marginAfter) {
        return leverageAfterFormula(notional, marginAfter).value();
    }

    /** {@code leverage after = notional ÷ margin after}. */
    public static Formula leverageAfterFormula(double notional, double marginAfter) {
        return Formula.of("leverage after", quantity("notional", ArgChecks.positive("notional", notional))
                .over(quantity("margin after", ArgChecks.positive("marginAfter", marginAfter))));
    }

    /** Simple annualisation: rate × intervals per year. */
    public static double apr(double ratePerInterval, double intervalHours) {
        return aprFormula(ratePerInterval, intervalHours).value();
    }

    /** {@code APR = rate × 8,760 ÷ interval hours}. */
    public static Formula aprFormula(double ratePerInterval, double intervalHours) {
        return Formula.of("APR", rate(ratePerInterval).times(constant((long) HOURS_PER_YEAR)).over(hours(intervalHours)));
    }

    /**
     * {@code APY = (1 + rate)^(8,760 ÷ interval hours) − 1}, as shown; {@link #apy} computes the same number through
     * expm1 and log1p, which keep its digits when the rate is tiny (FundingCostTest checks that the two agree).
     */
    public static Formula apyFormula(double ratePerInterval, double intervalHours) {
        Expression rate = rate(ArgChecks.returnAboveMinusOne("ratePerInterval", ratePerInterval));
        Expression perYear = constant((long) HOURS_PER_YEAR).over(hours(intervalHours));
        return Formula.of("APY", constant(1).plus(rate).power(perYear).minus(constant(1)));
    }

    private static Expression rate(double ratePerInterval) {
        return quantity("rate", ArgChecks.finite("ratePerInterval", ratePerInterval));
    }

    private static Expression hours(double intervalHours) {
        return quantity("interval hours", ArgChecks.positive("intervalHours", intervalHours));
    }

    /** Compounded annualisation: (1 + rate)^(intervals per year) − 1. */
    public static double apy(double ratePerInterval, double intervalHours) {
        ArgChecks.returnAboveMinusOne("ratePerInterval", ratePerInterval);
        return Math.expm1(HOURS_PER_YEAR / ArgChecks.positive("intervalHours", intervalHours) * Math.log1p(ratePerInterval));
    }
}
