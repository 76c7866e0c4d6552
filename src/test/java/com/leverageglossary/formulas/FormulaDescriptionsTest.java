package com.leverageglossary.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a formula method does not itself evaluate its description (a path walked step by step, a compounded rate
 * computed through expm1 and log1p for its digits, a value taken in a loop with plain arithmetic), the description
 * shown as work gives the same number: to the last bit where both do the same operations in the same order.
 */
class FormulaDescriptionsTest {

    @Property
    void productReturnFormulaIsThePathsTotalReturnToTheLastBit(
            @ForAll @DoubleRange(min = -5, max = 5) double leverage,
            @ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = -0.99, max = 1.0) Double> returns) {
        Assume.that(leverage != 0);
        double[] r = returns.stream().mapToDouble(Double::doubleValue).toArray();

        assertThat(LeveragedProduct.productReturnFormula(leverage, r).value())
                .isEqualTo(LeveragedProduct.totalReturn(LeveragedProduct.path(leverage, r)));
        assertThat(LeveragedProduct.underlyingReturnFormula(r).value())
                .isEqualTo(LeveragedProduct.totalReturn(LeveragedProduct.underlyingPath(r)));
    }

    @Property
    void shownApyIsTheCompoundedRate(
            @ForAll @DoubleRange(min = -0.05, max = 0.05) double rate,
            @ForAll @DoubleRange(min = 1, max = 24) double intervalHours) {
        double apy = FundingCost.apy(rate, intervalHours);

        assertThat(FundingCost.apyFormula(rate, intervalHours).value()).isCloseTo(apy, within(1e-9 * Math.max(1, Math.abs(apy))));
    }

    /** The published examples of CppiTest (Investopedia, money365, AnalystForum, AcadiFi): value, floor, multiplier. */
    @ParameterizedTest
    @CsvSource({"100000, 90000, 5", "1000000, 850000, 3", "1100000, 850000, 3", "950000, 850000, 3", "100, 75, 2",
            "150, 75, 2", "100, 50, 4", "10000000, 8500000, 3", "100, 80, 3", "100, 80, 5"})
    void cppiExamplesAreTheirDescriptionsToTheLastBit(double value, double floor, double multiplier) {
        assertCppiAgrees(value, floor, multiplier, null);
        assertCppiAgrees(value, floor, multiplier, 1.0);
    }

    @Property
    void cppiCushionAndExposureAreTheirDescriptionsToTheLastBit(
            @ForAll @DoubleRange(min = 0.01, max = 1e9) double value,
            @ForAll @DoubleRange(min = 0, max = 2) double floorShare,
            @ForAll @DoubleRange(min = 0.01, max = 100) double multiplier,
            @ForAll @DoubleRange(min = 0, max = 10) double cap) {
        assertCppiAgrees(value, value * floorShare, multiplier, null);
        assertCppiAgrees(value, value * floorShare, multiplier, cap);
    }

    private static void assertCppiAgrees(double value, double floor, double multiplier, Double cap) {
        assertSameBits(Cppi.cushion(value, floor), Cppi.cushionFormula(value, floor));
        assertSameBits(Cppi.exposure(value, floor, multiplier, cap), Cppi.exposureFormula(value, floor, multiplier, cap));
    }

    /** The published examples of LendingLoopTest (Aave-style 75 % loops, CryptoGloss's 10,000 at 75 %, 80 %). */
    @ParameterizedTest
    @CsvSource({"1000, 0.75", "10000, 0.75", "1000, 0.8", "1, 0.8"})
    void lendingLoopExamplesAreTheirDescriptionsToTheLastBit(double deposit, double ltv) {
        for (int loops = 0; loops <= LendingLoop.MAX_LOOPS; loops++) {
            assertLoopAgrees(deposit, ltv, loops);
        }
    }

    @Property
    void lendingLoopCollateralAndLeverageAreTheirDescriptionsToTheLastBit(
            @ForAll @DoubleRange(min = 0.01, max = 1e9) double deposit,
            @ForAll @DoubleRange(min = 0, max = 0.999) @Scale(6) double ltv,
            @ForAll @IntRange(min = 0, max = LendingLoop.MAX_LOOPS) int loops) {
        assertLoopAgrees(deposit, ltv, loops);
    }

    private static void assertLoopAgrees(double deposit, double ltv, int loops) {
        double collateral = LendingLoop.collateral(deposit, ltv, loops);
        assertSameBits(collateral, LendingLoop.collateralFormula(deposit, ltv, loops));
        assertSameBits(LendingLoop.leverage(deposit, collateral), LendingLoop.leverageFormula(deposit, collateral));
    }

    /** Every round of LiquidationCascadeTest's cascades (its worked examples), and generated rounds. */
    @Test
    void cascadeExamplesRoundsAreTheirDescriptionsToTheLastBit() {
        assertRoundsAgree(100, 0.05, 0.001, new double[] {95.5, 94}, new double[] {1_000, 500});
        assertRoundsAgree(100, 0.05, 0.001, new double[] {90}, new double[] {1_000});
        assertRoundsAgree(100, 0.05, 1, new double[] {90}, new double[] {10});
        assertRoundsAgree(10, 0.5, 1, new double[] {6, 3}, new double[] {100, 1});
        assertRoundsAgree(100, 0.10, 0, new double[] {95, 89}, new double[] {5, 5});
    }

    @Property
    void cascadeRoundIsItsDescriptionToTheLastBit(
            @ForAll @DoubleRange(min = 0, max = 1e7) double priceBefore,
            @ForAll @DoubleRange(min = 0, max = 10) double impact,
            @ForAll @DoubleRange(min = 0.01, max = 1e6) double size) {
        assertSameBits(LiquidationCascade.priceAfterRound(priceBefore, impact, size), LiquidationCascade.roundFormula(priceBefore, impact, size));
    }

    private static void assertRoundsAgree(double price, double shock, double impact, double[] liquidationPrices, double[] sizes) {
        double before = LiquidationCascade.priceAfterShock(price, shock);
        for (LiquidationCascade.Round round : LiquidationCascade.run(price, shock, impact, liquidationPrices, sizes)) {
            assertSameBits(round.priceAfter(), LiquidationCascade.roundFormula(before, impact, round.liquidatedSize()));
            before = round.priceAfter();
        }
    }

    /** The published examples of PositionMarginTest (Bybit's USDT P&amp;L examples and the rest). */
    @ParameterizedTest
    @CsvSource({"LONG, 0.2, 7000, 7500", "SHORT, 0.4, 6000, 5000", "LONG, 1, 100, 95", "LONG, 10, 1500, 1483", "LONG, 0.5, 60000, 61000"})
    void unrealizedPnlExamplesAreTheirDescriptionsToTheLastBit(Side side, double quantity, double entry, double mark) {
        assertSameBits(PositionMargin.unrealizedPnl(side, quantity, entry, mark), PositionMargin.unrealizedPnlFormula(side, quantity, entry, mark));
    }

    @Property
    void unrealizedPnlIsItsDescriptionToTheLastBit(
            @ForAll Side side,
            @ForAll @DoubleRange(min = 0.0001, max = 1e6) @Scale(6) double quantity,
            @ForAll @DoubleRange(min = 0.01, max = 1e7) double entry,
            @ForAll @DoubleRange(min = 0.01, max = 1e7) double mark) {
        assertSameBits(PositionMargin.unrealizedPnl(side, quantity, entry, mark), PositionMargin.unrealizedPnlFormula(side, quantity, entry, mark));
    }

    private static void assertSameBits(double value, Formula description) {
        assertSameBits(description.symbol(), value, description);
    }

    /** {@code value} and its description's value are the same double, sign of zero included. */
    static void assertSameBits(String name, double value, Formula description) {
        assertThat(Double.doubleToRawLongBits(value)).as("%s: %s against its description's %s", name, value, description.value())
                .isEqualTo(Double.doubleToRawLongBits(description.value()));
    }
}
