package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No published worked example of a multi-round loop was found, so these tests check the defining identities
 * of the calculator contract ("Leverage loop with n rounds at loan-to-value λ: collateral D(1 − λ^(n+1))/(1 − λ), limit
 * 1/(1 − λ)") against an explicit round-by-round simulation of borrow-and-redeposit.
 */
class LendingLoopTest {

    /** Deposit, then n times: borrow λ × the last deposit, buy and redeposit it. */
    private static double[] simulateRounds(double deposit, double ltv, int loops) {
        double collateral = deposit;
        double debt = 0;
        double lastDeposit = deposit;
        for (int i = 0; i < loops; i++) {
            double borrowed = lastDeposit * ltv;
            debt += borrowed;
            collateral += borrowed;
            lastDeposit = borrowed;
        }
        return new double[] {collateral, debt};
    }

    @Test
    void collateralEqualsRoundByRoundSummation() {
        // 1,000 + 750 + 562.5 + 421.875 = 2,734.375 at λ = 75 % after 3 loops.
        for (int loops = 0; loops <= 30; loops++) {
            double[] rounds = simulateRounds(1_000, 0.75, loops);
            assertThat(LendingLoop.collateral(1_000, 0.75, loops)).as("collateral after %d loops", loops)
                    .isCloseTo(rounds[0], within(1e-9));
            assertThat(LendingLoop.debt(1_000, 0.75, loops)).as("debt after %d loops", loops)
                    .isCloseTo(rounds[1], within(1e-9));
        }
        assertThat(LendingLoop.collateral(1_000, 0.75, 3)).isCloseTo(2_734.375, within(1e-9));
    }

    @Test
    @DisplayName("CryptoGloss, 'Recursive Borrowing' (https://cryptogloss.io/glossary/recursive-borrowing/): $10,000 at 75 % LTV → "
            + "$17,500 collateral, 1.75× after one loop; $23,125, 2.31× after two; $27,344, 2.73× after three; 4× at most")
    void leverageIsCollateralOverDeposit() {
        double[] collateral = {17_500, 23_125, 27_343.75};
        double[] leverage = {1.75, 2.31, 2.73};
        for (int loops = 1; loops <= 3; loops++) {
            double c = LendingLoop.collateral(10_000, 0.75, loops);
            assertThat(c).isCloseTo(collateral[loops - 1], within(1e-9));
            assertThat(LendingLoop.leverage(10_000, c)).isCloseTo(leverage[loops - 1], within(0.005));
        }
        assertThat(LendingLoop.maxLeverage(0.75)).isEqualTo(4.0);
    }

    @Test
    void zeroLoopsLeavesTheDepositUnlevered() {
        assertThat(LendingLoop.collateral(1_000, 0.8, 0)).isCloseTo(1_000, within(1e-12));
        assertThat(LendingLoop.debt(1_000, 0.8, 0)).isCloseTo(0, within(1e-12));
    }

    @Test
    void leverageApproachesOneOverOneMinusLtvFromBelow() {
        // Geometric-series limit: 1/(1 − 0.75) = 4, 1/(1 − 0.8) = 5.
        assertThat(LendingLoop.maxLeverage(0.75)).isCloseTo(4, within(1e-12));
        assertThat(LendingLoop.maxLeverage(0.8)).isCloseTo(5, within(1e-12));
        double previous = 0;
        for (int loops = 0; loops <= LendingLoop.MAX_LOOPS; loops++) {
            double leverage = LendingLoop.collateral(1, 0.8, loops);
            assertThat(leverage).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(LendingLoop.maxLeverage(0.8));
            previous = leverage;
        }
        assertThat(previous).isCloseTo(5, within(1e-8));
    }

    @Test
    void healthFactorOfTheLoopFollowsAaveDefinition() {
        // the calculator contract: health factor = collateral × LT / debt; liquidation price = price / HF.
        double collateral = LendingLoop.collateral(1_000, 0.75, 3);
        double debt = LendingLoop.debt(1_000, 0.75, 3);
        double hf = HealthFactor.of(new double[] {collateral}, new double[] {0.8}, debt);

        assertThat(hf).isCloseTo(2_734.375 * 0.8 / 1_734.375, within(1e-12));
        assertThat(HealthFactor.liquidationPrice(1, hf) * collateral * 0.8).isCloseTo(debt, within(1e-9));
    }

    @Test
    void netApyEarnsSupplyOnCollateralAndPaysBorrowOnDebt() {
        // Defining identity: one year of interest on each leg, over the deposit.
        double collateral = 2_734.375;
        double debt = 1_734.375;
        double yearOfInterest = collateral * 0.03 - debt * 0.02;

        assertThat(LendingLoop.netApy(1_000, collateral, debt, 0.03, 0.02)).isCloseTo(yearOfInterest / 1_000, within(1e-15));
        assertThat(LendingLoop.netApy(1_000, collateral, debt, 0.03, 0.02)).isCloseTo(0.04734375, within(1e-15));
    }

    @Test
    void rejectsLtvAtOrAboveOneHundredPercent() {
        assertRejected("loanToValue", () -> LendingLoop.collateral(1_000, 1.0, 3));
        assertRejected("loanToValue", () -> LendingLoop.collateral(1_000, -0.1, 3));
        assertRejected("loanToValue", () -> LendingLoop.maxLeverage(1.0));
        assertRejected("loanToValue", () -> LendingLoop.maxLeverage(Double.NaN));
    }

    @Test
    void rejectsLoopsOutsideZeroToMax() {
        assertRejected("loops", () -> LendingLoop.collateral(1_000, 0.5, -1));
        assertRejected("loops", () -> LendingLoop.collateral(1_000, 0.5, LendingLoop.MAX_LOOPS + 1));
    }

    @Test
    void rejectsOtherArgumentsOutsideTheirDomain() {
        assertRejected("deposit", () -> LendingLoop.collateral(0, 0.5, 1));
        assertRejected("deposit", () -> LendingLoop.leverage(0, 1));
        assertRejected("deposit", () -> LendingLoop.netApy(0, 1, 0, 0.01, 0.02));
        assertRejected("supplyApy", () -> LendingLoop.netApy(1, 1, 0, Double.NaN, 0.02));
        assertRejected("borrowApy", () -> LendingLoop.netApy(1, 1, 0, 0.01, Double.POSITIVE_INFINITY));
    }
}
