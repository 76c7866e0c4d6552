package com.leverageglossary.calculators;

import java.math.BigDecimal;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * A closed interval of reals with outward-rounded arithmetic: every operation's result contains every value the
 * operation can take on its operands' intervals, whatever the floating-point rounding. A printed number stands for
 * the interval of the values that round to it, so evaluating a printed expression gives an interval that holds the
 * exact result of the unrounded numbers. NaN bounds widen to the whole line (nothing is claimed).
 */
record Interval(double lo, double hi) {
    static final Interval ENTIRE = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    /** Math's exp, log and pow are within 1 ulp, Commons Numbers' erfc within a few: widen their results by more. */
    private static final int LIBRARY_ULPS = 8;

    Interval {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            lo = Double.NEGATIVE_INFINITY;
            hi = Double.POSITIVE_INFINITY;
        }
    }

    static Interval exact(double value) {
        return new Interval(value, value);
    }

    /** The values that print as {@code digits} (a plain decimal) when rounded to its number of decimals. */
    static Interval rounded(String digits) {
        BigDecimal printed = new BigDecimal(digits);
        BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0)).divide(BigDecimal.valueOf(2));
        return new Interval(down(printed.subtract(half).doubleValue()), up(printed.add(half).doubleValue()));
    }

    /** A number written without a decimal point: exact, though its double may not be. */
    static Interval integer(String digits) {
        double value = new BigDecimal(digits).doubleValue();
        return new Interval(down(value), up(value));
    }

    boolean intersects(Interval other) {
        return lo <= other.hi && other.lo <= hi;
    }

    Interval plus(Interval b) {
        return new Interval(down(lo + b.lo), up(hi + b.hi));
    }

    Interval minus(Interval b) {
        return new Interval(down(lo - b.hi), up(hi - b.lo));
    }

    Interval negate() {
        return new Interval(-hi, -lo);
    }

    Interval times(Interval b) {
        double[] corners = {lo * b.lo, lo * b.hi, hi * b.lo, hi * b.hi};
        return hull(corners, 1);
    }

    Interval over(Interval b) {
        if (b.lo <= 0 && b.hi >= 0) {
            return ENTIRE;
        }
        double[] corners = {lo / b.lo, lo / b.hi, hi / b.lo, hi / b.hi};
        return hull(corners, 1);
    }

    /** this^n for an exact whole n, any sign of base. */
    Interval power(Interval exponent) {
        if (exponent.lo == exponent.hi && exponent.lo == Math.rint(exponent.lo) && Math.abs(exponent.lo) < 1e9) {
            double n = exponent.lo;
            boolean even = n % 2 == 0;
            if (n >= 0 && even && lo <= 0 && hi >= 0) {
                return new Interval(0, up(Math.max(Math.pow(lo, n), Math.pow(hi, n)), LIBRARY_ULPS));
            }
            if (n < 0 && lo <= 0 && hi >= 0) {
                return ENTIRE;
            }
            return hull(new double[] {Math.pow(lo, n), Math.pow(hi, n)}, LIBRARY_ULPS);
        }
        if (lo <= 0) {
            return ENTIRE;
        }
        // For a positive base, x^y is monotone in each argument: the extremes are at the corners.
        return hull(new double[] {Math.pow(lo, exponent.lo), Math.pow(lo, exponent.hi), Math.pow(hi, exponent.lo), Math.pow(hi, exponent.hi)},
                LIBRARY_ULPS);
    }

    Interval exp() {
        return new Interval(Math.max(0, down(Math.exp(lo), LIBRARY_ULPS)), up(Math.exp(hi), LIBRARY_ULPS));
    }

    Interval ln() {
        if (hi <= 0) {
            return ENTIRE;
        }
        return new Interval(lo <= 0 ? Double.NEGATIVE_INFINITY : down(Math.log(lo), LIBRARY_ULPS), up(Math.log(hi), LIBRARY_ULPS));
    }

    Interval sqrt() {
        if (hi < 0) {
            return ENTIRE;
        }
        return new Interval(lo <= 0 ? 0 : down(Math.sqrt(lo)), up(Math.sqrt(hi)));
    }

    /** N, the standard normal distribution function: increasing. */
    Interval normal() {
        return new Interval(Math.max(0, down(cumulative(lo), LIBRARY_ULPS) - 1e-300), Math.min(1, up(cumulative(hi), LIBRARY_ULPS) + 1e-300));
    }

    /** φ, the standard normal density: rising to 0, falling after. */
    Interval density() {
        double peak = density(0);
        double atLo = density(lo);
        double atHi = density(hi);
        double top = lo <= 0 && hi >= 0 ? peak : Math.max(atLo, atHi);
        return new Interval(Math.max(0, down(Math.min(atLo, atHi), LIBRARY_ULPS) - 1e-300), up(top, LIBRARY_ULPS));
    }

    Interval max(Interval b) {
        return new Interval(Math.max(lo, b.lo), Math.max(hi, b.hi));
    }

    Interval min(Interval b) {
        return new Interval(Math.min(lo, b.lo), Math.min(hi, b.hi));
    }

    Interval percent() {
        return over(exact(100));
    }

    private static double cumulative(double x) {
        return 0.5 * Erfc.value(-x / Math.sqrt(2));
    }

    private static double density(double x) {
        return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    }

    private static Interval hull(double[] values, int ulps) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isNaN(v)) {
                return ENTIRE;
            }
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        return new Interval(down(low, ulps), up(high, ulps));
    }

    private static double down(double x) {
        return down(x, 1);
    }

    private static double up(double x) {
        return up(x, 1);
    }

    private static double down(double x, int ulps) {
        return Double.isInfinite(x) ? x : x - ulps * Math.ulp(x);
    }

    private static double up(double x, int ulps) {
        return Double.isInfinite(x) ? x : x + ulps * Math.ulp(x);
    }

    @Override
    public String toString() {
        return "[" + lo + ", " + hi + "]";
    }
}
