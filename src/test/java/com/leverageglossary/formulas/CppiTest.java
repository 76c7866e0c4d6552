package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CppiTest {
    private static final double EPS = 1e-9;

    @Test
    @DisplayName("Investopedia, 'Constant Proportion Portfolio Insurance (CPPI)' (text as reproduced at "
            + "http://forexmalaya.com/forex-factory/11864-constant-proportion-portfolio-insurance.html): $100,000 portfolio, "
            + "$90,000 floor, multiplier 5 (= 1 / 20 % maximum crash) → $50,000 in the risky asset")
    void exposureIsMultiplierTimesCushion() {
        assertThat(Cppi.cushion(100_000, 90_000)).isCloseTo(10_000, within(EPS));
        assertThat(Cppi.exposure(100_000, 90_000, 5, null)).isCloseTo(50_000, within(EPS));
        assertThat(Cppi.maxSingleDrop(5)).isCloseTo(0.20, within(1e-15));
    }

    @Test
    @DisplayName("money365 glossary, 'Constant Proportion Portfolio Insurance' (https://www.money365.market/glossary/cppi): "
            + "$1,000,000, floor $850,000, m = 3 → $450,000 equity; at $1,100,000 → $750,000; at $950,000 → $300,000")
    void exposureRisesAndFallsWithTheCushion() {
        assertThat(Cppi.exposure(1_000_000, 850_000, 3, null)).isCloseTo(450_000, within(EPS));
        assertThat(Cppi.exposure(1_100_000, 850_000, 3, null)).isCloseTo(750_000, within(EPS));
        assertThat(Cppi.exposure(950_000, 850_000, 3, null)).isCloseTo(300_000, within(EPS));
    }

    @Test
    @DisplayName("AnalystForum, CFA Level III CPPI thread (https://www.analystforum.com/forums/cfa-forums/cfa-level-iii-forum/91252212): "
            + "100 with floor 75, m = 2 → 50 in stock; stock +50 % → portfolio 125, stock target 100; stock halves → 75, stock 0")
    void simulationRebalancesAtTheStartOfEveryPeriod() {
        List<Cppi.Step> steps = Cppi.simulate(100, 75, 2, null, new double[] {0.50, -0.50}, 0);

        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).exposure()).isCloseTo(50, within(EPS));
        assertThat(steps.get(0).value()).isCloseTo(125, within(EPS));
        assertThat(steps.get(0).floor()).isCloseTo(75, within(EPS));
        assertThat(steps.get(1).exposure()).isCloseTo(100, within(EPS));
        assertThat(steps.get(1).value()).isCloseTo(75, within(EPS));
        assertThat(Cppi.exposure(steps.get(1).value(), steps.get(1).floor(), 2, null)).isCloseTo(0, within(EPS));
    }

    @Test
    @DisplayName("Investopedia, 'Constant Proportion Portfolio Insurance - CPPI' (http://www.investopedia.com/terms/c/cppi.asp): "
            + "5 × ($100,000 − $90,000) = $50,000 to the risky asset, 'with the remainder going into cash' → $50,000")
    void safeAllocationIsTheRemainder() {
        assertThat(Cppi.safeAllocation(100_000, Cppi.exposure(100_000, 90_000, 5, null))).isCloseTo(50_000, within(EPS));
        // Exposure beyond the portfolio is borrowed: the safe allocation goes negative.
        assertThat(Cppi.safeAllocation(100, Cppi.exposure(100, 50, 4, null))).isCloseTo(-100, within(EPS));
    }

    @Test
    @DisplayName("AcadiFi, 'CPPI … floor, cushion' (https://acadifi.com/community/cppi-constant-proportion-portfolio-insurance-floor-cushion): "
            + "$10M, floor $8.5M, m = 3 → risky $4.5M (45 %), safe $5.5M (55 %); a fall of more than 1/m = 33 % breaches the floor")
    void exposureShareAndFloorBreach() {
        double exposure = Cppi.exposure(10_000_000, 8_500_000, 3, null);

        assertThat(exposure).isCloseTo(4_500_000, within(EPS));
        assertThat(Cppi.safeAllocation(10_000_000, exposure)).isCloseTo(5_500_000, within(EPS));
        assertThat(Cppi.exposureShare(10_000_000, exposure)).isCloseTo(0.45, within(EPS));
        // −40 %: 4.5M × 0.6 + 5.5M = 8.2M < 8.5M; −30 %: 8.65M stays above.
        List<Cppi.Step> crash = Cppi.simulate(10_000_000, 8_500_000, 3, null, new double[] {-0.40}, 0);
        assertThat(Cppi.finalValue(crash)).isCloseTo(8_200_000, within(1e-6));
        assertThat(Cppi.floorBreached(crash)).isTrue();
        assertThat(Cppi.floorBreached(Cppi.simulate(10_000_000, 8_500_000, 3, null, new double[] {-0.30}, 0))).isFalse();
    }

    @Test
    void floorAndSafeAllocationGrowAtTheSafeRate() {
        // Black & Perold (1992): the floor accrues at the riskless rate, as does the part not in the risky asset.
        List<Cppi.Step> steps = Cppi.simulate(100, 80, 3, null, new double[] {0.0}, 0.01);

        assertThat(steps.get(0).exposure()).isCloseTo(60, within(EPS));
        assertThat(steps.get(0).value()).isCloseTo(60 + 40 * 1.01, within(EPS));
        assertThat(steps.get(0).floor()).isCloseTo(80.8, within(EPS));
    }

    @Test
    void dropOfOneOverMultiplierTakesThePortfolioExactlyToTheFloor() {
        // Defining identity of max_single_drop_pct (100 / m): exposure m·C falling 1/m loses exactly the cushion C.
        double drop = Cppi.maxSingleDrop(5);

        Cppi.Step atLimit = Cppi.simulate(100, 80, 5, null, new double[] {-drop}, 0).get(0);
        Cppi.Step beyond = Cppi.simulate(100, 80, 5, null, new double[] {-0.25}, 0).get(0);

        assertThat(atLimit.value()).isCloseTo(80, within(EPS));
        assertThat(beyond.value()).isCloseTo(75, within(EPS)).isLessThan(beyond.floor());
    }

    @Test
    void capLimitsExposureToAFractionOfThePortfolio() {
        // min(m × cushion, cap × V): 5 × 25 = 125 is capped at 60 % of 100.
        assertThat(Cppi.exposure(100, 75, 5, 0.60)).isCloseTo(60, within(EPS));
        assertThat(Cppi.exposure(100, 75, 2, 0.60)).isCloseTo(50, within(EPS));
    }

    @Test
    void cushionIsZeroBelowTheFloor() {
        assertThat(Cppi.cushion(70, 75)).isZero();
        assertThat(Cppi.exposure(70, 75, 4, null)).isZero();
    }

    @Test
    void portfolioThatReachesZeroStaysAtZero() {
        // With a zero floor and m = 2 the book is levered 2x; a 60 % fall leaves −20, floored at 0.
        List<Cppi.Step> steps = Cppi.simulate(100, 0, 2, null, new double[] {-0.60, 0.50}, 0);

        assertThat(steps.get(0).value()).isZero();
        assertThat(steps.get(1).exposure()).isZero();
        assertThat(steps.get(1).value()).isZero();
    }

    @Test
    void rejectsArgumentsOutsideTheirDomain() {
        assertRejected("value", () -> Cppi.cushion(0, 10));
        assertRejected("floor", () -> Cppi.cushion(100, -1));
        assertRejected("multiplier", () -> Cppi.exposure(100, 80, 0, null));
        assertRejected("maxExposure", () -> Cppi.exposure(100, 80, 3, -0.1));
        assertRejected("multiplier", () -> Cppi.maxSingleDrop(-2));
        assertRejected("riskyReturns", () -> Cppi.simulate(100, 80, 3, null, new double[] {-1.0}, 0));
        assertRejected("safeRate", () -> Cppi.simulate(100, 80, 3, null, new double[] {0.1}, -1.0));
        assertRejected("exposure", () -> Cppi.exposureShare(100, -1));
        assertRejected("steps", () -> Cppi.finalValue(List.of()));
    }
}
