package com.leverageglossary.content.examples;

import static com.leverageglossary.content.examples.WorkedExample.assertShows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.leverageglossary.formulas.BlackScholesMerton;
import com.leverageglossary.formulas.OptionType;
import org.apache.commons.numbers.gamma.Erfc;
import org.junit.jupiter.api.Test;

/**
 * Figures in the options entries that the option-leverage calculator does not print directly: sums of legs,
 * differences between two repricings, ratios, and the third-order greeks. Every option leg is priced with the
 * project's {@link BlackScholesMerton} (Black and Scholes 1973; Merton 1973, continuous yield), with the
 * calculator's conventions: T = days / 365, theta per calendar day, vega per volatility point.
 */
class OptionsExamplesTest {
    private static final double DAYS_PER_YEAR = 365;

    private static BlackScholesMerton option(OptionType type, double spot, double strike, double days, double volPct,
                                             double ratePct, double yieldPct) {
        return BlackScholesMerton.of(type, spot, strike, days / DAYS_PER_YEAR, volPct / 100, ratePct / 100, yieldPct / 100);
    }

    private static BlackScholesMerton call(double spot, double strike, double days, double volPct) {
        return option(OptionType.CALL, spot, strike, days, volPct, 0, 0);
    }

    private static BlackScholesMerton put(double spot, double strike, double days, double volPct) {
        return option(OptionType.PUT, spot, strike, days, volPct, 0, 0);
    }

    private static double thetaPerDay(BlackScholesMerton o) {
        return o.theta() / DAYS_PER_YEAR;
    }

    private static double n(double x) {
        return 0.5 * Erfc.value(-x / Math.sqrt(2));
    }

    private static double pdf(double x) {
        return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    }

    // Third-order greeks in closed form (Haug, "The Complete Guide to Option Pricing Formulas", 2nd ed., ch. 2),
    // with r = q = 0 as in the entries' examples; each is cross-checked against a finite difference below.

    /** Charm of a call per calendar day that passes (r = q = 0): −φ(d1)·(−d2·σ√T) / (2T·σ√T) / 365. */
    private static double charmPerDay(double spot, double strike, double days, double volPct) {
        double t = days / DAYS_PER_YEAR;
        double vol = volPct / 100;
        BlackScholesMerton o = call(spot, strike, days, volPct);
        return -pdf(o.d1()) * (-o.d2() * vol * Math.sqrt(t)) / (2 * t * vol * Math.sqrt(t)) / DAYS_PER_YEAR;
    }

    /** Speed, dΓ/dS = −(Γ / S)·(d1 / (σ√T) + 1). */
    private static double speed(double spot, double strike, double days, double volPct) {
        BlackScholesMerton o = call(spot, strike, days, volPct);
        double volRoot = volPct / 100 * Math.sqrt(days / DAYS_PER_YEAR);
        return -o.gamma() / spot * (o.d1() / volRoot + 1);
    }

    /** Color per calendar day that passes (r = q = 0): −∂Γ/∂τ / 365, ∂Γ/∂τ = −φ(d1)/(2Sτσ√τ)·[1 − d1·d2]. */
    private static double colorPerDay(double spot, double strike, double days, double volPct) {
        double tau = days / DAYS_PER_YEAR;
        double vol = volPct / 100;
        BlackScholesMerton o = call(spot, strike, days, volPct);
        double dGammaDTau = -pdf(o.d1()) / (2 * spot * tau * vol * Math.sqrt(tau)) * (1 - o.d1() * o.d2());
        return -dGammaDTau / DAYS_PER_YEAR;
    }

    @Test
    void termStructureDecayReturnsAndScaling() {
        String slug = "term-structure-of-leverage";
        double[] days = {7, 30, 90, 180};
        double[][] decayPct = {{7.14, 27.07}, {1.66, 3.40}, {0.55, 0.85}, {0.27, 0.37}};
        for (int i = 0; i < days.length; i++) {
            BlackScholesMerton atm = call(3200, 3200, days[i], 65);
            BlackScholesMerton wing = call(3200, 3600, days[i], 65);
            double atmDecay = -thetaPerDay(atm) / atm.price() * 100;
            double wingDecay = -thetaPerDay(wing) / wing.price() * 100;
            assertThat(atmDecay).isCloseTo(decayPct[i][0], within(0.005));
            assertThat(wingDecay).isCloseTo(decayPct[i][1], within(0.005));
            assertShows(slug, atmDecay, 2);
            assertShows(slug, wingDecay, 2);
        }
        BlackScholesMerton atm7 = call(3200, 3200, 7, 65);
        BlackScholesMerton atm30 = call(3200, 3200, 30, 65);
        BlackScholesMerton atm180 = call(3200, 3200, 180, 65);
        BlackScholesMerton wing7 = call(3200, 3600, 7, 65);
        double elasticity7 = atm7.delta() * 3200 / atm7.price();
        double elasticity30 = atm30.delta() * 3200 / atm30.price();
        assertShows(slug, 30.0 / 7, 1);
        assertShows(slug, elasticity7 / elasticity30, 2);
        assertShows(slug, Math.sqrt(30.0 / 7), 2);
        assertShows(slug, atm7.gamma() / atm180.gamma(), 1);
        assertShows(slug, 1000 * wing7.delta() * 3200 / wing7.price(), 0);
        assertShows(slug, 1000 * atm180.delta() * 3200 / atm180.price(), 0);
        assertShows(slug, atm7.gamma() * 100, 3);
        assertShows(slug, 3200 / wing7.price(), 0);

        // One week later: +5 % (3,360) or flat, volatility unchanged; the 7-day call is at expiry.
        assertShows(slug, 3360 - 3200, 2);
        assertShows(slug, ((3360 - 3200) / atm7.price() - 1) * 100, 2);
        double[] bought = {30, 90, 180};
        for (double d : bought) {
            double start = call(3200, 3200, d, 65).price();
            assertShows(slug, (call(3360, 3200, d - 7, 65).price() / start - 1) * 100, 2);
            assertShows(slug, (call(3200, 3200, d - 7, 65).price() / start - 1) * 100, 2);
        }
    }

    @Test
    void rhoPredictionAgainstRepricing() {
        BlackScholesMerton call = option(OptionType.CALL, 5000, 5000, 365, 18, 4.5, 1.5);
        BlackScholesMerton callUp = option(OptionType.CALL, 5000, 5000, 365, 18, 5.5, 1.5);
        BlackScholesMerton put = option(OptionType.PUT, 5000, 5000, 365, 18, 4.5, 1.5);
        BlackScholesMerton putUp = option(OptionType.PUT, 5000, 5000, 365, 18, 5.5, 1.5);
        assertShows("rho", call.price() + call.rho() / 100, 2);
        assertShows("rho", callUp.price() - call.price(), 2);
        assertShows("rho", putUp.price() - put.price(), 2);
    }

    @Test
    void charmMatchesTheOneDayChangeInDelta() {
        double charm21 = charmPerDay(150, 170, 21, 80);
        double charm7 = charmPerDay(150, 170, 7, 80);
        double change21 = call(150, 170, 20, 80).delta() - call(150, 170, 21, 80).delta();
        double change7 = call(150, 170, 6, 80).delta() - call(150, 170, 7, 80).delta();
        assertThat(charm21).isCloseTo(change21, within(0.0003));
        assertThat(charm7).isCloseTo(change7, within(0.0015));
        assertShows("charm", charm21, 5);
        assertShows("charm", charm7, 5);
        assertShows("charm", change21, 5);
        assertShows("charm", 1000 * call(150, 170, 7, 80).delta(), 0);
        assertShows("charm", 1000 * call(150, 170, 6, 80).delta(), 0);
        assertShows("charm", -1000 * change7, 0);
    }

    @Test
    void speedAcrossSpotAndTheLinearGammaEstimate() {
        for (double spot : new double[] {170, 180, 190}) {
            double h = 0.01;
            double difference = (call(spot + h, 180, 14, 35).gamma() - call(spot - h, 180, 14, 35).gamma()) / (2 * h);
            assertThat(speed(spot, 180, 14, 35)).isCloseTo(difference, within(1e-7));
            assertShows("speed", speed(spot, 180, 14, 35), 6);
        }
        assertShows("speed", call(180, 180, 14, 35).gamma() + 2 * speed(180, 180, 14, 35), 6);
    }

    @Test
    void colorMatchesTheOneDayChangeInGamma() {
        for (double spot : new double[] {95, 100}) {
            double color = colorPerDay(spot, 100, 10, 45);
            double oneDay = call(spot, 100, 9, 45).gamma() - call(spot, 100, 10, 45).gamma();
            assertThat(color).isCloseTo(oneDay, within(0.00025));
            assertShows("color", color, 6);
            assertShows("color", color / call(spot, 100, 10, 45).gamma() * 100, 1);
        }
    }

    @Test
    void blackScholesMertonLegsOfThe260Call() {
        String slug = "black-scholes-merton-model";
        double t = 60 / DAYS_PER_YEAR;
        BlackScholesMerton o = option(OptionType.CALL, 250, 260, 60, 30, 4, 0.5);
        assertShows(slug, t, 4);
        assertShows(slug, o.d1(), 4);
        assertShows(slug, o.d2(), 4);
        assertShows(slug, n(o.d1()), 4);
        assertShows(slug, n(o.d2()), 4);
        double stockLeg = 250 * Math.exp(-0.005 * t) * n(o.d1());
        double strikeLeg = 260 * Math.exp(-0.04 * t) * n(o.d2());
        assertShows(slug, stockLeg, 2);
        assertShows(slug, strikeLeg, 2);
        assertThat(stockLeg - strikeLeg).isCloseTo(o.price(), within(1e-9));
    }

    @Test
    void putCallParityOnTheIndex() {
        double t = 90 / DAYS_PER_YEAR;
        BlackScholesMerton c = option(OptionType.CALL, 4800, 4800, 90, 16, 5, 1.3);
        BlackScholesMerton p = option(OptionType.PUT, 4800, 4800, 90, 16, 5, 1.3);
        double spotLeg = 4800 * Math.exp(-0.013 * t);
        double strikeLeg = 4800 * Math.exp(-0.05 * t);
        assertThat(c.price() - p.price()).isCloseTo(spotLeg - strikeLeg, within(1e-9));
        assertShows("put-call-parity", c.price() - p.price(), 2);
        assertShows("put-call-parity", spotLeg, 2);
        assertShows("put-call-parity", strikeLeg, 2);
    }

    @Test
    void moneynessAndTimeValue() {
        assertShows("moneyness", 150 - 120, 2);
        assertShows("moneyness", 180 - 150, 2);
        assertShows("intrinsic-value", 48 - 45, 2);
        assertShows("intrinsic-value", call(48, 45, 40, 40).price() - 3, 2);
        assertShows("intrinsic-value", put(48, 45, 40, 40).price(), 2);
        assertShows("intrinsic-value", call(48, 45, 5, 40).price() - 3, 2);
    }

    @Test
    void deltaHedgeOfFiftyShortEthCalls() {
        String slug = "delta-hedging";
        BlackScholesMerton before = call(3200, 3500, 30, 70);
        BlackScholesMerton after = call(3300, 3500, 30, 70);
        double hedge = 50 * before.delta();
        double optionLoss = 50 * (after.price() - before.price());
        double hedgeGain = hedge * 100;
        assertShows(slug, hedge, 2);
        assertShows(slug, after.price() - before.price(), 2);
        assertShows(slug, optionLoss, 2);
        assertShows(slug, hedgeGain, 2);
        assertShows(slug, optionLoss - hedgeGain, 2);
        assertShows(slug, 0.5 * before.gamma() * 100 * 100 * 50, 2);
        assertShows(slug, 50 * after.delta(), 2);
        assertShows(slug, 50 * (after.delta() - before.delta()), 2);
        assertShows(slug, 50 * thetaPerDay(before), 2);
    }

    @Test
    void gammaScalpingStraddleBreakeven() {
        String slug = "gamma-scalping";
        BlackScholesMerton c = call(120, 120, 30, 50);
        BlackScholesMerton p = put(120, 120, 30, 50);
        double gamma = c.gamma() + p.gamma();
        double theta = thetaPerDay(c) + thetaPerDay(p);
        double breakeven = 120 * 0.50 / Math.sqrt(DAYS_PER_YEAR);
        assertShows(slug, c.price(), 2);
        assertShows(slug, c.price() + p.price(), 2);
        assertShows(slug, gamma, 5);
        assertShows(slug, theta, 4);
        assertShows(slug, c.delta() + p.delta(), 4);
        assertShows(slug, c.delta() + p.delta(), 3);
        assertShows(slug, breakeven, 2);
        assertShows(slug, breakeven / 120 * 100, 1);
        // With r = q = 0, ½·Γ·(Sσ/√365)² equals −theta per day exactly (the Black–Scholes equation).
        assertThat(0.5 * gamma * breakeven * breakeven).isCloseTo(-theta, within(1e-9));
        assertShows(slug, 0.5 * gamma * 4 * 4, 4);
        assertShows(slug, 0.5 * gamma * 4 * 4 + theta, 4);
        assertShows(slug, 0.5 * gamma * 2 * 2, 4);
        assertShows(slug, 0.5 * gamma * 2 * 2 + theta, 4);
    }

    @Test
    void volatilitySmileCostOfThePutWing() {
        double flat = put(3000, 2600, 30, 65).price();
        double skewed = put(3000, 2600, 30, 78).price();
        assertShows("volatility-smile", (1 - 2600.0 / 3000) * 100, 0);
        assertShows("volatility-smile", (skewed / flat - 1) * 100, 2);
    }

    @Test
    void realizedVolatilityOfFiveSolReturns() {
        // Sample standard deviation of log returns (n − 1), annualised by √365 for crypto and √252 for equities.
        String slug = "realized-volatility";
        double[] closes = {150, 154, 149, 152, 147, 151};
        double[] returns = new double[closes.length - 1];
        double mean = 0;
        for (int i = 1; i < closes.length; i++) {
            returns[i - 1] = Math.log(closes[i] / closes[i - 1]);
            mean += returns[i - 1] / returns.length;
            assertShows(slug, returns[i - 1] * 100, 2);
        }
        double squares = 0;
        for (double r : returns) {
            squares += (r - mean) * (r - mean);
        }
        double daily = Math.sqrt(squares / (returns.length - 1));
        assertShows(slug, mean * 100, 2);
        assertShows(slug, daily * 100, 2);
        assertShows(slug, daily * Math.sqrt(365) * 100, 2);
        assertShows(slug, daily * Math.sqrt(252) * 100, 2);
        assertShows(slug, 75 - daily * Math.sqrt(365) * 100, 2);
        assertShows(slug, Math.sqrt(365), 2);
        assertShows(slug, Math.sqrt(252), 2);
    }

    @Test
    void coveredCallOnOneHundredShares() {
        String slug = "covered-call";
        BlackScholesMerton c = call(62, 65, 30, 35);
        double premium = c.price();
        assertShows(slug, premium * 100, 2);
        assertShows(slug, 62 - premium, 2);
        assertShows(slug, 65 - 62 + premium, 2);
        assertShows(slug, (65 - 62 + premium) * 100, 2);
        assertShows(slug, (65 - 62 + premium) / 62 * 100, 2);
        assertShows(slug, premium / 62 * 100, 2);
        assertShows(slug, 100 * (1 - c.delta()), 2);
    }

    @Test
    void protectivePutOnTenEth() {
        String slug = "protective-put";
        BlackScholesMerton p = put(3100, 2800, 60, 70);
        double worst = 3100 - 2800 + p.price();
        assertShows(slug, (1 - 2800.0 / 3100) * 100, 2);
        assertShows(slug, 10 * p.price(), 2);
        assertShows(slug, p.price() / 3100 * 100, 2);
        assertShows(slug, worst, 2);
        assertShows(slug, worst / 3100 * 100, 2);
        assertShows(slug, 10 * worst, 2);
        assertShows(slug, 3100 + p.price(), 2);
        assertShows(slug, 10 * (1 + p.delta()), 2);
    }

    @Test
    void straddleLegsSummed() {
        String slug = "straddle";
        BlackScholesMerton c = call(210, 210, 14, 55);
        BlackScholesMerton p = put(210, 210, 14, 55);
        double cost = c.price() + p.price();
        assertShows(slug, cost, 2);
        assertShows(slug, cost / 210 * 100, 2);
        assertShows(slug, 210 - cost, 2);
        assertShows(slug, 210 + cost, 2);
        assertShows(slug, c.delta() + p.delta(), 4);
        assertShows(slug, c.gamma() + p.gamma(), 5);
        assertShows(slug, (c.vega() + p.vega()) / 100, 4);
        assertShows(slug, thetaPerDay(c) + thetaPerDay(p), 4);
        assertShows(slug, (c.vega() + p.vega()) / 100 / cost * 100, 1);
    }

    @Test
    void bullCallSpreadOnSol() {
        String slug = "vertical-spread";
        BlackScholesMerton low = call(150, 150, 30, 80);
        BlackScholesMerton high = call(150, 170, 30, 80);
        double debit = low.price() - high.price();
        double delta = low.delta() - high.delta();
        assertShows(slug, debit, 2);
        assertShows(slug, 20 - debit, 2);
        assertShows(slug, (20 - debit) / debit, 2);
        assertShows(slug, 150 + debit, 2);
        assertShows(slug, delta, 4);
        assertShows(slug, delta * 150 / debit, 2);
        assertShows(slug, thetaPerDay(low) - thetaPerDay(high), 4);
    }

    @Test
    void shortCallMarginUnderCboeStyleAndAevoRules() {
        String slug = "options-margin";
        // Uncovered equity call (tastytrade, after Cboe Rule 10.3 / FINRA 4210): the greatest of
        // 20 % of the stock − OTM amount + premium, 10 % of the stock + premium, and 2.50, per share × 100.
        double premium = call(65, 70, 30, 40).price();
        double first = (0.20 * 65 - (70 - 65) + premium) * 100;
        double second = (0.10 * 65 + premium) * 100;
        double requirement = Math.max(Math.max(first, second), 250);
        assertShows(slug, first, 2);
        assertShows(slug, second, 2);
        assertShows(slug, premium * 100, 2);
        assertShows(slug, requirement - premium * 100, 2);
        assertShows(slug, 6500 / requirement, 2);
        // Aevo standard margin for a short call: IM = max(0.15 − OTM / spot, 0.1) × spot + mark; MM = 0.1 × spot + mark.
        double mark = call(3000, 3100, 14, 70).price();
        double factor = Math.max(0.15 - (3100 - 3000) / 3000.0, 0.1);
        double initial = factor * 3000 + mark;
        assertShows(slug, factor, 4);
        assertShows(slug, initial, 2);
        assertShows(slug, 0.1 * 3000 + mark, 2);
        assertShows(slug, 3000 / initial, 2);
    }

    @Test
    void syntheticLongEqualsTheForward() {
        String slug = "synthetic-position";
        double t = 120 / DAYS_PER_YEAR;
        BlackScholesMerton c = option(OptionType.CALL, 75, 80, 120, 35, 4, 0);
        BlackScholesMerton p = option(OptionType.PUT, 75, 80, 120, 35, 4, 0);
        double net = c.price() - p.price();
        assertThat(net).isCloseTo(75 - 80 * Math.exp(-0.04 * t), within(1e-9));
        assertShows(slug, net, 2);
        assertShows(slug, 80 * Math.exp(-0.04 * t), 2);
        assertShows(slug, c.delta() - p.delta(), 4);
        assertShows(slug, 80 + net * Math.exp(0.04 * t), 2);
        assertShows(slug, 75 * Math.exp(0.04 * t), 2);
    }

    @Test
    void turboLongOnAnIndex() {
        // Turbo long: price ≈ (S − financing level) × ratio; leverage = S × ratio / price (Societe Generale glossary).
        String slug = "turbo-certificate";
        double ratio = 0.01;
        double price = (18000 - 16500) * ratio;
        assertShows(slug, price, 2);
        assertShows(slug, 18000 * ratio / price, 1);
        assertShows(slug, (18900 - 16500) * ratio, 2);
        assertShows(slug, ((18900 - 16500) * ratio / price - 1) * 100, 0);
        assertShows(slug, (17100 - 16500) * ratio, 2);
        assertShows(slug, 17100 * ratio / ((17100 - 16500) * ratio), 1);
        assertShows(slug, (1 - 16800.0 / 18000) * 100, 2);
        assertShows(slug, (16800 - 16500) * ratio, 2);
        double dailyFinancing = 16500 * 0.065 / DAYS_PER_YEAR;
        assertShows(slug, dailyFinancing, 2);
        assertShows(slug, dailyFinancing * ratio, 4);
        assertShows(slug, dailyFinancing * ratio / price * 100, 3);
        BlackScholesMerton indexCall = call(18000, 18000, 30, 15);
        assertShows(slug, -thetaPerDay(indexCall) / indexCall.price() * 100, 2);
    }
}
