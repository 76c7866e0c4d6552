package com.leverageglossary.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/**
 * Invariants that hold for every valid input, from the definitions in the calculator contract and the formula Javadocs:
 * ordering of liquidation and bankruptcy prices, the geometric-series limit of a lending loop, put–call parity and
 * delta bounds of Black–Scholes–Merton, CPPI's floor protection, and the monotonicity of a liquidation cascade.
 */
class FormulaPropertiesTest {

    // --- Liquidation prices ------------------------------------------------------------------------------------

    @Property
    void longLiquidationPriceIsBelowEntryAndAboveBankruptcy(
            @ForAll @DoubleRange(min = 0.01, max = 1e6) double entry,
            @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(4) double quantity,
            @ForAll @DoubleRange(min = 1.01, max = 125) double leverage,
            @ForAll @DoubleRange(min = 0, max = 0.99) double mmrShareOfInitial) {
        double mmr = mmrShareOfInitial / leverage; // strictly below 1/leverage
        double margin = LiquidationPrice.linearMargin(quantity, entry, leverage);

        double lp = LiquidationPrice.linear(Side.LONG, quantity, entry, margin, mmr, 0).getAsDouble();
        double bankruptcy = LiquidationPrice.linearBankruptcy(Side.LONG, quantity, entry, margin).getAsDouble();

        assertThat(lp).isLessThan(entry).isGreaterThanOrEqualTo(bankruptcy);
    }

    @Property
    void shortLiquidationPriceIsAboveEntryAndBelowBankruptcy(
            @ForAll @DoubleRange(min = 0.01, max = 1e6) double entry,
            @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(4) double quantity,
            @ForAll @DoubleRange(min = 0.1, max = 125) double leverage,
            @ForAll @DoubleRange(min = 0, max = 0.99) double mmrShareOfInitial) {
        double mmr = Math.min(mmrShareOfInitial / leverage, 0.99);
        double margin = LiquidationPrice.linearMargin(quantity, entry, leverage);

        double lp = LiquidationPrice.linear(Side.SHORT, quantity, entry, margin, mmr, 0).getAsDouble();
        double bankruptcy = LiquidationPrice.linearBankruptcy(Side.SHORT, quantity, entry, margin).getAsDouble();

        assertThat(lp).isGreaterThan(entry).isLessThanOrEqualTo(bankruptcy);
    }

    @Property
    void inverseLongLiquidationPriceIsBelowEntryAndAboveBankruptcy(
            @ForAll @DoubleRange(min = 1, max = 1e6) double entry,
            @ForAll @DoubleRange(min = 1, max = 1e7) double contractValueUsd,
            @ForAll @DoubleRange(min = 1.01, max = 125) double leverage,
            @ForAll @DoubleRange(min = 0, max = 0.99) double mmrShareOfInitial) {
        double mmr = mmrShareOfInitial / leverage;
        double margin = LiquidationPrice.inverseMargin(contractValueUsd, entry, leverage);

        double lp = LiquidationPrice.inverse(Side.LONG, contractValueUsd, entry, margin, mmr, 0).getAsDouble();
        double bankruptcy = LiquidationPrice.inverseBankruptcy(Side.LONG, contractValueUsd, entry, margin).getAsDouble();

        assertThat(lp).isLessThan(entry).isGreaterThanOrEqualTo(bankruptcy);
    }
    @Property
    void inverseShortLiquidationPriceIsAboveEntryAndBelowBankruptcy(
            @ForAll @DoubleRange(min = 1, max = 1e6) double entry,
            @ForAll @DoubleRange(min = 1, max = 1e7) double contractValueUsd,
            @ForAll @DoubleRange(min = 1.01, max = 125) double leverage,
            @ForAll @DoubleRange(min = 0, max = 0.99) double mmrShareOfInitial) {
        double mmr = mmrShareOfInitial / leverage;
        double margin = LiquidationPrice.inverseMargin(contractValueUsd, entry, leverage);

        OptionalDouble lp = LiquidationPrice.inverse(Side.SHORT, contractValueUsd, entry, margin, mmr, 0);
        OptionalDouble bankruptcy = LiquidationPrice.inverseBankruptcy(Side.SHORT, contractValueUsd, entry, margin);

        assertThat(lp).isPresent();
        assertThat(bankruptcy).isPresent();
        assertThat(lp.getAsDouble()).isGreaterThan(entry).isLessThanOrEqualTo(bankruptcy.getAsDouble());
    }

    // --- Lending loop ------------------------------------------------------------------------------------------

    @Property
    void loopLeverageGrowsWithLoopsAndNeverExceedsTheLimit(
            @ForAll @DoubleRange(min = 0, max = 0.97) double ltv,
            @ForAll @IntRange(min = 0, max = LendingLoop.MAX_LOOPS - 1) int loops,
            @ForAll @DoubleRange(min = 0.01, max = 1e9) double deposit) {
        double leverage = LendingLoop.collateral(deposit, ltv, loops) / deposit;
        double oneMore = LendingLoop.collateral(deposit, ltv, loops + 1) / deposit;

        assertThat(oneMore).isGreaterThanOrEqualTo(leverage);
        assertThat(leverage).isGreaterThanOrEqualTo(1 - 1e-12).isLessThanOrEqualTo(LendingLoop.maxLeverage(ltv) * (1 + 1e-12));
    }

    @Property
    void firstLoopAlwaysAddsLeverage(@ForAll @DoubleRange(min = 0.01, max = 0.97) double ltv) {
        assertThat(LendingLoop.collateral(1, ltv, 1)).isGreaterThan(LendingLoop.collateral(1, ltv, 0));
    }

    // --- Black–Scholes–Merton ------------------------------------------------------------------------------------

    @Provide
    Arbitrary<BsmInputs> bsmInputs() {
        return Combinators.combine(
                Arbitraries.doubles().between(1, 1_000),       // spot
                Arbitraries.doubles().between(1, 1_000),       // strike
                Arbitraries.integers().between(1, 3 * 365),    // days (T = days / 365)
                Arbitraries.doubles().between(0.01, 2).ofScale(4), // volatility
                Arbitraries.doubles().between(-0.05, 0.20).ofScale(4), // rate
                Arbitraries.doubles().between(0, 0.20).ofScale(4)) // dividend yield
                .as((s, k, days, v, r, q) -> new BsmInputs(s, k, days / 365.0, v, r, q));
    }

    record BsmInputs(double spot, double strike, double years, double vol, double rate, double yield) {
        BlackScholesMerton of(OptionType type) {
            return BlackScholesMerton.of(type, spot, strike, years, vol, rate, yield);
        }
    }

    @Property
    void putCallParityHolds(@ForAll("bsmInputs") BsmInputs in) {
        double lhs = in.of(OptionType.CALL).price() - in.of(OptionType.PUT).price();
        double rhs = in.spot() * Math.exp(-in.yield() * in.years()) - in.strike() * Math.exp(-in.rate() * in.years());

        assertThat(lhs).isCloseTo(rhs, within(1e-9 * (in.spot() + in.strike())));
    }

    @Property
    void callDeltaIsBetweenZeroAndOneAndPutDeltaBetweenMinusOneAndZero(@ForAll("bsmInputs") BsmInputs in) {
        assertThat(in.of(OptionType.CALL).delta()).isBetween(0.0, 1.0);
        assertThat(in.of(OptionType.PUT).delta()).isBetween(-1.0, 0.0);
        // With a yield the bound tightens to e^(−qT): call delta − put delta = e^(−qT).
        assertThat(in.of(OptionType.CALL).delta() - in.of(OptionType.PUT).delta())
                .isCloseTo(Math.exp(-in.yield() * in.years()), within(1e-12));
    }

    @Property
    void pricesAndGreeksAreFiniteAndPricesNonNegative(@ForAll("bsmInputs") BsmInputs in) {
        for (OptionType type : OptionType.values()) {
            BlackScholesMerton option = in.of(type);
            double[] outputs = {option.price(), option.delta(), option.gamma(), option.vega(), option.theta(),
                    option.rho(), option.vanna(), option.volga(), option.d1(), option.d2()};

            for (double output : outputs) {
                assertThat(output).isFinite();
            }
            assertThat(option.price()).isGreaterThanOrEqualTo(-1e-9 * (in.spot() + in.strike()));
            assertThat(option.gamma()).isGreaterThanOrEqualTo(0);
            assertThat(option.vega()).isGreaterThanOrEqualTo(0);
        }
    }

    // --- Leveraged products ----------------------------------------------------------------------------------------

    @Property
    void leveragedProductIsNeverNegativeAndStaysAtZeroOnceWipedOut(
            @ForAll @DoubleRange(min = -5, max = 5) double leverage,
            @ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = -0.99, max = 1.0) Double> returns) {
        Assume.that(leverage != 0);
        double[] values = LeveragedProduct.path(leverage, returns.stream().mapToDouble(Double::doubleValue).toArray());

        boolean wipedOut = false;
        for (double value : values) {
            assertThat(value).isGreaterThanOrEqualTo(0).isFinite();
            if (wipedOut) {
                assertThat(value).isZero();
            }
            wipedOut |= value == 0;
        }
    }

    @Property
    void logDragIsNeverNegativeOutsideZeroToOne(
            @ForAll @DoubleRange(min = -5, max = 5) double leverage,
            @ForAll @DoubleRange(min = 0, max = 2) double vol,
            @ForAll @DoubleRange(min = 0.001, max = 10) @Scale(4) double years) {
        Assume.that(leverage != 0);
        double drag = LeveragedProduct.logDrag(leverage, vol, years);

        // (L² − L) ≥ 0 exactly when L ∉ (0, 1): every leveraged or inverse product decays in a flat market.
        if (leverage >= 1 || leverage < 0) {
            assertThat(drag).isGreaterThanOrEqualTo(0);
        } else {
            assertThat(drag).isLessThanOrEqualTo(0);
        }
    }

    // --- CPPI ------------------------------------------------------------------------------------------------------

    @Property
    void cppiStaysAboveTheFloorWhenNoSingleDropExceedsOneOverMultiplier(
            @ForAll @DoubleRange(min = 1, max = 1e6) double value,
            @ForAll @DoubleRange(min = 0, max = 0.99) double floorShare,
            @ForAll @DoubleRange(min = 1.01, max = 10) double multiplier,
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0, max = 1) Double> moves) {
        // Black & Perold (1992): rebalanced before any fall larger than 1/m, the portfolio never ends below the floor.
        // Each move maps [0, 1] onto returns in [−1/m, +100 %]; the safe rate is 0 so the floor stays put.
        double maxDrop = Cppi.maxSingleDrop(multiplier);
        double[] returns = moves.stream().mapToDouble(d -> -maxDrop + d * (1 + maxDrop)).toArray();
        double floor = value * floorShare;

        double largestAmountMoved = value;
        for (Cppi.Step step : Cppi.simulate(value, floor, multiplier, null, returns, 0)) {
            // A fall of exactly 1/m lands on the floor, up to rounding in the largest amounts moved so far.
            largestAmountMoved = Math.max(largestAmountMoved, step.exposure() + step.value());
            assertThat(step.value()).isGreaterThanOrEqualTo(step.floor() - 1e-12 * largestAmountMoved);
        }
    }

    // --- Liquidation cascade ---------------------------------------------------------------------------------------

    @Provide
    Arbitrary<double[][]> positions() {
        Arbitrary<double[]> position = Combinators.combine(
                Arbitraries.doubles().between(1, 200), Arbitraries.doubles().between(0.01, 1_000))
                .as((lp, size) -> new double[] {lp, size});
        return position.list().ofMinSize(0).ofMaxSize(40).map(list -> list.toArray(double[][]::new));
    }

    @Property
    void cascadeFinalPriceIsAtMostTheShockedPriceAndAmplificationAtLeastOne(
            @ForAll @DoubleRange(min = 1, max = 200) double price,
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(4) double shock,
            @ForAll @DoubleRange(min = 0, max = 1) double impact,
            @ForAll("positions") double[][] positions) {
        double[] liquidationPrices = new double[positions.length];
        double[] sizes = new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            liquidationPrices[i] = positions[i][0];
            sizes[i] = positions[i][1];
        }

        List<LiquidationCascade.Round> rounds = LiquidationCascade.run(price, shock, impact, liquidationPrices, sizes);
        double shocked = price * (1 - shock);
        double finalPrice = rounds.isEmpty() ? shocked : rounds.get(rounds.size() - 1).priceAfter();

        assertThat(finalPrice).isLessThanOrEqualTo(shocked).isGreaterThanOrEqualTo(0);
        assertThat(LiquidationCascade.amplification(price, shock, finalPrice)).isGreaterThanOrEqualTo(1 - 1e-9);
        assertThat(rounds.size()).isLessThanOrEqualTo(positions.length);
        double previous = shocked;
        for (LiquidationCascade.Round round : rounds) {
            assertThat(round.liquidatedSize()).isPositive();
            assertThat(round.priceAfter()).isLessThanOrEqualTo(previous);
            previous = round.priceAfter();
        }
    }

    // --- Funding ---------------------------------------------------------------------------------------------------

    @Property
    void compoundedFundingYieldIsAtLeastTheSimpleRateForPositiveRates(
            @ForAll @DoubleRange(min = 0, max = 0.003) @Scale(7) double rate,
            @ForAll @DoubleRange(min = 1, max = 24) double intervalHours) {
        assertThat(FundingCost.apy(rate, intervalHours)).isGreaterThanOrEqualTo(FundingCost.apr(rate, intervalHours) * (1 - 1e-12));
    }

    // --- Added with the calculator issue's invariants ------------------------------------------------------------

    @Property
    void decayPathIsTheProductOfOnePlusLeverageTimesReturnUntilWipedOut(
            @ForAll @DoubleRange(min = -5, max = 5) double leverage,
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -0.5, max = 0.5) Double> returns) {
        Assume.that(leverage != 0);
        double[] values = LeveragedProduct.path(leverage, returns.stream().mapToDouble(Double::doubleValue).toArray());
        double expected = 1;
        for (int i = 0; i < values.length; i++) {
            expected = Math.max(0, expected * (1 + leverage * returns.get(i)));
            assertThat(values[i]).isCloseTo(expected, within(1e-12 * Math.max(1, expected)));
        }
    }

    @Property
    void cppiExposureIsNeverNegative(
            @ForAll @DoubleRange(min = 1, max = 1e6) double value,
            @ForAll @DoubleRange(min = 0, max = 2e6) double floor,
            @ForAll @DoubleRange(min = 0.1, max = 20) double multiplier,
            @ForAll @Size(max = 30) List<@DoubleRange(min = -0.9, max = 0.9) Double> returns) {
        assertThat(Cppi.exposure(value, floor, multiplier, null)).isGreaterThanOrEqualTo(0);
        for (Cppi.Step step : Cppi.simulate(value, floor, multiplier, 1.5, returns.stream().mapToDouble(Double::doubleValue).toArray(), 0)) {
            assertThat(step.exposure()).isGreaterThanOrEqualTo(0);
            assertThat(step.value()).isGreaterThanOrEqualTo(0);
        }
    }
}
