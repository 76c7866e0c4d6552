package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Defining identities only: skew = (long − short)/(long + short) and ratio = long/short as the class Javadoc and
 * the calculator contract define them (exchanges publish the ratio, e.g. Binance's "Long/Short Ratio"; no worked example of the
 * skew was found), checked against each other: skew = (ratio − 1)/(ratio + 1).
 */
class LeverageSkewTest {

    @Test
    void sixtyFortyOpenInterestIsTwentyPercentLongSkew() {
        assertThat(LeverageSkew.skew(60, 40)).isCloseTo(0.20, within(1e-15));
        assertThat(LeverageSkew.longShortRatio(60, 40)).isCloseTo(1.5, within(1e-15));
        assertThat(LeverageSkew.totalOpenInterest(60, 40)).isEqualTo(100.0);
    }

    @Test
    void skewAndRatioDescribeTheSameImbalance() {
        for (double[] oi : new double[][] {{60, 40}, {10, 90}, {1_234.5, 678.9}, {5, 5}}) {
            double ratio = LeverageSkew.longShortRatio(oi[0], oi[1]);
            assertThat(LeverageSkew.skew(oi[0], oi[1])).isCloseTo((ratio - 1) / (ratio + 1), within(1e-12));
        }
    }

    @Test
    void skewRunsFromMinusOneAllShortToPlusOneAllLong() {
        assertThat(LeverageSkew.skew(100, 0)).isEqualTo(1.0);
        assertThat(LeverageSkew.skew(0, 100)).isEqualTo(-1.0);
        assertThat(LeverageSkew.skew(50, 50)).isZero();
    }

    @Test
    void ratioIsUndefinedWithoutShorts() {
        assertRejected("shortOpenInterest", () -> LeverageSkew.longShortRatio(60, 0));
    }

    @Test
    void rejectsArgumentsOutsideTheirDomain() {
        assertRejected("longOpenInterest", () -> LeverageSkew.skew(0, 0));
        assertRejected("longOpenInterest", () -> LeverageSkew.skew(-1, 10));
        assertRejected("shortOpenInterest", () -> LeverageSkew.skew(10, -1));
        assertRejected("longOpenInterest", () -> LeverageSkew.longShortRatio(Double.NaN, 10));
        assertRejected("shortOpenInterest", () -> LeverageSkew.longShortRatio(10, Double.POSITIVE_INFINITY));
    }
}
