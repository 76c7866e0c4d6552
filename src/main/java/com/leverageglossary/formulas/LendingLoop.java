package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.count;
import static com.leverageglossary.formulas.Expression.quantity;

import java.util.OptionalDouble;

/**
 * A leverage loop on a lending market: deposit D, borrow λ of the collateral's value, buy and redeposit,
 * n times. Collateral is the geometric sum {@code D(1 − λ^(n+1)) / (1 − λ)} and tends to {@code D / (1 − λ)};
 * debt is everything but the original deposit. Amounts are in units of the collateral asset; see
 * Aave v3 docs, "Health Factor and Liquidations", for the health factor the loop ends at.
 */
public final class LendingLoop {
    /** More rounds than this change nothing visible and only cost gas; it also bounds the work. */
    public static final int MAX_LOOPS = 100;

    private LendingLoop() {
    }

    // The chart reads collateral and leverage after every number of loops up to 100, so they are plain arithmetic;
    // the descriptions are built only for the shown work. FormulaDescriptionsTest pins each pair together to the bit.

    public static double collateral(double deposit, double loanToValue, int loops) {
        ArgChecks.positive("deposit", deposit);
        ArgChecks.fractionBelowOne("loanToValue", loanToValue);
        checkLoops(loops);
        return deposit * (1 - Math.pow(loanToValue, loops + 1)) / (1 - loanToValue);
    }

    /** {@code collateral = D × (1 − λ^(n + 1)) ÷ (1 − λ)}. */
    public static Formula collateralFormula(double deposit, double loanToValue, int loops) {
        Expression d = quantity("D", ArgChecks.positive("deposit", deposit));
        Expression ltv = quantity("λ", ArgChecks.fractionBelowOne("loanToValue", loanToValue));
        checkLoops(loops);
        Expression one = constant(1);
        return Formula.of("collateral", d.times(one.minus(ltv.power(count("n", loops).plus(one)))).over(one.minus(ltv)));
    }

    /** Collateral minus the original deposit, in collateral units. */
    public static double debt(double deposit, double loanToValue, int loops) {
        return debtFormula(deposit, collateral(deposit, loanToValue, loops)).value();
    }

    /** {@code debt = collateral − D}. */
    public static Formula debtFormula(double deposit, double collateral) {
        return Formula.of("debt", quantity("collateral", ArgChecks.positive("collateral", collateral))
                .minus(quantity("D", ArgChecks.positive("deposit", deposit))));
    }

    /** Collateral / deposit: the loop's leverage, (1 − λ^(n+1)) / (1 − λ) after n rounds. */
    public static double leverage(double deposit, double collateral) {
        return ArgChecks.positive("collateral", collateral) / ArgChecks.positive("deposit", deposit);
    }

    /** {@code leverage = collateral ÷ D}. */
    public static Formula leverageFormula(double deposit, double collateral) {
        Expression c = quantity("collateral", ArgChecks.positive("collateral", collateral));
        return Formula.of("leverage", c.over(quantity("D", ArgChecks.positive("deposit", deposit))));
    }

    /**
     * Leverage on the remaining equity after the collateral's price moves by {@code priceShock} (a fraction) with the
     * debt fixed in value: C(1 + shock) ÷ (C(1 + shock) − debt). Empty when the debt is worth as much as the
     * collateral or more, where no equity is left to lever.
     */
    public static OptionalDouble leverageAfterPriceShock(double collateral, double debt, double priceShock) {
        double shocked = ArgChecks.positive("collateral", collateral) * (1 + ArgChecks.returnAboveMinusOne("priceShock", priceShock));
        double equity = shocked - ArgChecks.nonNegative("debt", debt);
        return equity > 0 ? OptionalDouble.of(shocked / equity) : OptionalDouble.empty();
    }

    /** The limit of collateral / deposit as loops grow: 1 / (1 − λ). */
    public static double maxLeverage(double loanToValue) {
        return maxLeverageFormula(loanToValue).value();
    }

    /** {@code limit = 1 ÷ (1 − λ)}. */
    public static Formula maxLeverageFormula(double loanToValue) {
        return Formula.of("limit", constant(1).over(constant(1).minus(quantity("λ", ArgChecks.fractionBelowOne("loanToValue", loanToValue)))));
    }

    /**
     * Yield on the deposit: collateral earns the supply rate and debt pays the borrow rate, both as
     * fractions per year; result as a fraction per year.
     */
    public static double netApy(double deposit, double collateral, double debt, double supplyApy, double borrowApy) {
        return netApyFormula(deposit, collateral, debt, supplyApy, borrowApy).value();
    }

    /** {@code net APY = (collateral × supply APY − debt × borrow APY) ÷ D}. */
    public static Formula netApyFormula(double deposit, double collateral, double debt, double supplyApy, double borrowApy) {
        Expression supply = quantity("supply APY", ArgChecks.finite("supplyApy", supplyApy));
        Expression borrow = quantity("borrow APY", ArgChecks.finite("borrowApy", borrowApy));
        return Formula.of("net APY", quantity("collateral", collateral).times(supply).minus(quantity("debt", debt).times(borrow))
                .over(quantity("D", ArgChecks.positive("deposit", deposit))));
    }

    private static void checkLoops(int loops) {
        if (loops < 0 || loops > MAX_LOOPS) {
            throw new FormulaDomainException("loops", "must be between 0 and " + MAX_LOOPS);
        }
    }
}
