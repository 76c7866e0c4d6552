package com.leverageglossary.content.examples;

import static com.leverageglossary.content.examples.WorkedExample.assertShows;

import com.leverageglossary.App;
import com.leverageglossary.calculators.Evaluation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Figures in the revised core entries that no calculator prints directly: arithmetic on calculator outputs
 * (break-evens, log attributions, Taylor estimates) and closed-form results (impermanent loss, Kelly growth,
 * volatility drag, Bybit's liquidation formula). Where a figure starts from a calculator output, the test takes
 * that output from the calculator itself, so the entry, the calculator and the test cannot drift apart.
 */
class CoreRevisionExamplesTest {

    /** Runs a calculator on "name=value" pairs and returns one output as a double. */
    private static double out(String calculator, String output, String... pairs) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String pair : pairs) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], List.of(kv[1]));
        }
        Evaluation evaluation = App.CALCULATORS.find(calculator).orElseThrow().evaluate(query);
        if (!evaluation.ok()) {
            throw new AssertionError(calculator + ": " + evaluation.errors());
        }
        return ((Number) evaluation.result().outputs().get(output)).doubleValue();
    }

    private static double option(String output, String... pairs) {
        return out("option-leverage", output, pairs);
    }

    // Leverage loops: the −3.20 % carry is a return on equity; the position is `leverage` times equity in ETH,
    // so the ETH rise that covers it is carry / leverage (loop collateral formula D(1 − λ^(n+1))/(1 − λ)).
    @Test
    void loopCarryBreakEvenIsCarryDividedByLeverage() {
        String[] loop = {"deposit=10000", "ltv_pct=75", "loops=3", "liquidation_threshold_pct=80", "price=2000",
                "supply_apy_pct=2", "borrow_apy_pct=5"};
        double carry = out("leverage-loop", "net_apy_pct", loop);
        double leverage = out("leverage-loop", "leverage", loop);
        assertShows("leverage-loops", carry, 2);
        assertShows("leverage-loops", -carry / leverage, 2);
    }

    // Correlated loops: leverage at health factor HF and liquidation threshold LT is HF / (HF − LT),
    // from HF = L × LT / (L − 1) (Aave health factor definition; figures in Aave governance ARFC 21739).
    @Test
    void healthFactorAndThresholdFixLoopLeverage() {
        assertShows("leverage-loops", 1.01 / (1.01 - 0.965), 2);
        assertShows("leverage-loops", 1.01 / (1.01 - 0.95), 2);
    }

    // Constant-product pools: impermanent loss for a price-ratio change k is 2√k / (1 + k) − 1.
    @Test
    void impermanentLossIsLargerForAFallThanForARise() {
        assertShows("leverage-farming-techniques", (2 * Math.sqrt(1.5) / 2.5 - 1) * 100, 2);
        assertShows("leverage-farming-techniques", (2 * Math.sqrt(0.5) / 1.5 - 1) * 100, 2);
    }

    // Carry equation L·y − (L − 1)·b: zero at b* = L·y / (L − 1); above y each extra turn of leverage loses.
    @Test
    void farmingCarryThresholdsAndFundingOnFullCapital() {
        String[] loop = {"deposit=10", "ltv_pct=90", "loops=10", "liquidation_threshold_pct=93", "price=1",
                "supply_apy_pct=3.2", "borrow_apy_pct=3.5"};
        double leverage = out("leverage-loop", "leverage", loop);
        assertShows("leverage-farming-techniques", out("leverage-loop", "net_apy_pct", loop), 2);
        assertShows("leverage-farming-techniques", leverage * 3.2 / (leverage - 1), 2);
        double funding = out("funding-cost", "funding_paid", "notional=80000", "margin=20000", "funding_rate_pct=0.01",
                "interval_hours=8", "days=30");
        assertShows("leverage-farming-techniques", funding * 365 / 30 / 100_000 * 100, 2);
    }

    // Log attribution Δln L = Δln A − Δln E, drivers applied in order: price, funding, trading.
    @Test
    void leverageChangeSplitsIntoLogContributions() {
        double funding = out("funding-cost", "funding_paid", "notional=100000", "margin=20000",
                "funding_rate_pct=0.01", "interval_hours=8", "days=30");
        double priceA = Math.log(104_000.0 / 100_000);
        double priceE = Math.log(24_000.0 / 20_000);
        double fundingE = Math.log((24_000 - funding) / 24_000);
        double tradingA = Math.log(150_000.0 / 104_000);
        double start = out("leverage-ratio", "gross_leverage", "equity=20000", "notional=100000");
        double passive = out("leverage-ratio", "gross_leverage", "equity=24000", "notional=104000");
        double end = out("leverage-ratio", "gross_leverage", "equity=23100", "notional=150000");
        assertShows("leverage-dynamics-analysis", priceA, 4);
        assertShows("leverage-dynamics-analysis", priceE, 4);
        assertShows("leverage-dynamics-analysis", priceA - priceE, 4);
        assertShows("leverage-dynamics-analysis", fundingE, 4);
        assertShows("leverage-dynamics-analysis", tradingA, 4);
        assertShows("leverage-dynamics-analysis", Math.log(end / start), 4);
        assertShows("leverage-dynamics-analysis", Math.log(end / passive), 4);
        assertShows("leverage-dynamics-analysis", (end / start - 1) * 100, 1);
    }

    // Leverage cycle: with a 50 % haircut, 10,000 of equity supports 20,000 of assets; the rest must be sold.
    @Test
    void haircutRiseForcesTheExcessToBeSold() {
        double collateral = out("leverage-loop", "collateral", "deposit=10000", "ltv_pct=75", "loops=10",
                "liquidation_threshold_pct=80");
        assertShows("leverage-cycles", collateral - 10_000 / 0.5, 2);
    }

    // Volatility drag of an unlevered lognormal asset: g = μ − σ²/2.
    @Test
    void unleveredDragIsHalfTheVariance() {
        assertShows("volatility-drag", 0.6 * 0.6 / 2, 2);
        assertShows("volatility-drag", 0.8 * 0.8 / 2 * 100, 0);
    }

    // Kelly growth g(f) = r + f(μ − r) − f²σ²/2 (Thorp, continuous approximation).
    @Test
    void kellyGrowthAtOneAndThreeTimes() {
        double mu = 0.30;
        double r = 0.04;
        double sigma = 0.60;
        assertShows("kelly-criterion", (mu - r) / (sigma * sigma), 2);
        assertShows("kelly-criterion", (r + (mu - r) - sigma * sigma / 2) * 100, 2);
        assertShows("kelly-criterion", 9 * sigma * sigma / 2, 2);
        assertShows("kelly-criterion", 3 * (mu - r), 2);
        assertShows("kelly-criterion", (r + 3 * (mu - r) - 9 * sigma * sigma / 2) * 100, 0);
    }

    // CPPI with a binding cap: the floor survives any single fall up to cushion / exposure.
    @Test
    void cappedCppiToleratesMoreThanOneOverM() {
        assertShows("leverage-management-in-cppi", 37.5 / 168.75 * 100, 2);
    }

    // Bybit's inverse long liquidation price values maintenance margin at entry: EP × L / (L + 1 − MMR × L).
    @Test
    void bybitInverseLiquidationFormulaBeforeRounding() {
        assertShows("bankruptcy-price", 7890.08 * 50 / (51 - 0.005 * 50), 2);
    }

    // Gamma: a hedged long option breaks even when ½ΓΔS² equals theta; with r = q = 0 that is S·σ/√365.
    @Test
    void gammaBreakEvenMoveAndDeltaEstimate() {
        String[] call = {"type=call", "spot=3000", "strike=3000", "days=14", "volatility_pct=70"};
        double gamma = option("gamma", call);
        double theta = option("theta", call);
        assertShows("gamma", Math.sqrt(2 * -theta / gamma), 2);
        assertShows("gamma", 3000 * 0.70 / Math.sqrt(365), 2);
        assertShows("gamma", option("delta", call) + 100 * gamma, 4);
    }

    // Delta: exposure = Δ × S; hedge = Δ × contracts; first-order price change = Δ × ΔS.
    @Test
    void deltaExposureHedgeAndRepricing() {
        String[] call = {"type=call", "spot=3000", "strike=3200", "days=21", "volatility_pct=70"};
        double delta = option("delta", call);
        assertShows("delta", delta * 3000, 2);
        assertShows("delta", delta * 20, 2);
        assertShows("delta", delta * 10, 2);
        double repriced = option("price", "type=call", "spot=3010", "strike=3200", "days=21", "volatility_pct=70");
        assertShows("delta", repriced - option("price", call), 2);
    }

    // Theta with r = q = 0: Θ = −vega × σ_points / (2 × days).
    @Test
    void thetaEqualsVegaShortcut() {
        String[] call = {"type=call", "spot=150", "strike=150", "days=30", "volatility_pct=80"};
        double vega = option("vega", call);
        assertShows("theta", vega * 80 / 60, 3);
        assertShows("theta", option("price", call) - option("price", "type=call", "spot=150", "strike=150",
                "days=29", "volatility_pct=80"), 3);
    }

    // Vanna: delta(σ + 5) ≈ delta(σ) + 5 × vanna; the dealer's hedge change per point is 1,000 × vanna.
    @Test
    void vannaDeltaEstimateAndDealerFlow() {
        String[] put = {"type=put", "spot=3000", "strike=2600", "days=30", "volatility_pct=75"};
        double vanna = option("vanna", put);
        assertShows("vanna", option("delta", put) + 5 * vanna, 4);
        assertShows("vanna", 1000 * vanna, 1);
    }

    // Volga: ΔV ≈ vega × Δσ + ½ × volga × Δσ², against full repricing.
    @Test
    void volgaTaylorEstimateAgainstRepricing() {
        String[] wing = {"type=call", "spot=100000", "strike=130000", "days=45", "volatility_pct=55"};
        double price = option("price", wing);
        double vega = option("vega", wing);
        double volga = option("volga", wing);
        assertShows("volga", vega * 15, 2);
        assertShows("volga", 0.5 * volga * 225, 2);
        assertShows("volga", vega * 15 + 0.5 * volga * 225, 2);
        assertShows("volga", option("price", "type=call", "spot=100000", "strike=130000", "days=45",
                "volatility_pct=70") - price, 2);
        assertShows("volga", -vega * 10 + 0.5 * volga * 100, 2);
        assertShows("volga", option("price", "type=call", "spot=100000", "strike=130000", "days=45",
                "volatility_pct=45") - price, 2);
    }

    // Elasticity: percentage change of the option for ±1 % in spot; option volatility ≈ Ω × σ.
    @Test
    void elasticityAgainstRepricedMoves() {
        String[] base = {"type=call", "spot=200", "strike=220", "days=60", "volatility_pct=35", "rate_pct=4"};
        double price = option("price", base);
        double up = option("price", "type=call", "spot=202", "strike=220", "days=60", "volatility_pct=35", "rate_pct=4");
        double down = option("price", "type=call", "spot=198", "strike=220", "days=60", "volatility_pct=35", "rate_pct=4");
        assertShows("option-elasticity", (up / price - 1) * 100, 2);
        assertShows("option-elasticity", (down / price - 1) * 100, 2);
        assertShows("option-elasticity", option("elasticity", base) * 35, 1);
    }

    // Implied volatility: one Newton step σ + (market − model) / vega.
    @Test
    void impliedVolatilityNewtonStep() {
        String[] call = {"type=call", "spot=3000", "strike=3300", "days=30", "volatility_pct=65"};
        assertShows("implied-volatility", 65 + (130 - option("price", call)) / option("vega", call), 2);
    }
}
