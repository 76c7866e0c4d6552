package com.leverageglossary.formulas;

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

    public static double collateral(double deposit, double loanToValue, int loops) {
        ArgChecks.positive("deposit", deposit);
        ArgChecks.fractionBelowOne("loanToValue", loanToValue);
        if (loops < 0 || loops > MAX_LOOPS) {
            throw new FormulaDomainException("loops", "must be between 0 and " + MAX_LOOPS);
        }
        return deposit * (1 - Math.pow(loanToValue, loops + 1)) / (1 - loanToValue);
    }

    /** Collateral minus the original deposit, in collateral units. */
    public static double debt(double deposit, double loanToValue, int loops) {
        return collateral(deposit, loanToValue, loops) - deposit;
    }

    /** Collateral / deposit: the loop's leverage, (1 − λ^(n+1)) / (1 − λ) after n rounds. */
    public static double leverage(double deposit, double collateral) {
        return ArgChecks.positive("collateral", collateral) / ArgChecks.positive("deposit", deposit);
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
        return 1 / (1 - ArgChecks.fractionBelowOne("loanToValue", loanToValue));
    }

    /**
     * Yield on the deposit: collateral earns the supply rate and debt pays the borrow rate, both as
     * fractions per year; result as a fraction per year.
     */
    public static double netApy(double deposit, double collateral, double debt, double supplyApy, double borrowApy) {
        return (collateral * ArgChecks.finite("supplyApy", supplyApy) - debt * ArgChecks.finite("borrowApy", borrowApy))
                / ArgChecks.positive("deposit", deposit);
    }
}
