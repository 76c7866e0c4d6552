package com.leverageglossary.content.examples;

import static com.leverageglossary.content.examples.WorkedExample.assertShows;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.numbers.gamma.Erfc;
import org.junit.jupiter.api.Test;

/**
 * Recomputes the worked examples of the risk-measurement entries that no calculator computes.
 * Normal quantiles used throughout, as the entries state them: z = 1.645 (95 %), 1.960 (97.5 %), 2.326 (99 %).
 */
class RiskMeasurementExamplesTest {
    private static final double Z95 = 1.645;
    private static final double Z975 = 1.960;
    private static final double Z99 = 2.326;

    /** Standard normal density. */
    private static double phi(double z) {
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    }

    /** Standard normal distribution function. */
    private static double cdf(double z) {
        return 0.5 * Erfc.value(-z / Math.sqrt(2));
    }

    /** Binomial distribution function P(X <= k) for n trials with probability p. */
    private static double binomialCdf(int k, int n, double p) {
        double sum = 0;
        double term = Math.pow(1 - p, n);
        for (int i = 0; i <= k; i++) {
            sum += term;
            term *= (double) (n - i) / (i + 1) * p / (1 - p);
        }
        return sum;
    }

    /** Parametric VaR = z × σ × √t × V (RiskMetrics variance–covariance method); equity VaR = L × z × σ × √t. */
    @Test
    void valueAtRiskParametricLeveragedAndHorizonScaled() {
        double value = 100_000;
        double sigma = 0.04;
        assertShows("value-at-risk", Z95 * sigma * value, 0);
        double var99 = Z99 * sigma * value;
        assertShows("value-at-risk", var99, 0);
        assertShows("value-at-risk", var99 * Math.sqrt(10), 2);
        assertShows("value-at-risk", var99 / 20_000 * 100, 2);
        assertShows("value-at-risk", var99 / value * 100, 2);
        assertShows("value-at-risk", var99 / 10_000 * 100, 2);
        assertShows("value-at-risk", Z99 * 3, 2);
        assertShows("value-at-risk", 3 * Z99 * 3, 2);
        assertShows("value-at-risk", 250 * 0.01, 1);
    }

    /** Artzner et al. (1999): VaR is not subadditive; two independent 4 % defaults exceed the 5 % tail together. */
    @Test
    void valueAtRiskFailsSubadditivity() {
        double atLeastOneDefault = 1 - 0.96 * 0.96;
        assertThat(atLeastOneDefault).isGreaterThan(0.05);
        assertShows("value-at-risk", atLeastOneDefault * 100, 2);
        assertShows("value-at-risk", phi(Z975) / 0.025, 3);
    }

    /** Normal expected shortfall = σ × φ(z) / (1 − α) (Basel FRTB uses α = 97.5 %). */
    @Test
    void expectedShortfallOfSolPosition() {
        double multiplier = phi(Z975) / 0.025;
        assertShows("expected-shortfall", multiplier, 3);
        double oneSigma = 50_000 * 0.06;
        assertShows("expected-shortfall", Z975 * oneSigma, 0);
        double es = multiplier * oneSigma;
        assertShows("expected-shortfall", es, 2);
        assertShows("expected-shortfall", es, 0);
        assertShows("expected-shortfall", es / 12_500 * 100, 2);
    }

    /** Scenario P&L = Σ exposure × shock; gross leverage after = Σ |exposure after| / equity after. */
    @Test
    void stressTestingScenarioLosses() {
        double equity = 10, eth = 25, btc = 15, sol = -5;
        double crash = eth * -0.25 + btc * -0.20 + sol * -0.30;
        double squeeze = eth * -0.15 + btc * -0.05 + sol * 0.20;
        assertShows("stress-testing", crash, 2);
        assertShows("stress-testing", equity + crash, 2);
        assertShows("stress-testing", squeeze, 2);
        assertShows("stress-testing", equity + squeeze, 2);
        double longsAfter = eth * 0.75 + btc * 0.80;
        double shortAfter = -sol * 0.70;
        assertShows("stress-testing", longsAfter, 2);
        assertShows("stress-testing", shortAfter, 1);
        assertShows("stress-testing", (longsAfter + shortAfter) / (equity + crash), 2);
    }

    /** Drawdown = 1 − V / running peak (Magdon-Ismail and Atiya); recovery gain = 1 / (1 − MDD) − 1. */
    @Test
    void maximumDrawdownOfAccountPath() {
        double[] path = {100, 125, 95, 140, 84, 119};
        double peak = path[0];
        double mdd = 0;
        for (double v : path) {
            peak = Math.max(peak, v);
            mdd = Math.max(mdd, 1 - v / peak);
        }
        assertShows("maximum-drawdown", (1 - 95.0 / 125) * 100, 0);
        assertShows("maximum-drawdown", mdd * 100, 0);
        assertThat(mdd).isCloseTo(0.40, org.assertj.core.data.Offset.offset(1e-12));
        assertShows("maximum-drawdown", (1 - 119.0 / 140) * 100, 0);
        assertShows("maximum-drawdown", (1 / (1 - mdd) - 1) * 100, 2);
        assertShows("maximum-drawdown", 100.0 / 3, 2);
    }

    /** Sharpe (1994): S = (R − r_f) / σ; levering L times at cost c gives (L·R − (L − 1)·c − r_f) / (L·σ). */
    @Test
    void sharpeRatioUnderLeverage() {
        double r = 0.18, rf = 0.04, sigma = 0.28;
        assertShows("sharpe-ratio", (r - rf) / sigma, 2);
        double levered = 2 * r - rf;
        assertShows("sharpe-ratio", levered * 100, 0);
        assertShows("sharpe-ratio", (levered - rf) / (2 * sigma), 2);
        double dear = 2 * r - 0.08;
        assertShows("sharpe-ratio", dear * 100, 0);
        assertShows("sharpe-ratio", (dear - rf) / (2 * sigma), 2);
        assertShows("sharpe-ratio", 0.05 * Math.sqrt(365), 2);
    }

    /** Sortino and Price (1994): (mean − T) / downside deviation, DD over all N periods with T = 0. */
    @Test
    void sortinoRatioOfSixMonths() {
        double[] returns = {8, -3, 5, -6, 2, 4};
        double mean = 0;
        for (double x : returns) {
            mean += x / returns.length;
        }
        double downside = 0;
        double squares = 0;
        for (double x : returns) {
            downside += Math.pow(Math.min(x, 0), 2) / returns.length;
            squares += Math.pow(x - mean, 2);
        }
        double dd = Math.sqrt(downside);
        double sd = Math.sqrt(squares / (returns.length - 1));
        assertShows("sortino-ratio", mean, 2);
        assertShows("sortino-ratio", downside, 1);
        assertShows("sortino-ratio", dd, 2);
        assertShows("sortino-ratio", mean / dd, 2);
        assertShows("sortino-ratio", sd, 2);
        assertShows("sortino-ratio", mean / sd, 2);
    }

    /** Gambler's ruin against an unlimited opponent: R = (q / p)^C. */
    @Test
    void riskOfRuinForThreeBetSizes() {
        double ratio = 0.45 / 0.55;
        assertShows("risk-of-ruin", Math.pow(ratio, 20) * 100, 2);
        assertShows("risk-of-ruin", Math.pow(ratio, 10) * 100, 2);
        assertShows("risk-of-ruin", Math.pow(ratio, 5) * 100, 2);
    }

    /** Fixed-fractional sizing: quantity = equity × risk / |entry − stop|; isolated linear long LP = E(1 − 1/L)/(1 − m). */
    @Test
    void positionSizingFromStopDistance() {
        double risk = 20_000 * 0.01;
        double quantity = risk / (2_500 - 2_400);
        assertShows("position-sizing", risk, 0);
        assertShows("position-sizing", quantity, 0);
        assertShows("position-sizing", quantity * 2_500, 0);
        assertShows("position-sizing", quantity * 2_500 / 10, 0);
        double lp20 = 2_500 * (1 - 1.0 / 20) / (1 - 0.005);
        assertShows("position-sizing", lp20, 2);
        assertShows("position-sizing", 2_400 - lp20, 0);
    }

    /** Planned stop loss = quantity × (entry − stop); margin = quantity × entry / leverage. */
    @Test
    void stopLossPlannedLoss() {
        double loss = 40 * (150 - 141);
        double margin = 40 * 150 / 10.0;
        assertShows("stop-loss", loss, 0);
        assertShows("stop-loss", loss / margin * 100, 0);
        assertShows("stop-loss", margin, 0);
    }

    /** Normal tail probabilities: P(loss > d) = Φ(−d / σ); Black Thursday move from the BitMEX prices 7,353 → 3,978. */
    @Test
    void tailRiskUnderNormalModel() {
        double sigma = 0.04;
        double distance = 1 - (1 - 1.0 / 10) / (1 - 0.005);
        double z = distance / sigma;
        assertShows("tail-risk", distance * 100, 2);
        assertShows("tail-risk", z, 2);
        double p = cdf(-z);
        assertShows("tail-risk", p * 100, 2);
        assertShows("tail-risk", p * 365, 1);
        double p5 = cdf(-5);
        assertShows("tail-risk", p5 * 1e7, 1);
        assertShows("tail-risk", 1 / (p5 * 365), 0);
        double fall = (7_353 - 3_978) / 7_353.0;
        assertShows("tail-risk", fall * 100, 2);
        assertShows("tail-risk", fall / sigma, 2);
        assertThat(cdf(-fall / sigma)).isLessThan(1e-30);
    }

    /** FRTB liquidity horizons: ES(LH) = ES(10 days) × √(LH / 10) for a single risk factor. */
    @Test
    void liquidityHorizonScaling() {
        assertShows("liquidity-risk", 2 * Math.sqrt(40 / 10.0), 0);
        assertShows("liquidity-risk", 2 * Math.sqrt(120 / 10.0), 2);
    }

    /** SA-CCR (BCBS 279): EAD = 1.4 × (RC + PFE). */
    @Test
    void counterpartyExposureAtDefault() {
        assertShows("counterparty-risk", 1.4 * (3 + 2), 0);
    }

    /** Historical simulation, 100 days: 95 % VaR = 5th worst loss, ES = mean of the 5 worst. */
    @Test
    void historicalSimulationVarAndEs() {
        double[] worst = {9.1, 7.4, 6.8, 5.9, 5.2};
        double position = 250_000;
        double var = worst[4] / 100 * position;
        double es = 0;
        for (double w : worst) {
            es += w / worst.length;
        }
        assertShows("historical-simulation", var, 0);
        assertShows("historical-simulation", var / 50_000 * 100, 0);
        assertShows("historical-simulation", es, 2);
        assertShows("historical-simulation", es / 100 * position, 0);
        assertShows("historical-simulation", es / 100 * position / 50_000 * 100, 2);
    }

    /** Basel (1996) traffic light: exceptions of a correct 99 % model over 250 days are Binomial(250, 0.01). */
    @Test
    void backtestingTrafficLightProbabilities() {
        int[] counts = {4, 5, 6, 7, 8, 9, 10};
        for (int k : counts) {
            assertShows("var-backtesting", binomialCdf(k, 250, 0.01) * 100, 2);
        }
        assertShows("var-backtesting", (1 - binomialCdf(4, 250, 0.01)) * 100, 2);
        assertShows("var-backtesting", 250 * 0.05, 1);
        int yellowStart = 0;
        while (binomialCdf(yellowStart, 250, 0.05) <= 0.95) {
            yellowStart++;
        }
        assertShows("var-backtesting", yellowStart, 0);
        assertShows("var-backtesting", (1 - binomialCdf(18, 250, 0.05)) * 100, 2);
    }

    /** A daily-reset 3× fund is wiped out by a one-day index fall of 1 / 3. */
    @Test
    void leveragedEtfWipeOutMove() {
        assertShows("leveraged-etf", 100.0 / 3, 2);
    }

    /** CCP margin = z99 × σ × √2 × position; maximum leverage = position / margin; EMIR 25 % buffer. */
    @Test
    void procyclicalMarginCall() {
        double calm = Z99 * 0.02 * Math.sqrt(2) * 1_000_000;
        double stress = Z99 * 0.05 * Math.sqrt(2) * 1_000_000;
        assertShows("procyclicality", calm, 2);
        assertShows("procyclicality", stress, 2);
        assertShows("procyclicality", 1_000_000 / calm, 2);
        assertShows("procyclicality", 1_000_000 / stress, 2);
        assertShows("procyclicality", stress - calm, 0);
        assertShows("procyclicality", (1 - calm / stress) * 100, 0);
        double buffered = calm * 1.25;
        assertShows("procyclicality", buffered, 2);
        assertThat(stress / buffered).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    /** Direct-exposure contagion: loss = exposure × (1 − recovery); leverage = assets / equity. */
    @Test
    void contagionThroughOneLoan() {
        double loss = 15 * (1 - 0.40);
        double equity = 10 - loss;
        double assets = 100 - loss;
        assertShows("contagion", loss, 0);
        assertShows("contagion", assets, 0);
        assertShows("contagion", assets / equity, 0);
        assertShows("contagion", equity / assets * 100, 1);
        assertShows("contagion", loss / 10 * 100, 0);
    }
}
