package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.max;
import static com.leverageglossary.formulas.Expression.percent;
import static com.leverageglossary.formulas.Expression.quantity;


import java.util.ArrayList;
import java.util.List;

/**
 * Constant proportion portfolio insurance (Black and Perold, "Theory of Constant Proportion Portfolio
 * Insurance", J. Econ. Dynamics and Control 16, 1992): exposure to the risky asset is
 * {@code m × max(V − F, 0)}, optionally capped at a fraction of the portfolio; the rest earns the safe
 * rate, and so does the floor. Rebalanced at the start of every period; returns are fractions per period.
 */
public final class Cppi {
    private Cppi() {
    }

    /** One period: the exposure chosen at its start, and the value and floor at its end. */
    public record Step(double exposure, double value, double floor) {
    }

    // simulate() takes the cushion and exposure of every period (up to 1,000), so they are plain arithmetic; the
    // descriptions below are built only for the shown work. FormulaDescriptionsTest pins each pair together to the bit.

    public static double cushion(double value, double floor) {
        return Math.max(0, ArgChecks.positive("value", value) - ArgChecks.nonNegative("floor", floor));
    }

    /** {@code cushion = max(0, V − F)}. */
    public static Formula cushionFormula(double value, double floor) {
        return Formula.of("cushion", max(constant(0), quantity("V", ArgChecks.positive("value", value))
                .minus(quantity("F", ArgChecks.nonNegative("floor", floor)))));
    }

    /**
     * min(m × cushion, cap × V); {@code maxExposure} is a fraction of the portfolio, or null for no cap.
     */
    public static double exposure(double value, double floor, double multiplier, Double maxExposure) {
        double exposure = ArgChecks.positive("multiplier", multiplier) * cushion(value, floor);
        return maxExposure == null ? exposure : Math.min(exposure, ArgChecks.nonNegative("maxExposure", maxExposure) * value);
    }

    /** {@code exposure = m × cushion}, or {@code min(m × cushion, cap × V)} with a cap. */
    public static Formula exposureFormula(double value, double floor, double multiplier, Double maxExposure) {
        Expression m = quantity("m", ArgChecks.positive("multiplier", multiplier));
        Expression exposure = m.times(cushionFormula(value, floor));
        return Formula.of("exposure", maxExposure == null ? exposure
                : Expression.min(exposure, quantity("cap", ArgChecks.nonNegative("maxExposure", maxExposure)).times(quantity("V", value))));
    }

    /** The single-period fall in the risky asset that takes the portfolio exactly to the floor: 1 / m. */
    public static double maxSingleDrop(double multiplier) {
        return maxSingleDropFormula(multiplier).value();
    }

    /** {@code largest drop = 100 % ÷ m}. */
    public static Formula maxSingleDropFormula(double multiplier) {
        return Formula.of("largest drop", percent(100).over(quantity("m", ArgChecks.positive("multiplier", multiplier))));
    }

    /** value − exposure: what sits in the safe asset; negative when the exposure is financed by borrowing. */
    public static double safeAllocation(double value, double exposure) {
        return safeAllocationFormula(value, exposure).value();
    }

    /** {@code safe = V − exposure}. */
    public static Formula safeAllocationFormula(double value, double exposure) {
        return Formula.of("safe", quantity("V", ArgChecks.positive("value", value))
                .minus(quantity("exposure", ArgChecks.nonNegative("exposure", exposure))));
    }

    /** exposure / value: the share of the portfolio in the risky asset. */
    public static double exposureShare(double value, double exposure) {
        return exposureShareFormula(value, exposure).value();
    }

    /** {@code exposure share = exposure ÷ V}, a fraction. */
    public static Formula exposureShareFormula(double value, double exposure) {
        Expression risky = quantity("exposure", ArgChecks.nonNegative("exposure", exposure));
        return Formula.of("exposure share", risky.over(quantity("V", ArgChecks.positive("value", value))));
    }

    /** The portfolio's value at the end of the last period. */
    public static double finalValue(List<Step> steps) {
        if (steps.isEmpty()) {
            throw new FormulaDomainException("steps", "needs at least one period");
        }
        return steps.get(steps.size() - 1).value();
    }

    /** Whether any period ended below its floor: the gap risk that rebalancing cannot hedge. */
    public static boolean floorBreached(List<Step> steps) {
        return steps.stream().anyMatch(step -> step.value() < step.floor());
    }

    public static List<Step> simulate(double value, double floor, double multiplier, Double maxExposure,
                                      double[] riskyReturns, double safeRate) {
        ArgChecks.returnAboveMinusOne("safeRate", safeRate);
        List<Step> steps = new ArrayList<>(riskyReturns.length);
        double v = value;
        double f = floor;
        for (double r : riskyReturns) {
            ArgChecks.returnAboveMinusOne("riskyReturns", r);
            double risky = v > 0 ? exposure(v, f, multiplier, maxExposure) : 0;
            v = Math.max(0, risky * (1 + r) + (v - risky) * (1 + safeRate));
            f = f * (1 + safeRate);
            if (!Double.isFinite(v) || !Double.isFinite(f)) {
                throw new FormulaDomainException("riskyReturns", "compound to a value too large to represent");
            }
            steps.add(new Step(risky, v, f));
        }
        return steps;
    }
}
