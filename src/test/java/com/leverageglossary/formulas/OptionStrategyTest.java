package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Strategy payoffs and profits against the textbook examples. Hull, "Options, Futures, and Other Derivatives",
 * 10th ed., ch. 12 "Trading Strategies Involving Options" gives the premiums, so these tests pass his premium to
 * {@link OptionStrategy#expiryProfile} and {@link OptionStrategy#pnlAtHorizon}; the model's own premium is checked
 * against Hull's Black–Scholes–Merton example. Volatility and time do not change an expiry payoff when every leg
 * expires together, so they are set to any valid value.
 */
class OptionStrategyTest {
    private static final double YEARS = 0.25;
    private static final double VOL = 0.3;

    private static StrategyLeg call(Side side, double quantity, double strike) {
        return StrategyLeg.option(side, OptionType.CALL, quantity, strike, YEARS, VOL);
    }

    private static StrategyLeg put(Side side, double quantity, double strike) {
        return StrategyLeg.option(side, OptionType.PUT, quantity, strike, YEARS, VOL);
    }

    @Test
    @DisplayName("Hull 10th ed. ch. 12, bull spread example: buy the $30 call for $3, sell the $35 call for $1; profit −2, S−32, 3")
    void bullSpreadFromCallsMatchesHull() {
        OptionStrategy spread = OptionStrategy.of(List.of(call(Side.LONG, 1, 30), call(Side.SHORT, 1, 35)), 32, 0);
        double cost = 3 - 1;

        assertThat(spread.pnlAtHorizon(25, cost)).isCloseTo(-2, within(1e-12));
        assertThat(spread.pnlAtHorizon(33, cost)).isCloseTo(1, within(1e-12));
        assertThat(spread.pnlAtHorizon(40, cost)).isCloseTo(3, within(1e-12));
        OptionStrategy.ExpiryProfile profile = spread.expiryProfile(cost);
        assertThat(profile.maxProfit().getAsDouble()).isCloseTo(3, within(1e-12));
        assertThat(profile.maxLoss().getAsDouble()).isCloseTo(2, within(1e-12));
        assertThat(profile.breakevens()).containsExactly(new double[] {32}, within(1e-9));
    }

    @Test
    @DisplayName("McMillan, Options as a Strategic Investment, ch. 7 Table 7-1: 100 × (30/35 bull spread) for a $200 debit")
    void bullSpreadMatchesMcMillanTable() {
        OptionStrategy spread = OptionStrategy.of(List.of(call(Side.LONG, 100, 30), call(Side.SHORT, 100, 35)), 33, 0);

        assertThat(spread.pnlAtHorizon(25, 200)).isCloseTo(-200, within(1e-9));
        assertThat(spread.pnlAtHorizon(30, 200)).isCloseTo(-200, within(1e-9));
        assertThat(spread.pnlAtHorizon(32, 200)).isCloseTo(0, within(1e-9));
        assertThat(spread.pnlAtHorizon(35, 200)).isCloseTo(300, within(1e-9));
        assertThat(spread.pnlAtHorizon(45, 200)).isCloseTo(300, within(1e-9));
        assertThat(spread.expiryProfile(200).breakevens()).containsExactly(new double[] {32}, within(1e-9));
    }

    @Test
    @DisplayName("Hull 10th ed. ch. 12, bear spread example: buy the $35 put for $3, sell the $30 put for $1; breakeven 33")
    void bearSpreadFromPutsMatchesHull() {
        OptionStrategy spread = OptionStrategy.of(List.of(put(Side.LONG, 1, 35), put(Side.SHORT, 1, 30)), 33, 0);

        OptionStrategy.ExpiryProfile profile = spread.expiryProfile(2);
        assertThat(profile.maxProfit().getAsDouble()).isCloseTo(3, within(1e-12));
        assertThat(profile.maxLoss().getAsDouble()).isCloseTo(2, within(1e-12));
        assertThat(profile.breakevens()).containsExactly(new double[] {33}, within(1e-9));
    }

    @Test
    @DisplayName("Hull 10th ed. ch. 12, butterfly example: calls 55/60/65 at $10/$7/$5 cost $1; profit between 56 and 64, at most 4")
    void butterflyMatchesHull() {
        OptionStrategy fly = OptionStrategy.of(List.of(call(Side.LONG, 1, 55), call(Side.SHORT, 2, 60), call(Side.LONG, 1, 65)), 61, 0);
        double cost = 10 + 5 - 2 * 7;

        OptionStrategy.ExpiryProfile profile = fly.expiryProfile(cost);
        assertThat(profile.maxProfit().getAsDouble()).isCloseTo(4, within(1e-12));
        assertThat(profile.maxLoss().getAsDouble()).isCloseTo(1, within(1e-12));
        assertThat(profile.breakevens()).containsExactly(new double[] {56, 64}, within(1e-9));
    }

    @Test
    @DisplayName("Hull 10th ed. ch. 12, straddle example: $70 call for $4 and put for $3; −6 at 69, −7 at 70, +13 at 90, +8 at 55")
    void straddleMatchesHull() {
        OptionStrategy straddle = OptionStrategy.of(List.of(call(Side.LONG, 1, 70), put(Side.LONG, 1, 70)), 69, 0);
        double cost = 4 + 3;

        assertThat(straddle.pnlAtHorizon(69, cost)).isCloseTo(-6, within(1e-12));
        assertThat(straddle.pnlAtHorizon(70, cost)).isCloseTo(-7, within(1e-12));
        assertThat(straddle.pnlAtHorizon(90, cost)).isCloseTo(13, within(1e-12));
        assertThat(straddle.pnlAtHorizon(55, cost)).isCloseTo(8, within(1e-12));
        OptionStrategy.ExpiryProfile profile = straddle.expiryProfile(cost);
        assertThat(profile.maxProfit()).isEmpty();
        assertThat(profile.maxLoss().getAsDouble()).isCloseTo(7, within(1e-12));
        assertThat(profile.breakevens()).containsExactly(new double[] {63, 77}, within(1e-9));
    }

    @Test
    @DisplayName("Hull 10th ed. ch. 12, strangle payoff table: K1 − S below the put strike, 0 between, S − K2 above the call strike")
    void strangleFollowsHullsPayoffTable() {
        OptionStrategy strangle = OptionStrategy.of(List.of(put(Side.LONG, 1, 55_000), call(Side.LONG, 1, 65_000)), 60_000, 0);

        assertThat(strangle.pnlAtHorizon(50_000, 0)).isCloseTo(5_000, within(1e-9));
        assertThat(strangle.pnlAtHorizon(60_000, 0)).isZero();
        assertThat(strangle.pnlAtHorizon(72_000, 0)).isCloseTo(7_000, within(1e-9));
        OptionStrategy.ExpiryProfile profile = strangle.expiryProfile(3_000);
        assertThat(profile.maxLoss().getAsDouble()).isCloseTo(3_000, within(1e-9));
        assertThat(profile.breakevens()).containsExactly(new double[] {52_000, 68_000}, within(1e-6));
    }

    @Test
    @DisplayName("A short straddle loses without bound above, and is bounded below by the strike at a price of 0")
    void shortStraddleHasUnboundedLoss() {
        OptionStrategy straddle = OptionStrategy.of(List.of(call(Side.SHORT, 1, 70), put(Side.SHORT, 1, 70)), 69, 0);

        OptionStrategy.ExpiryProfile profile = straddle.expiryProfile(-7);
        assertThat(profile.maxLoss()).isEmpty();
        assertThat(profile.maxProfit().getAsDouble()).isCloseTo(7, within(1e-12));
        assertThat(profile.breakevens()).containsExactly(new double[] {63, 77}, within(1e-9));
    }

    @Test
    @DisplayName("Hull 10th ed. ch. 15 example: S=42, K=40, r=10 %, σ=20 %, T=0.5 gives c=4.76, p=0.81; long call + short put costs 3.95")
    void premiumIsTheBlackScholesMertonValueOfTheLegs() {
        OptionStrategy synthetic = OptionStrategy.of(List.of(
                StrategyLeg.option(Side.LONG, OptionType.CALL, 1, 40, 0.5, 0.2),
                StrategyLeg.option(Side.SHORT, OptionType.PUT, 1, 40, 0.5, 0.2)), 42, 0.1);

        assertThat(synthetic.netPremium()).isCloseTo(4.76 - 0.81, within(0.01));
        assertThat(synthetic.delta()).isCloseTo(1, within(1e-12));
        assertThat(synthetic.gamma()).isCloseTo(0, within(1e-12));
        assertThat(synthetic.vegaPerPoint()).isCloseTo(0, within(1e-12));
    }

    @Test
    @DisplayName("Greeks add up with signs: a bull spread's delta is the long call's less the short call's")
    void greeksAreSummedWithSigns() {
        BlackScholesMerton low = BlackScholesMerton.of(OptionType.CALL, 60_000, 60_000, 30 / 365.0, 0.6, 0, 0);
        BlackScholesMerton high = BlackScholesMerton.of(OptionType.CALL, 60_000, 66_000, 30 / 365.0, 0.55, 0, 0);
        OptionStrategy spread = OptionStrategy.of(List.of(
                StrategyLeg.option(Side.LONG, OptionType.CALL, 1, 60_000, 30 / 365.0, 0.6),
                StrategyLeg.option(Side.SHORT, OptionType.CALL, 1, 66_000, 30 / 365.0, 0.55)), 60_000, 0);

        assertThat(spread.netPremium()).isCloseTo(low.price() - high.price(), within(1e-9));
        assertThat(spread.delta()).isCloseTo(low.delta() - high.delta(), within(1e-12));
        assertThat(spread.gamma()).isCloseTo(low.gamma() - high.gamma(), within(1e-15));
        assertThat(spread.vegaPerPoint()).isCloseTo(low.vegaPerPoint() - high.vegaPerPoint(), within(1e-12));
        assertThat(spread.thetaPerDay()).isCloseTo(low.thetaPerDay() - high.thetaPerDay(), within(1e-12));
    }

    @Test
    @DisplayName("A later leg is valued by Black–Scholes–Merton at the nearest expiry (a calendar spread)")
    void laterLegIsValuedAtTheNearestExpiry() {
        OptionStrategy calendar = OptionStrategy.of(List.of(
                StrategyLeg.option(Side.SHORT, OptionType.CALL, 1, 60_000, 30 / 365.0, 0.5),
                StrategyLeg.option(Side.LONG, OptionType.CALL, 1, 60_000, 90 / 365.0, 0.5)), 60_000, 0.02);
        double premium = calendar.netPremium();
        double later = BlackScholesMerton.of(OptionType.CALL, 63_000, 60_000, 60 / 365.0, 0.5, 0.02, 0).price();

        assertThat(calendar.horizonYears()).isEqualTo(30 / 365.0);
        assertThat(calendar.pnlAtHorizon(63_000, premium)).isCloseTo(later - 3_000 - premium, within(1e-9));
        OptionStrategy.ExpiryProfile profile = calendar.expiryProfile(premium);
        assertThat(profile.maxLoss().getAsDouble()).isCloseTo(premium, within(1e-9));
        assertThat(profile.breakevens()).hasSize(2);
        for (double breakeven : profile.breakevens()) {
            assertThat(calendar.pnlAtHorizon(breakeven, premium)).isCloseTo(0, within(1e-6));
        }
    }

    @Test
    @DisplayName("A curved profile's maximum is found between grid points: it matches a scan of every 5 USD")
    void curvedProfileMaximumMatchesAFineScan() {
        OptionStrategy calendar = OptionStrategy.of(List.of(
                StrategyLeg.option(Side.SHORT, OptionType.CALL, 1, 60_000, 30 / 365.0, 0.5),
                StrategyLeg.option(Side.LONG, OptionType.CALL, 1, 60_000, 90 / 365.0, 0.5)), 60_000, 0.02);
        double premium = calendar.netPremium();
        double scanned = Double.NEGATIVE_INFINITY;
        for (double price = 50_000; price <= 70_000; price += 5) {
            scanned = Math.max(scanned, calendar.pnlAtHorizon(price, premium));
        }

        assertThat(calendar.expiryProfile(premium).maxProfit().getAsDouble()).isCloseTo(scanned, within(0.01));
    }

    @Test
    @DisplayName("A future has no premium, a delta of 1 and a linear P&L; alone it is unbounded both ways")
    void futureLegIsLinear() {
        OptionStrategy future = OptionStrategy.of(List.of(StrategyLeg.future(Side.LONG, 2, 60_000)), 61_000, 0);

        assertThat(future.netPremium()).isZero();
        assertThat(future.delta()).isEqualTo(2);
        assertThat(future.pnlToday(61_000, 0)).isEqualTo(2_000);
        assertThat(future.pnlAtHorizon(59_000, 0)).isEqualTo(-2_000);
        OptionStrategy.ExpiryProfile profile = future.expiryProfile(0);
        assertThat(profile.maxProfit()).isEmpty();
        assertThat(profile.maxLoss().getAsDouble()).isEqualTo(120_000);
        assertThat(profile.breakevens()).containsExactly(60_000);
    }

    @Test
    @DisplayName("A volatility shock moves a long straddle's value by about its vega; shocked volatility never falls below 1 point")
    void volatilityShockRevaluesTheLegs() {
        OptionStrategy straddle = OptionStrategy.of(List.of(
                StrategyLeg.option(Side.LONG, OptionType.CALL, 1, 60_000, 30 / 365.0, 0.6),
                StrategyLeg.option(Side.LONG, OptionType.PUT, 1, 60_000, 30 / 365.0, 0.6)), 60_000, 0);

        assertThat(straddle.pnlToday(60_000, 0)).isCloseTo(0, within(1e-9));
        assertThat(straddle.pnlToday(60_000, 0.01)).isCloseTo(straddle.vegaPerPoint(), within(straddle.vegaPerPoint() * 0.01));
        assertThat(straddle.pnlToday(60_000, -5)).isCloseTo(straddle.pnlToday(60_000, OptionStrategy.MIN_VOLATILITY - 0.6), within(1e-9));
    }

    @Test
    void rejectsBadLegsAndSpot() {
        assertRejected("legs", () -> OptionStrategy.of(List.of(), 100, 0));
        assertRejected("spot", () -> OptionStrategy.of(List.of(call(Side.LONG, 1, 100)), 0, 0));
        assertRejected("quantity", () -> StrategyLeg.option(Side.LONG, OptionType.CALL, 0, 100, 1, 0.2));
        assertRejected("strike", () -> StrategyLeg.option(Side.LONG, OptionType.CALL, 1, -1, 1, 0.2));
        assertRejected("years", () -> StrategyLeg.option(Side.LONG, OptionType.PUT, 1, 100, 0, 0.2));
        assertRejected("volatility", () -> StrategyLeg.option(Side.LONG, OptionType.PUT, 1, 100, 1, 0));
        assertRejected("entryPrice", () -> StrategyLeg.future(Side.SHORT, 1, 0));
    }
}
