package com.leverageglossary.bench;

import com.leverageglossary.App;
import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.calculators.Evaluation;
import com.leverageglossary.formulas.OptionStrategy;
import com.leverageglossary.formulas.OptionType;
import com.leverageglossary.formulas.Side;
import com.leverageglossary.formulas.StrategyLeg;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * An 8-leg option strategy (the most the calculator takes): the whole API request (parse, Greeks, nearest-expiry
 * profile, chart, 33-cell stress grid), and the formula's profile and stress grid alone. {@code expiries=same} is a
 * double iron condor expiring together (the profile scans the strikes); {@code expiries=mixed} moves four legs to a
 * later expiry, which makes the profile scan a fine grid of Black–Scholes–Merton values, the worst case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OptionStrategyBenchmark {
    private static final double[] PRICE_SHOCKS = {-0.5, -0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5};
    private static final double[] VOL_SHOCKS = {-0.2, 0, 0.2};

    @Param({"same", "mixed"})
    String expiries;

    Calculator calculator;
    Map<String, List<String>> query;
    List<StrategyLeg> legs;
    double spot = 60_000;

    @Setup
    public void setUp() {
        int later = expiries.equals("same") ? 30 : 90;
        String legsText = "long:put:1:45000:30:75,short:put:1:50000:30:70,short:call:1:70000:30:56,long:call:1:75000:30:58,"
                + "long:put:1:48000:" + later + ":72,short:put:1:53000:" + later + ":66,short:call:1:67000:" + later + ":55,long:call:1:72000:" + later + ":57";
        calculator = App.CALCULATORS.find("options-strategy").orElseThrow();
        query = Map.of("spot", List.of("60000"), "legs", List.of(legsText), "collateral", List.of("5000"));
        double laterYears = later / 365.0;
        legs = List.of(
                StrategyLeg.option(Side.LONG, OptionType.PUT, 1, 45_000, 30 / 365.0, 0.75),
                StrategyLeg.option(Side.SHORT, OptionType.PUT, 1, 50_000, 30 / 365.0, 0.70),
                StrategyLeg.option(Side.SHORT, OptionType.CALL, 1, 70_000, 30 / 365.0, 0.56),
                StrategyLeg.option(Side.LONG, OptionType.CALL, 1, 75_000, 30 / 365.0, 0.58),
                StrategyLeg.option(Side.LONG, OptionType.PUT, 1, 48_000, laterYears, 0.72),
                StrategyLeg.option(Side.SHORT, OptionType.PUT, 1, 53_000, laterYears, 0.66),
                StrategyLeg.option(Side.SHORT, OptionType.CALL, 1, 67_000, laterYears, 0.55),
                StrategyLeg.option(Side.LONG, OptionType.CALL, 1, 72_000, laterYears, 0.57));
    }

    /** One {@code GET /api/calculators/options-strategy} worth of work with 8 legs. */
    @Benchmark
    public Evaluation apiRequest() {
        return calculator.evaluate(query);
    }

    /** Premium, Greeks and the nearest-expiry profile (maximum profit, maximum loss, breakevens). */
    @Benchmark
    public OptionStrategy.ExpiryProfile profile() {
        OptionStrategy strategy = OptionStrategy.of(legs, spot, 0);
        strategy.delta();
        strategy.gamma();
        strategy.vegaPerPoint();
        strategy.thetaPerDay();
        return strategy.expiryProfile(strategy.netPremium());
    }

    /** The 11 × 3 stress grid: every leg revalued at each shocked price and volatility. */
    @Benchmark
    public double stressGrid() {
        OptionStrategy strategy = OptionStrategy.of(legs, spot, 0);
        double sum = 0;
        for (double price : PRICE_SHOCKS) {
            for (double vol : VOL_SHOCKS) {
                sum += strategy.pnlToday(spot * (1 + price), vol);
            }
        }
        return sum;
    }
}
