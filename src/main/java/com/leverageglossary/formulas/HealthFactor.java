package com.leverageglossary.formulas;

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
        return thresholdWeightedCollateral(collateral, liquidationThresholds) / ArgChecks.positive("debt", debt);
    }

    /** Σ collateral × threshold: the debt at which HF would be exactly 1. */
    public static double thresholdWeightedCollateral(double[] collateral, double[] liquidationThresholds) {
        ArgChecks.notEmpty("collateral", collateral);
        ArgChecks.sameLength("liquidationThresholds", collateral, liquidationThresholds);
        double sum = 0;
        for (int i = 0; i < collateral.length; i++) {
            double threshold = liquidationThresholds[i];
            if (!(threshold > 0 && threshold <= 1)) {
                throw new FormulaDomainException("liquidationThresholds", "must be greater than 0 and at most 100 %");
            }
            sum += ArgChecks.nonNegative("collateral", collateral[i]) * threshold;
        }
        return sum;
    }

    /** Σ collateral × threshold − debt: the debt that could be added before HF reaches 1 (negative below 1). */
    public static double borrowingHeadroom(double[] collateral, double[] liquidationThresholds, double debt) {
        return thresholdWeightedCollateral(collateral, liquidationThresholds) - ArgChecks.nonNegative("debt", debt);
    }

    /** Σ(c × LT) / Σc: the single threshold equivalent to the basket. */
    public static double weightedThreshold(double[] collateral, double[] liquidationThresholds) {
        double total = 0;
        for (double c : collateral) {
            total += c;
        }
        if (!(total > 0)) {
            throw new FormulaDomainException("collateral", "must add up to more than 0");
        }
        return thresholdWeightedCollateral(collateral, liquidationThresholds) / total;
    }

    /** The uniform fall in collateral prices that brings HF to 1, as a fraction: 1 − 1/HF (negative when already below 1). */
    public static double dropToLiquidation(double healthFactor) {
        return 1 - 1 / ArgChecks.positive("healthFactor", healthFactor);
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

    /** The collateral price at which HF reaches 1, debt held fixed: price / HF. */
    public static double liquidationPrice(double price, double healthFactor) {
        return ArgChecks.positive("price", price) / ArgChecks.positive("healthFactor", healthFactor);
    }
}
