package com.leverageglossary.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Identities every strategy obeys: put–call parity (Hull, "Options, Futures, and Other Derivatives", 10th ed.,
 * ch. 11), the bounded loss of an iron condor (ch. 12's spreads combined), and breakevens being the zeros of the
 * expiry profit.
 */
class OptionStrategyPropertiesTest {

    /**
     * Long call + short put at strike K is worth S − K e^(−rT) at any price and volatility; a future entered at F is
     * worth S − F; so the synthetic is the future less the discounted strike difference K e^(−rT) − F.
     */
    @Property
    void syntheticLongIsAFutureLessTheDiscountedStrikeDifference(
            @ForAll @DoubleRange(min = 100, max = 200_000) double spot,
            @ForAll @DoubleRange(min = 0.5, max = 1.5) double strikeShare,
            @ForAll @DoubleRange(min = 0.6, max = 1.4) double entryShare,
            @ForAll @DoubleRange(min = 1, max = 720) double days,
            @ForAll @DoubleRange(min = 0.05, max = 2) double vol,
            @ForAll @DoubleRange(min = -0.05, max = 0.2) double rate,
            @ForAll @DoubleRange(min = 0.5, max = 1.5) double priceShare) {
        double strike = spot * strikeShare;
        double entry = spot * entryShare;
        double years = DayCount.years(days);
        OptionStrategy synthetic = OptionStrategy.of(List.of(
                StrategyLeg.option(Side.LONG, OptionType.CALL, 1, strike, years, vol),
                StrategyLeg.option(Side.SHORT, OptionType.PUT, 1, strike, years, vol)), spot, rate);
        OptionStrategy future = OptionStrategy.of(List.of(StrategyLeg.future(Side.LONG, 1, entry)), spot, rate);
        double price = spot * priceShare;
        double discountedStrikeDifference = strike * Math.exp(-rate * years) - entry;

        double syntheticValue = synthetic.pnlToday(price, 0) + synthetic.netPremium();
        double futureValue = future.pnlToday(price, 0);

        assertThat(syntheticValue).isCloseTo(futureValue - discountedStrikeDifference, within(spot * 1e-9));
        assertThat(synthetic.delta()).isCloseTo(future.delta(), within(1e-9));
    }

    /** Long put K1, short put K2, short call K3, long call K4 with equal wings w: the worst loss is w less the credit. */
    @Property
    void ironCondorMaximumLossIsTheWingWidthLessTheCredit(
            @ForAll @DoubleRange(min = 1_000, max = 100_000) double spot,
            @ForAll @DoubleRange(min = 0.01, max = 0.2) double wingShare,
            @ForAll @DoubleRange(min = 0.01, max = 0.3) double bodyShare,
            @ForAll @IntRange(min = 1, max = 10) int quantity,
            @ForAll @DoubleRange(min = 1, max = 365) double days,
            @ForAll @DoubleRange(min = 0.1, max = 1.5) double vol) {
        double wing = spot * wingShare;
        double shortPut = spot * (1 - bodyShare);
        double shortCall = spot * (1 + bodyShare);
        double years = DayCount.years(days);
        OptionStrategy condor = OptionStrategy.of(List.of(
                StrategyLeg.option(Side.LONG, OptionType.PUT, quantity, shortPut - wing, years, vol),
                StrategyLeg.option(Side.SHORT, OptionType.PUT, quantity, shortPut, years, vol),
                StrategyLeg.option(Side.SHORT, OptionType.CALL, quantity, shortCall, years, vol),
                StrategyLeg.option(Side.LONG, OptionType.CALL, quantity, shortCall + wing, years, vol)), spot, 0);
        double credit = -condor.netPremium();

        OptionStrategy.ExpiryProfile profile = condor.expiryProfile(condor.netPremium());

        assertThat(credit).isGreaterThanOrEqualTo(0);
        assertThat(profile.maxLoss().getAsDouble()).isCloseTo(quantity * wing - credit, within(spot * 1e-9));
        assertThat(profile.maxProfit().getAsDouble()).isCloseTo(credit, within(spot * 1e-9));
    }

    /** Up to four random legs: the expiry profit is zero at each breakeven and changes sign between them. */
    @Property
    void breakevensAreWhereTheExpiryProfitIsZero(
            @ForAll @IntRange(min = 0, max = 2) int firstKind, @ForAll @DoubleRange(min = 0.5, max = 1.5) double firstStrike,
            @ForAll @IntRange(min = 0, max = 2) int secondKind, @ForAll @DoubleRange(min = 0.5, max = 1.5) double secondStrike,
            @ForAll @IntRange(min = -3, max = 3) int firstQuantity, @ForAll @IntRange(min = -3, max = 3) int secondQuantity,
            @ForAll @DoubleRange(min = 1, max = 90) double days, @ForAll @DoubleRange(min = 0.2, max = 1.2) double vol) {
        double spot = 50_000;
        double years = DayCount.years(days);
        List<StrategyLeg> legs = List.of(
                leg(firstKind, firstQuantity == 0 ? 1 : firstQuantity, spot * firstStrike, years, vol),
                leg(secondKind, secondQuantity == 0 ? -1 : secondQuantity, spot * secondStrike, years, vol));
        OptionStrategy strategy = OptionStrategy.of(legs, spot, 0.03);
        double premium = strategy.netPremium();

        double[] breakevens = strategy.expiryProfile(premium).breakevens();

        for (double breakeven : breakevens) {
            assertThat(strategy.pnlAtHorizon(breakeven, premium)).isCloseTo(0, within(spot * 1e-9));
        }
        for (int i = 1; i < breakevens.length; i++) {
            assertThat(breakevens[i]).isGreaterThan(breakevens[i - 1]);
        }
    }

    private static StrategyLeg leg(int kind, int signedQuantity, double strike, double years, double vol) {
        Side side = signedQuantity > 0 ? Side.LONG : Side.SHORT;
        return switch (kind) {
            case 0 -> StrategyLeg.option(side, OptionType.CALL, Math.abs(signedQuantity), strike, years, vol);
            case 1 -> StrategyLeg.option(side, OptionType.PUT, Math.abs(signedQuantity), strike, years, vol);
            default -> StrategyLeg.future(side, Math.abs(signedQuantity), strike);
        };
    }

    /** Unshocked, every leg is valued at its own volatility, even one below the 1-point floor of shocked ones: no move, no P&amp;L. */
    @Property
    void anUnshockedStrategyAtSpotHasNoProfitOrLoss(
            @ForAll @DoubleRange(min = 100, max = 200_000) double spot,
            @ForAll @DoubleRange(min = 0.5, max = 1.5) double strikeShare,
            @ForAll @DoubleRange(min = 1, max = 720) double days,
            @ForAll @DoubleRange(min = 0.001, max = 0.05) @Scale(6) double lowVol,
            @ForAll @DoubleRange(min = -0.05, max = 0.2) double rate) {
        double years = DayCount.years(days);
        OptionStrategy strategy = OptionStrategy.of(List.of(
                StrategyLeg.option(Side.LONG, OptionType.CALL, 1, spot * strikeShare, years, lowVol),
                StrategyLeg.option(Side.SHORT, OptionType.PUT, 2, spot, years, 0.5)), spot, rate);

        assertThat(strategy.pnlToday(spot, 0)).isCloseTo(0, within(spot * 1e-12));
    }
}
