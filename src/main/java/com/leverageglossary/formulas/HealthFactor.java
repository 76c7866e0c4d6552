package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aave v3's health factor: {@code HF = Σ(collateral_i × liquidation threshold_i) / total debt}, all in
 * the same currency; a position is liquidatable when HF &lt; 1 (Aave v3 docs, "Health Factor and
 * Liquidations"; {@code GenericLogic.calculateUserAccountData} in aave-v3-core).
 */
public final class HealthFactor {
    private HealthFactor() {
    }

    /** Thresholds as fractions; debt must be positive (with no debt the health factor is undefined). */
    public static double of(double[] collateral, double[] liquidationThresholds, double debt) {
        return formula(collateral, liquidationThresholds, debt).value();
    }

    /** {@code HF = Σ(c·LT) ÷ debt}. */
    public static Formula formula(double[] collateral, double[] liquidationThresholds, double debt) {
        Expression weighted = weighted(collateral, liquidationThresholds);
        return Formula.of("HF", weighted.over(quantity("debt", ArgChecks.positive("debt", debt))));
    }

    /** Σ collateral × threshold: the debt at which HF would be exactly 1. */
    public static double thresholdWeightedCollateral(double[] collateral, double[] liquidationThresholds) {
        return weighted(collateral, liquidationThresholds).value();
    }

    /** Σ collateral × threshold − debt: the debt that could be added before HF reaches 1 (negative below 1). */
    public static double borrowingHeadroom(double[] collateral, double[] liquidationThresholds, double debt) {
        return borrowingHeadroomFormula(collateral, liquidationThresholds, debt).value();
    }

    /** {@code headroom = Σ(c·LT) − debt}. */
    public static Formula borrowingHeadroomFormula(double[] collateral, double[] liquidationThresholds, double debt) {
        Expression weighted = weighted(collateral, liquidationThresholds);
        return Formula.of("headroom", weighted.minus(quantity("debt", ArgChecks.nonNegative("debt", debt))));
    }

    /** Σ(c × LT) / Σc: the single threshold equivalent to the basket. */
    public static double weightedThreshold(double[] collateral, double[] liquidationThresholds) {
        return weightedThresholdFormula(collateral, liquidationThresholds).value();
    }

    /** {@code weighted LT = Σ(c·LT) ÷ Σc}. */
    public static Formula weightedThresholdFormula(double[] collateral, double[] liquidationThresholds) {
        ArgChecks.notEmpty("collateral", collateral);
        Expression total = Expression.sum("Σc", Arrays.stream(collateral).mapToObj(c -> quantity("c", c)).toList());
        if (!(total.value() > 0)) {
            throw new FormulaDomainException("collateral", "must add up to more than 0");
        }
        return Formula.of("weighted LT", weighted(collateral, liquidationThresholds).over(total));
    }

    /** The uniform fall in collateral prices that brings HF to 1, as a fraction: 1 − 1/HF (negative when already below 1). */
    public static double dropToLiquidation(double healthFactor) {
        return dropToLiquidationFormula(healthFactor).value();
    }

    /** {@code drop = 1 − 1 ÷ HF}, a fraction. */
    public static Formula dropToLiquidationFormula(double healthFactor) {
        return Formula.of("drop", constant(1).minus(constant(1).over(quantity("HF", ArgChecks.positive("healthFactor", healthFactor)))));
    }

    /** The collateral price at which HF reaches 1, debt held fixed: price / HF. */
    public static double liquidationPrice(double price, double healthFactor) {
        return liquidationPriceFormula(price, healthFactor).value();
    }

    /** {@code liquidation price = price ÷ HF}. */
    public static Formula liquidationPriceFormula(double price, double healthFactor) {
        return Formula.of("liquidation price", quantity("price", ArgChecks.positive("price", price))
                .over(quantity("HF", ArgChecks.positive("healthFactor", healthFactor))));
    }

    /**
     * The health factor after every collateral price moves by {@code priceShock} (a fraction, −0.5 for −50 %) while the
     * debt keeps its value, as stablecoin debt does: HF × (1 + shock), since HF is linear in collateral value.
     */
    public static double afterPriceShock(double healthFactor, double priceShock) {
        return ArgChecks.nonNegative("healthFactor", healthFactor) * (1 + ArgChecks.returnAboveMinusOne("priceShock", priceShock));
    }

    /** Liquidatable below a health factor of 1 (Aave v3: "a health factor below 1 allows liquidation"). */
    public static boolean isLiquidatable(double healthFactor) {
        return healthFactor < 1;
    }

    /** Σ(c·LT), each threshold in (0, 1]. */
    private static Expression weighted(double[] collateral, double[] liquidationThresholds) {
        ArgChecks.notEmpty("collateral", collateral);
        ArgChecks.sameLength("liquidationThresholds", collateral, liquidationThresholds);
        List<Expression> terms = new ArrayList<>(collateral.length);
        for (int i = 0; i < collateral.length; i++) {
            double threshold = liquidationThresholds[i];
            if (!(threshold > 0 && threshold <= 1)) {
                throw new FormulaDomainException("liquidationThresholds", "must be greater than 0 and at most 100 %");
            }
            terms.add(quantity("c", ArgChecks.nonNegative("collateral", collateral[i])).times(quantity("LT", threshold)));
        }
        return Expression.sum("Σ(c·LT)", terms);
    }
}
