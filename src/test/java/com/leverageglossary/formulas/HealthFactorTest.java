package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HealthFactorTest {
    private static final String AAVE = "Aave Help, 'Liquidations' (https://aave.com/help/borrowing/liquidations): ";

    @Test
    @DisplayName(AAVE + "$10,000 ETH at 80 % liquidation threshold against $6,000 GHO → health factor 1.333")
    void healthFactorMatchesAaveHelpExample() {
        double hf = HealthFactor.of(new double[] {10_000}, new double[] {0.80}, 6_000);

        assertThat(hf).isCloseTo(1.333, within(0.0005)).isCloseTo(4.0 / 3, within(1e-12));
    }

    @Test
    @DisplayName(AAVE + "the same position is liquidatable after a 25 % fall in ETH (8,000 × 0.75 = 6,000)")
    void dropToLiquidationBringsHealthFactorToOne() {
        double hf = HealthFactor.of(new double[] {10_000}, new double[] {0.80}, 6_000);
        double drop = HealthFactor.dropToLiquidation(hf);

        assertThat(drop).isCloseTo(0.25, within(1e-12));
        assertThat(HealthFactor.of(new double[] {10_000 * (1 - drop)}, new double[] {0.80}, 6_000)).isCloseTo(1, within(1e-12));
    }

    @Test
    @DisplayName(AAVE + "with ETH at 2,000 the position is liquidated at 2,000 / 1.333 = 1,500")
    void liquidationPriceIsPriceOverHealthFactor() {
        assertThat(HealthFactor.liquidationPrice(2_000, 4.0 / 3)).isCloseTo(1_500, within(1e-9));
    }

    @Test
    @DisplayName(AAVE + "borrowing headroom: Σ collateral × threshold − debt = 8,000 − 6,000 = 2,000")
    void thresholdWeightedCollateralIsTheDebtAtHealthFactorOne() {
        double weighted = HealthFactor.thresholdWeightedCollateral(new double[] {10_000}, new double[] {0.80});

        assertThat(weighted).isCloseTo(8_000, within(1e-9));
        assertThat(HealthFactor.borrowingHeadroom(new double[] {10_000}, new double[] {0.80}, 6_000)).isCloseTo(2_000, within(1e-9));
    }

    @Test
    @DisplayName("Cyfrin Updraft, Aave v3 'Health factor' (https://updraft.cyfrin.io/courses/aave-v3/contract-architecture/health-factor): "
            + "1 ETH at $3,000 (LT 0.77) + 1,000 USDC (LT 0.80) → L(u) = (2,310 + 800) / 4,000 = 0.7775")
    void weightedThresholdIsCollateralWeightedAverage() {
        double[] collateral = {3_000, 1_000};
        double[] thresholds = {0.77, 0.80};

        assertThat(HealthFactor.weightedThreshold(collateral, thresholds)).isCloseTo(0.7775, within(1e-12));
        // H(u) = Σ C·L / debt = total collateral × L(u) / debt (same course page).
        assertThat(HealthFactor.of(collateral, thresholds, 2_000)).isCloseTo(4_000 * 0.7775 / 2_000, within(1e-12));
    }

    @Test
    void dropToLiquidationIsNegativeWhenAlreadyBelowOne() {
        // 1 − 1/HF: at HF 0.8 collateral would have to rise 25 % to reach HF 1.
        assertThat(HealthFactor.dropToLiquidation(0.8)).isCloseTo(-0.25, within(1e-12));
    }

    @Test
    void rejectsMissingDebt() {
        // the calculator contract: health factor is null with no debt, so the formula refuses debt ≤ 0.
        assertRejected("debt", () -> HealthFactor.of(new double[] {100}, new double[] {0.8}, 0));
        assertRejected("debt", () -> HealthFactor.borrowingHeadroom(new double[] {100}, new double[] {0.8}, -1));
    }

    @Test
    void rejectsCollateralAndThresholdsOutsideTheirDomain() {
        assertRejected("collateral", () -> HealthFactor.of(new double[0], new double[0], 1));
        assertRejected("collateral", () -> HealthFactor.of(new double[] {-1}, new double[] {0.8}, 1));
        assertRejected("liquidationThresholds", () -> HealthFactor.of(new double[] {100, 50}, new double[] {0.8}, 1));
        assertRejected("liquidationThresholds", () -> HealthFactor.of(new double[] {100}, new double[] {0}, 1));
        assertRejected("liquidationThresholds", () -> HealthFactor.of(new double[] {100}, new double[] {1.01}, 1));
        assertRejected("liquidationThresholds", () -> HealthFactor.of(new double[] {100}, new double[] {Double.NaN}, 1));
        assertRejected("collateral", () -> HealthFactor.weightedThreshold(new double[] {0, 0}, new double[] {0.8, 0.8}));
        assertRejected("healthFactor", () -> HealthFactor.dropToLiquidation(0));
        assertRejected("price", () -> HealthFactor.liquidationPrice(0, 1.2));
    }
}
