package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** BIS, Basel Framework LEV40 "Leverage ratio requirements for G-SIBs", https://www.bis.org/basel_framework/chapter/LEV/40.htm. */
class BaselLeverageRatioTest {

    @Test
    @DisplayName("LEV40.4: the Tier 1 leverage ratio requirement is a 3 % minimum plus the G-SIB buffer (0 for other banks)")
    void minimumRequirementIsThreePercent() {
        assertThat(BaselLeverageRatio.requirement(0)).isCloseTo(0.03, within(1e-15));
        assertThat(BaselLeverageRatio.MINIMUM).isEqualTo(0.03);
    }

    @Test
    @DisplayName("LEV40.2: 'a G-SIB subject to a 2 % higher loss-absorbency requirement would be subject to a 1 % leverage "
            + "ratio buffer requirement' → 3 % + 1 % = 4 %")
    void gsibBufferIsHalfTheHigherLossAbsorbencySurcharge() {
        assertThat(BaselLeverageRatio.requirement(0.02)).isCloseTo(0.04, within(1e-15));
        assertThat(BaselLeverageRatio.requirement(0.01)).isCloseTo(0.035, within(1e-15));
    }

    @Test
    void ratioIsTierOneCapitalOverExposureMeasure() {
        // Defining identity (LEV20 / bcbs270): 3 of Tier 1 on 100 of exposure is exactly the 3 % minimum.
        assertThat(BaselLeverageRatio.ratio(3, 100)).isCloseTo(0.03, within(1e-15));
        assertThat(BaselLeverageRatio.ratio(3, 100)).isGreaterThanOrEqualTo(BaselLeverageRatio.requirement(0));
        assertThat(BaselLeverageRatio.ratio(3, 100)).isLessThan(BaselLeverageRatio.requirement(0.02));
    }

    @Test
    void maxExposureIsCapitalOverRequirement() {
        // At the 3 % minimum, capital supports 33⅓ times itself; a 2 % G-SIB (4 %) only 25 times.
        assertThat(BaselLeverageRatio.maxExposure(3, 0.03)).isCloseTo(100, within(1e-9));
        assertThat(BaselLeverageRatio.maxExposure(1, BaselLeverageRatio.requirement(0.02))).isCloseTo(25, within(1e-9));
    }

    @Test
    @DisplayName("LEV40.2 (https://www.bis.org/basel_framework/chapter/LEV/40.htm?inforce=20220101&published=20191215): a 2 % G-SIB "
            + "needs 4 %; a bank exactly at 4 % carries 25 of exposure per unit of Tier 1, at the 3 % minimum 33⅓")
    void equivalentLeverageIsExposureOverCapital() {
        assertThat(BaselLeverageRatio.equivalentLeverage(4, 100)).isCloseTo(25, within(1e-12));
        assertThat(BaselLeverageRatio.equivalentLeverage(3, 100)).isCloseTo(100.0 / 3, within(1e-12));
        assertThat(BaselLeverageRatio.equivalentLeverage(4, 100)).isCloseTo(1 / BaselLeverageRatio.ratio(4, 100), within(1e-12));
    }

    @Test
    void rejectsArgumentsOutsideTheirDomain() {
        assertRejected("tier1Capital", () -> BaselLeverageRatio.equivalentLeverage(0, 100));
        assertRejected("tier1Capital", () -> BaselLeverageRatio.ratio(0, 100));
        assertRejected("exposureMeasure", () -> BaselLeverageRatio.ratio(3, -100));
        assertRejected("gsibSurcharge", () -> BaselLeverageRatio.requirement(-0.01));
        assertRejected("gsibSurcharge", () -> BaselLeverageRatio.requirement(Double.NaN));
        assertRejected("tier1Capital", () -> BaselLeverageRatio.maxExposure(Double.POSITIVE_INFINITY, 0.03));
        assertRejected("requirement", () -> BaselLeverageRatio.maxExposure(3, 0));
    }
}
