package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FundingCostTest {
    private static final String BINANCE = "Binance, 'Introduction to Binance Futures Funding Rates' (quoted at "
            + "https://www.btcysb.com/what-is-funding-in-binance-futures/): ";

    @Test
    @DisplayName(BINANCE + "three 8-hour funding intervals a day")
    void eightHourFundingSettlesThreeTimesADay() {
        assertThat(FundingCost.intervals(1, 8)).isCloseTo(3, within(1e-12));
        assertThat(FundingCost.intervals(30, 8)).isCloseTo(90, within(1e-12));
        assertThat(FundingCost.intervals(1, 1)).isCloseTo(24, within(1e-12));
    }

    @Test
    @DisplayName(BINANCE + "the interest component 0.01 % per interval is 0.03 % daily; "
            + "Funding Amount = Nominal Value of Positions × Funding Rate")
    void fundingPaidIsNotionalTimesRateTimesIntervals() {
        double perDayPerUnitNotional = FundingCost.paid(1, 0.0001, FundingCost.intervals(1, 8));

        assertThat(perDayPerUnitNotional).isCloseTo(0.0003, within(1e-15));
        assertThat(FundingCost.paid(50_000, 0.0001, 1)).isCloseTo(5, within(1e-12));
    }

    @Test
    void negativeRateMeansThePositionReceivesFunding() {
        assertThat(FundingCost.paid(50_000, -0.0001, 3)).isCloseTo(-15, within(1e-12));
    }

    @Test
    void aprIsRateTimesIntervalsPerYear() {
        // Simple annualisation: 0.03 % a day (Binance, above) × 365 = 10.95 %.
        assertThat(FundingCost.apr(0.0001, 8)).isCloseTo(0.1095, within(1e-15));
    }

    @Test
    void apyCompoundsEveryInterval() {
        // Identity: (1 + r)^(intervals per year) − 1, checked against 1,095 explicit multiplications.
        double compounded = 1;
        for (int i = 0; i < 365 * 3; i++) {
            compounded *= 1.0001;
        }

        assertThat(FundingCost.apy(0.0001, 8)).isCloseTo(compounded - 1, within(1e-12));
        assertThat(FundingCost.apy(0.0001, 8)).isGreaterThan(FundingCost.apr(0.0001, 8));
    }

    @Test
    @DisplayName("dMEX docs, 'Funding Cost' (https://docs.dmex.app/formulas/funding-cost): 'When funding is deducted, it is "
            + "subtracted from the position margin'; with Binance's amount (notional × rate, above) 50,000 at 0.01 % for 30 days "
            + "pays 450, leaving 4,550 of a 5,000 margin (9 % taken) and leverage 50,000 / 4,550 = 10.99x")
    void fundingComesOutOfTheMarginAndRaisesTheLeverage() {
        // No exchange page works this through; it applies the dMEX rule to the Binance funding amount.
        double paid = FundingCost.paid(50_000, 0.0001, FundingCost.intervals(30, 8));
        double after = FundingCost.marginAfter(5_000, paid);

        assertThat(paid).isCloseTo(450, within(1e-9));
        assertThat(after).isCloseTo(4_550, within(1e-9));
        assertThat(FundingCost.shareOfMargin(paid, 5_000)).isCloseTo(0.09, within(1e-12));
        assertThat(FundingCost.leverageAfter(50_000, after)).isCloseTo(10.989, within(0.0005));
    }

    @Test
    void receivedFundingAddsToTheMargin() {
        assertThat(FundingCost.marginAfter(5_000, FundingCost.paid(50_000, -0.0001, 3))).isCloseTo(5_015, within(1e-9));
    }

    @Test
    void rejectsArgumentsOutsideTheirDomain() {
        assertRejected("marginAfter", () -> FundingCost.leverageAfter(50_000, 0));
        assertRejected("margin", () -> FundingCost.shareOfMargin(10, 0));
        assertRejected("days", () -> FundingCost.intervals(0, 8));
        assertRejected("days", () -> FundingCost.intervals(-3, 8));
        assertRejected("intervalHours", () -> FundingCost.intervals(1, 0));
        assertRejected("notional", () -> FundingCost.paid(0, 0.0001, 3));
        assertRejected("ratePerInterval", () -> FundingCost.paid(1_000, Double.NaN, 3));
        assertRejected("intervals", () -> FundingCost.paid(1_000, 0.0001, -1));
        assertRejected("intervalHours", () -> FundingCost.apr(0.0001, 0));
        assertRejected("ratePerInterval", () -> FundingCost.apy(-1, 8));
        assertRejected("ratePerInterval", () -> FundingCost.apy(Double.POSITIVE_INFINITY, 8));
        assertRejected("intervalHours", () -> FundingCost.apy(0.0001, -8));
    }
    @Test
    void aprRejectsNonFiniteRate() {
        assertRejected("ratePerInterval", () -> FundingCost.apr(Double.NaN, 8));
        assertRejected("ratePerInterval", () -> FundingCost.apr(Double.POSITIVE_INFINITY, 8));
    }
}
