package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No published worked example of this stylised cascade exists, so the expected rounds are worked by hand from the
 * rule in the calculator contract: "each round liquidates every long whose liquidation price is at or above the current price,
 * then lowers the price by impact_per_unit × size liquidated; stop when a round liquidates nothing".
 */
class LiquidationCascadeTest {
    private static final double EPS = 1e-9;

    @Test
    void cascadeFollowsTheContractRoundByRound() {
        // the contract's own example positions=95.5:1000,94:500, price 100, 5 % shock, 0.001 per unit:
        // 95 → (95.5 ≥ 95) sell 1,000 → 94 → (94 ≥ 94, "at or above") sell 500 → 93.5 → nothing left.
        List<LiquidationCascade.Round> rounds =
                LiquidationCascade.run(100, 0.05, 0.001, new double[] {95.5, 94}, new double[] {1_000, 500});

        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0).liquidatedSize()).isCloseTo(1_000, within(EPS));
        assertThat(rounds.get(0).priceAfter()).isCloseTo(94, within(EPS));
        assertThat(rounds.get(1).liquidatedSize()).isCloseTo(500, within(EPS));
        assertThat(rounds.get(1).priceAfter()).isCloseTo(93.5, within(EPS));
        // Total drop 6.5 against a 5-point shock.
        assertThat(LiquidationCascade.amplification(100, 0.05, 93.5)).isCloseTo(1.3, within(EPS));
    }

    @Test
    void priceAfterShockFinalPriceAndTotalSummariseTheContractExample() {
        // the calculator contract's example again: the shock alone leaves 95; the rounds sell 1,000 + 500 and end at 93.5.
        List<LiquidationCascade.Round> rounds =
                LiquidationCascade.run(100, 0.05, 0.001, new double[] {95.5, 94}, new double[] {1_000, 500});

        assertThat(LiquidationCascade.priceAfterShock(100, 0.05)).isCloseTo(95, within(EPS));
        assertThat(LiquidationCascade.finalPrice(100, 0.05, rounds)).isCloseTo(93.5, within(EPS));
        assertThat(LiquidationCascade.totalLiquidated(rounds)).isCloseTo(1_500, within(EPS));
    }

    @Test
    void withoutRoundsThePriceEndsWhereTheShockLeftIt() {
        // A shock to 95 reaches no liquidation price at 90: nothing is sold.
        List<LiquidationCascade.Round> rounds = LiquidationCascade.run(100, 0.05, 0.001, new double[] {90}, new double[] {1_000});

        assertThat(rounds).isEmpty();
        assertThat(LiquidationCascade.finalPrice(100, 0.05, rounds)).isCloseTo(95, within(EPS));
        assertThat(LiquidationCascade.totalLiquidated(rounds)).isZero();
    }

    @Test
    void cascadeStopsAtTheFirstRoundThatLiquidatesNothing() {
        // 95 → sell 10 at LP 96 → 94 → sell 20 at LP 94 → 92 → LP 90 is below 92: stop, 30 left standing.
        List<LiquidationCascade.Round> rounds = LiquidationCascade.run(100, 0.05, 0.1,
                new double[] {96, 94, 90, 80}, new double[] {10, 20, 30, 5});

        assertThat(rounds).extracting(LiquidationCascade.Round::liquidatedSize).containsExactly(10.0, 20.0);
        assertThat(rounds.get(1).priceAfter()).isCloseTo(92, within(EPS));
        assertThat(LiquidationCascade.amplification(100, 0.05, 92)).isCloseTo(1.6, within(EPS));
    }

    @Test
    void shockThatReachesNoLiquidationPriceHasNoAmplification() {
        List<LiquidationCascade.Round> rounds = LiquidationCascade.run(100, 0.05, 1, new double[] {90}, new double[] {10});

        assertThat(rounds).isEmpty();
        assertThat(LiquidationCascade.amplification(100, 0.05, 95)).isCloseTo(1, within(EPS));
    }

    @Test
    void priceNeverFallsBelowZero() {
        // 5 → sell 100 → max(0, 5 − 100) = 0 → the long at 3 is now at or above 0 and goes too.
        List<LiquidationCascade.Round> rounds = LiquidationCascade.run(10, 0.5, 1, new double[] {6, 3}, new double[] {100, 1});

        assertThat(rounds).extracting(LiquidationCascade.Round::priceAfter).containsExactly(0.0, 0.0);
        assertThat(LiquidationCascade.amplification(10, 0.5, 0)).isCloseTo(2, within(EPS));
    }

    @Test
    void zeroImpactLiquidatesOnlyWhatTheShockReaches() {
        List<LiquidationCascade.Round> rounds = LiquidationCascade.run(100, 0.10, 0, new double[] {95, 89}, new double[] {5, 5});

        assertThat(rounds).hasSize(1);
        assertThat(rounds.get(0).priceAfter()).isCloseTo(90, within(EPS));
    }

    @Test
    void rejectsShockOutsideTheOpenUnitInterval() {
        assertRejected("shock", () -> LiquidationCascade.run(100, 0, 1, new double[] {90}, new double[] {1}));
        assertRejected("shock", () -> LiquidationCascade.run(100, 1, 1, new double[] {90}, new double[] {1}));
        assertRejected("shock", () -> LiquidationCascade.run(100, -0.1, 1, new double[] {90}, new double[] {1}));
        assertRejected("shock", () -> LiquidationCascade.run(100, Double.NaN, 1, new double[] {90}, new double[] {1}));
    }

    @Test
    void rejectsOtherArgumentsOutsideTheirDomain() {
        assertRejected("price", () -> LiquidationCascade.run(0, 0.1, 1, new double[] {90}, new double[] {1}));
        assertRejected("impactPerUnit", () -> LiquidationCascade.run(100, 0.1, -1, new double[] {90}, new double[] {1}));
        assertRejected("sizes", () -> LiquidationCascade.run(100, 0.1, 1, new double[] {90, 80}, new double[] {1}));
        assertRejected("liquidationPrices", () -> LiquidationCascade.run(100, 0.1, 1, new double[] {0}, new double[] {1}));
        assertRejected("sizes", () -> LiquidationCascade.run(100, 0.1, 1, new double[] {90}, new double[] {0}));
        assertRejected("price", () -> LiquidationCascade.amplification(0, 0.1, 0));
    }
    @Test
    void amplificationRejectsShockOutsideTheOpenUnitInterval() {
        assertRejected("shock", () -> LiquidationCascade.amplification(100, 0, 95));
        assertRejected("shock", () -> LiquidationCascade.amplification(100, Double.NaN, 95));
    }
}
