package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.exp;
import static com.leverageglossary.formulas.Expression.max;
import static com.leverageglossary.formulas.Expression.product;
import static com.leverageglossary.formulas.Expression.quantity;

import java.util.ArrayList;
import java.util.List;


/**
 * A product that resets to constant leverage L every period: its value is multiplied by (1 + L·r) each
 * period and stops at 0 once wiped out (SEC investor alert, "Leveraged and Inverse ETFs"; Cheng and
 * Madhavan, "The Dynamics of Leveraged and Inverse Exchange-Traded Funds", 2009). Returns are fractions.
 */
public final class LeveragedProduct {
    private LeveragedProduct() {
    }

    /** Value after each period, starting from 1: element i is the value after return i. */
    public static double[] path(double leverage, double[] returns) {
        checkLeverage(leverage);
        ArgChecks.notEmpty("returns", returns);
        double[] values = new double[returns.length];
        double value = 1;
        for (int i = 0; i < returns.length; i++) {
            value = Math.max(0, value * (1 + leverage * ArgChecks.returnAboveMinusOne("returns", returns[i])));
            values[i] = ArgChecks.representable("returns", value);
        }
        return values;
    }

    /** The underlying's value after each period, starting from 1. */
    public static double[] underlyingPath(double[] returns) {
        ArgChecks.notEmpty("returns", returns);
        double[] values = new double[returns.length];
        double value = 1;
        for (int i = 0; i < returns.length; i++) {
            value *= 1 + ArgChecks.returnAboveMinusOne("returns", returns[i]);
            values[i] = ArgChecks.representable("returns", value);
        }
        return values;
    }

    /** The value a path that starts at 1 ends at, less 1: its total return. */
    public static double totalReturn(double[] path) {
        ArgChecks.notEmpty("path", path);
        return ArgChecks.nonNegative("path", path[path.length - 1]) - 1;
    }

    /** Whether the path reached 0, where a constant-leverage product stays. */
    public static boolean wipedOut(double[] path) {
        ArgChecks.notEmpty("path", path);
        return path[path.length - 1] == 0;
    }

    /**
     * {@code product return = Π max(0, 1 + L·r) − 1}: the total return of {@link #path}, to the last bit (a factor
     * at or below 0 is the wipe-out, and stays in the product as 0). A factor above 0 is written without its max.
     */
    public static Formula productReturnFormula(double leverage, double[] returns) {
        checkLeverage(leverage);
        ArgChecks.notEmpty("returns", returns);
        Expression l = quantity("L", leverage);
        List<Expression> factors = new ArrayList<>(returns.length);
        for (double r : returns) {
            Expression factor = constant(1).plus(l.times(quantity("r", ArgChecks.returnAboveMinusOne("returns", r))));
            factors.add(factor.value() > 0 ? factor : max(constant(0), factor));
        }
        Formula total = Formula.of("product return", product("Π max(0, 1 + L·r)", factors).minus(constant(1)));
        ArgChecks.representable("returns", total.value());
        return total;
    }

    /** {@code underlying return = Π(1 + r) − 1}: the total return of {@link #underlyingPath}, to the last bit. */
    public static Formula underlyingReturnFormula(double[] returns) {
        ArgChecks.notEmpty("returns", returns);
        List<Expression> factors = new ArrayList<>(returns.length);
        for (double r : returns) {
            factors.add(constant(1).plus(quantity("r", ArgChecks.returnAboveMinusOne("returns", r))));
        }
        Formula total = Formula.of("underlying return", product("Π(1 + r)", factors).minus(constant(1)));
        ArgChecks.representable("returns", total.value());
        return total;
    }

    /** L × the underlying's return: what holding the product for the period naively promises. */
    public static double naiveReturn(double leverage, double underlyingReturn) {
        return naiveReturnFormula(leverage, underlyingReturn).value();
    }

    /** {@code naive return = L × underlying return}. */
    public static Formula naiveReturnFormula(double leverage, double underlyingReturn) {
        checkLeverage(leverage);
        return Formula.of("naive return", quantity("L", leverage).times(quantity("underlying return", ArgChecks.finite("underlyingReturn", underlyingReturn))));
    }

    /** The naive value path 1 + L × (underlying value − 1), to set beside the product's {@link #path}. */
    public static double[] naivePath(double leverage, double[] underlyingPath) {
        double[] values = new double[underlyingPath.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1 + naiveReturn(leverage, ArgChecks.nonNegative("underlyingPath", underlyingPath[i]) - 1);
        }
        return values;
    }

    /** Naive return − the product's return: the decay, in the units of the returns given. */
    public static double decay(double naiveReturn, double productReturn) {
        return decayFormula(naiveReturn, productReturn).value();
    }

    /** {@code decay = naive return − product return}. */
    public static Formula decayFormula(double naiveReturn, double productReturn) {
        return Formula.of("decay", quantity("naive return", ArgChecks.finite("naiveReturn", naiveReturn))
                .minus(quantity("product return", ArgChecks.finite("productReturn", productReturn))));
    }

    /**
     * Expected log drag over {@code years} for volatility σ under continuous rebalancing:
     * {@code (L² − L) σ² T / 2}. The product's value when the underlying ends flat is {@code exp(−drag)}.
     */
    public static double logDrag(double leverage, double volatility, double years) {
        return logDragFormula(leverage, volatility, years).value();
    }

    /** {@code log drag = (L² − L) × σ² × T ÷ 2}. */
    public static Formula logDragFormula(double leverage, double volatility, double years) {
        checkLeverage(leverage);
        Expression l = quantity("L", leverage);
        Expression sigma = quantity("σ", ArgChecks.nonNegative("volatility", volatility));
        Expression t = quantity("T", ArgChecks.positive("years", years));
        return Formula.of("log drag", l.squared().minus(l).times(sigma.squared()).times(t).over(constant(2)));
    }

    /** Return of the product when the underlying ends where it started: exp(−drag) − 1. */
    public static double flatMarketReturn(double logDrag) {
        return flatMarketReturnFormula(logDrag).value();
    }

    /** {@code flat-market return = e^(−log drag) − 1}. */
    public static Formula flatMarketReturnFormula(double logDrag) {
        return Formula.of("flat-market return", exp(quantity("log drag", logDrag).negated()).minus(constant(1)));
    }

    private static void checkLeverage(double leverage) {
        if (ArgChecks.finite("leverage", leverage) == 0) {
            throw new FormulaDomainException("leverage", "must not be 0");
        }
    }
}
