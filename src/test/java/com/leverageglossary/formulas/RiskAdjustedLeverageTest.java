package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * No worked numeric example was found in a stored copy of Thorp's paper, so the Kelly tests check the identities that
 * Thorp, "The Kelly Criterion in Blackjack, Sports Betting and the Stock Market" (2006), §7.1 and §7.3 derives from
 * g(f) = r + f(m − r) − f²s²/2: f* = (m − r)/s² maximises g, g(f*) = r + (m − r)²/(2s²), betting 2f* earns only r, and
 * fractional Kelly c·f* keeps c(2 − c) of the excess growth (3/4 at half Kelly).
 */
class RiskAdjustedLeverageTest {
    private static final double M = 0.11;
    private static final double R = 0.06;
    private static final double S = 0.20;

    @Test
    void volatilityTargetScalesExposureToTheTarget() {
        // Defining identity (Moreira & Muir 2017): exposure × asset volatility = target volatility.
        double leverage = RiskAdjustedLeverage.volatilityTarget(0.10, 0.20);

        assertThat(leverage).isCloseTo(0.5, within(1e-15));
        assertThat(leverage * 0.20).isCloseTo(0.10, within(1e-15));
        assertThat(RiskAdjustedLeverage.volatilityTarget(0.15, 0.05)).isCloseTo(3, within(1e-12));
    }

    @Test
    void kellyLeverageIsExcessReturnOverVariance() {
        assertThat(RiskAdjustedLeverage.kelly(M, R, S)).isCloseTo(0.05 / 0.04, within(1e-12));
    }

    @Test
    void kellyLeverageMaximisesGrowth() {
        double kelly = RiskAdjustedLeverage.kelly(M, R, S);
        double best = RiskAdjustedLeverage.growth(kelly, M, R, S);

        for (double f = 0; f <= 3; f += 0.01) {
            assertThat(RiskAdjustedLeverage.growth(f, M, R, S)).as("growth at %s", f).isLessThanOrEqualTo(best + 1e-15);
        }
        assertThat(best).isCloseTo(R + (M - R) * (M - R) / (2 * S * S), within(1e-15));
    }

    @Test
    void bettingTwiceKellyEarnsOnlyTheRiskFreeRate() {
        double kelly = RiskAdjustedLeverage.kelly(M, R, S);

        assertThat(RiskAdjustedLeverage.growth(2 * kelly, M, R, S)).isCloseTo(R, within(1e-15));
        assertThat(RiskAdjustedLeverage.growth(0, M, R, S)).isCloseTo(R, within(1e-15));
    }

    @Test
    void halfKellyKeepsThreeQuartersOfTheExcessGrowth() {
        double kelly = RiskAdjustedLeverage.kelly(M, R, S);
        double halfKelly = RiskAdjustedLeverage.halfKelly(M, R, S);
        double fullExcess = RiskAdjustedLeverage.growth(kelly, M, R, S) - R;
        double halfExcess = RiskAdjustedLeverage.growth(halfKelly, M, R, S) - R;

        assertThat(halfKelly).isCloseTo(0.625, within(1e-12));
        assertThat(halfExcess).isCloseTo(0.75 * fullExcess, within(1e-15));
    }

    @Test
    void kellyLeverageIsNegativeWhenTheAssetEarnsLessThanCash() {
        assertThat(RiskAdjustedLeverage.kelly(0.02, 0.05, 0.2)).isCloseTo(-0.75, within(1e-12));
    }

    @Test
    void rejectsArgumentsOutsideTheirDomain() {
        assertRejected("targetVolatility", () -> RiskAdjustedLeverage.volatilityTarget(0, 0.2));
        assertRejected("assetVolatility", () -> RiskAdjustedLeverage.volatilityTarget(0.1, 0));
        assertRejected("volatility", () -> RiskAdjustedLeverage.kelly(0.1, 0, -0.2));
        assertRejected("expectedReturn", () -> RiskAdjustedLeverage.kelly(Double.NaN, 0, 0.2));
        assertRejected("riskFree", () -> RiskAdjustedLeverage.kelly(0.1, Double.POSITIVE_INFINITY, 0.2));
        assertRejected("volatility", () -> RiskAdjustedLeverage.growth(1, 0.1, 0, 0));
    }
    @Test
    void growthRejectsNonFiniteReturnsAndLeverage() {
        assertRejected("expectedReturn", () -> RiskAdjustedLeverage.growth(1, Double.NaN, 0, 0.2));
        assertRejected("riskFree", () -> RiskAdjustedLeverage.growth(1, 0.1, Double.NaN, 0.2));
        assertRejected("leverage", () -> RiskAdjustedLeverage.growth(Double.NaN, 0.1, 0, 0.2));
    }
}
