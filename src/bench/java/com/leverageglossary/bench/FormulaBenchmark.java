package com.leverageglossary.bench;

import com.leverageglossary.formulas.BaselLeverageRatio;
import com.leverageglossary.formulas.BlackScholesMerton;
import com.leverageglossary.formulas.Cppi;
import com.leverageglossary.formulas.FundingCost;
import com.leverageglossary.formulas.HealthFactor;
import com.leverageglossary.formulas.LendingLoop;
import com.leverageglossary.formulas.LeverageRatio;
import com.leverageglossary.formulas.LeverageSkew;
import com.leverageglossary.formulas.LeveragedProduct;
import com.leverageglossary.formulas.LiquidationCascade;
import com.leverageglossary.formulas.LiquidationPrice;
import com.leverageglossary.formulas.OptionType;
import com.leverageglossary.formulas.PositionMargin;
import com.leverageglossary.formulas.RiskAdjustedLeverage;
import com.leverageglossary.formulas.Side;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The cost of each formula family on the worked examples of the glossary, in nanoseconds per call. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FormulaBenchmark {
    // Fields, not constants, so the JIT cannot fold the arithmetic away.
    double equity = 25_000;
    double[] positions = {90_000, -40_000, 10_000};
    double entry = 60_000;
    double quantity = 0.5;
    double leverage = 10;
    double[] collateral = {20_000, 10_000};
    double[] thresholds = {0.83, 0.78};
    double[] returns = {0.08, -0.08, 0.08, -0.08, 0.08, -0.08};
    double[] cppiReturns = {0.10, -0.15, -0.30};
    double[] liquidationPrices = {58_500, 57_500, 56_500, 53_000};
    double[] sizes = {120, 200, 300, 500};

    @Benchmark
    public double leverageRatio() {
        return LeverageRatio.gross(equity, positions) + LeverageRatio.net(equity, positions);
    }

    @Benchmark
    public double positionMargin() {
        return PositionMargin.initialMargin(quantity, entry, leverage) + PositionMargin.unrealizedPnl(Side.LONG, quantity, entry, 57_000);
    }

    @Benchmark
    public double liquidationPriceLinear() {
        return LiquidationPrice.linear(Side.LONG, quantity, entry, 3_000, 0.005, 0).getAsDouble();
    }

    @Benchmark
    public double liquidationPriceInverse() {
        return LiquidationPrice.inverse(Side.LONG, 10_000, entry, 0.0166667, 0.005, 0).getAsDouble();
    }

    @Benchmark
    public double leverageLoop() {
        return LendingLoop.collateral(10_000, 0.75, 3) + LendingLoop.maxLeverage(0.75);
    }

    @Benchmark
    public double healthFactor() {
        return HealthFactor.of(collateral, thresholds, 15_000);
    }

    @Benchmark
    public double blackScholesMertonAllGreeks() {
        BlackScholesMerton option = BlackScholesMerton.of(OptionType.CALL, entry, 65_000, 30 / 365.0, 0.6, 0, 0);
        return option.price() + option.delta() + option.gamma() + option.vega() + option.theta() + option.rho()
                + option.vanna() + option.volga();
    }

    @Benchmark
    public double[] volatilityDecayPath() {
        return LeveragedProduct.path(3, returns);
    }

    @Benchmark
    public double fundingCost() {
        return FundingCost.paid(50_000, 0.0003, FundingCost.intervals(14, 8)) + FundingCost.apy(0.0003, 8);
    }

    @Benchmark
    public double riskAdjustedLeverage() {
        double kelly = RiskAdjustedLeverage.kelly(0.15, 0.04, 0.5);
        return RiskAdjustedLeverage.volatilityTarget(0.4, 0.5) + RiskAdjustedLeverage.growth(kelly, 0.15, 0.04, 0.5);
    }

    @Benchmark
    public Object cppiPath() {
        return Cppi.simulate(100, 80, 4, 1.5, cppiReturns, 0);
    }

    @Benchmark
    public double baselLeverageRatio() {
        return BaselLeverageRatio.ratio(60, 1_500) + BaselLeverageRatio.requirement(0.015);
    }

    @Benchmark
    public Object liquidationCascade() {
        return LiquidationCascade.run(60_000, 0.03, 6, liquidationPrices, sizes);
    }

    @Benchmark
    public double leverageSkew() {
        return LeverageSkew.skew(620, 380) + LeverageSkew.longShortRatio(620, 380);
    }
}
