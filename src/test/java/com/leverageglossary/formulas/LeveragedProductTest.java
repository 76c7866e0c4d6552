package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeveragedProductTest {
    private static final double EPS = 1e-12;

    @Test
    @DisplayName("Nasdaq FAQ 1539 'Are there additional risks associated with investing in Leveraged and Inverse ETPs?' "
            + "(https://listingcenter.nasdaq.com/Material_search.aspx?materials=1539&mcd=LQ&criteria=2&cid=142): −1x fund, "
            + "index −10 %, +20 %, −20 %, +20 % → index 103.68, fund $110, $88, $105.60, $84.48")
    void inverseFundLosesWhileIndexGainsInAChoppyMarket() {
        double[] returns = {-0.10, 0.20, -0.20, 0.20};

        double[] fund = LeveragedProduct.path(-1, returns);
        double[] index = LeveragedProduct.underlyingPath(returns);

        assertThat(fund[0]).isCloseTo(1.10, within(EPS));
        assertThat(fund[1]).isCloseTo(0.88, within(EPS));
        assertThat(fund[2]).isCloseTo(1.056, within(EPS));
        assertThat(fund[3]).isCloseTo(0.8448, within(EPS));
        assertThat(index[3]).isCloseTo(1.0368, within(EPS));
    }

    @Test
    @DisplayName("Nasdaq FAQ 1539, same path: 'the index increased 3.68 % but the value of the fund decreased 15.52 %', against "
            + "'the simple inverse return of −3.68 %'")
    void decayIsTheNaiveReturnLessTheProductsReturn() {
        double[] returns = {-0.10, 0.20, -0.20, 0.20};
        double[] index = LeveragedProduct.underlyingPath(returns);
        double fundReturn = LeveragedProduct.totalReturn(LeveragedProduct.path(-1, returns));
        double indexReturn = LeveragedProduct.totalReturn(index);
        double naive = LeveragedProduct.naiveReturn(-1, indexReturn);

        assertThat(fundReturn).isCloseTo(-0.1552, within(EPS));
        assertThat(indexReturn).isCloseTo(0.0368, within(EPS));
        assertThat(naive).isCloseTo(-0.0368, within(EPS));
        assertThat(LeveragedProduct.decay(naive, fundReturn)).isCloseTo(0.1184, within(EPS));
        // The naive path mirrors the index day by day: 100 − (90 − 100), ...
        assertThat(LeveragedProduct.naivePath(-1, index)).containsExactly(new double[] {1.10, 0.92, 1.136, 0.9632}, within(EPS));
        assertThat(LeveragedProduct.wipedOut(LeveragedProduct.path(-1, returns))).isFalse();
    }

    @Test
    @DisplayName("ProShares, 'The Universal Effects of Compounding and Leveraged Funds' "
            + "(http://www.profunds.com/universal_effects_of_compounding.html): +10 % then −10 % turns $100 into $99; "
            + "+10 % twice → $121; −10 % twice → $81")
    void unleveredCompoundingMatchesProSharesExamples() {
        assertThat(LeveragedProduct.underlyingPath(new double[] {0.10, -0.10})[1]).isCloseTo(0.99, within(EPS));
        assertThat(LeveragedProduct.underlyingPath(new double[] {0.10, 0.10})[1]).isCloseTo(1.21, within(EPS));
        assertThat(LeveragedProduct.underlyingPath(new double[] {-0.10, -0.10})[1]).isCloseTo(0.81, within(EPS));
        // A 1x product is the underlying itself.
        assertThat(LeveragedProduct.path(1, new double[] {0.10, -0.10})).containsExactly(
                LeveragedProduct.underlyingPath(new double[] {0.10, -0.10}), within(EPS));
    }

    @Test
    void dailyResetTwoTimesProductLosesFourPercentOnProSharesPath() {
        // the calculator contract rule (1 + L·r) per period on ProShares' +10 %/−10 % path: 1.20 × 0.80 = 0.96 while the index ends at 0.99.
        double[] values = LeveragedProduct.path(2, new double[] {0.10, -0.10});

        assertThat(values[0]).isCloseTo(1.20, within(EPS));
        assertThat(values[1]).isCloseTo(0.96, within(EPS));
    }

    @Test
    void wipedOutProductStaysAtZero() {
        // the calculator contract: "floored at 0 (a product that reaches 0 is wiped out and stays at 0)"; 3 × −40 % = −120 %.
        double[] values = LeveragedProduct.path(3, new double[] {-0.40, 0.50, 0.10});

        assertThat(values).containsExactly(0, 0, 0);
        assertThat(LeveragedProduct.wipedOut(values)).isTrue();
        assertThat(LeveragedProduct.totalReturn(values)).isEqualTo(-1.0);
    }

    @Test
    void logDragIsZeroWithoutLeverageAndSymmetricForMinusOne() {
        // (L² − L)σ²T/2 vanishes for L = 1 and equals σ²T for both L = 2 and L = −1.
        assertThat(LeveragedProduct.logDrag(1, 0.2, 1)).isCloseTo(0, within(EPS));
        assertThat(LeveragedProduct.logDrag(2, 0.2, 1)).isCloseTo(0.04, within(EPS));
        assertThat(LeveragedProduct.logDrag(-1, 0.2, 1)).isCloseTo(0.04, within(EPS));
        assertThat(LeveragedProduct.flatMarketReturn(0.04)).isCloseTo(Math.exp(-0.04) - 1, within(EPS));
    }

    @Test
    @DisplayName("log drag (L² − L)σ²T/2 (Cheng & Madhavan 2009) matches a daily-reset path whose underlying ends flat")
    void logDragMatchesAFinelyRebalancedPathThatEndsFlat() {
        // Identity check: alternate +a and −a/(1 + a) so the underlying returns exactly to 1 with realised variance σ²T.
        double sigma = 0.20;
        int steps = 20_000;
        double a = sigma / Math.sqrt(steps);
        double[] returns = new double[steps];
        for (int i = 0; i < steps; i += 2) {
            returns[i] = a;
            returns[i + 1] = -a / (1 + a);
        }

        double[] product = LeveragedProduct.path(2, returns);
        double[] underlying = LeveragedProduct.underlyingPath(returns);

        assertThat(underlying[steps - 1]).isCloseTo(1, within(1e-9));
        assertThat(Math.log(product[steps - 1])).isCloseTo(-LeveragedProduct.logDrag(2, sigma, 1), within(5e-4));
    }

    @Test
    void rejectsZeroOrNonFiniteLeverage() {
        assertRejected("leverage", () -> LeveragedProduct.path(0, new double[] {0.01}));
        assertRejected("leverage", () -> LeveragedProduct.path(Double.NaN, new double[] {0.01}));
        assertRejected("leverage", () -> LeveragedProduct.logDrag(0, 0.2, 1));
    }

    @Test
    void rejectsReturnsThatAreNotReturns() {
        assertRejected("returns", () -> LeveragedProduct.path(2, new double[0]));
        assertRejected("returns", () -> LeveragedProduct.path(2, new double[] {0.1, -1.0}));
        assertRejected("returns", () -> LeveragedProduct.underlyingPath(new double[] {-1.5}));
        assertRejected("returns", () -> LeveragedProduct.underlyingPath(new double[0]));
    }

    @Test
    void rejectsVolatilityAndDaysOutsideTheirDomain() {
        assertRejected("volatility", () -> LeveragedProduct.logDrag(2, -0.1, 1));
        assertRejected("years", () -> LeveragedProduct.logDrag(2, 0.2, 0));
    }
}
