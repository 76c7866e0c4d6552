package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.FormulaDescriptionsTest.assertSameBits;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link OptionStrategy} sums its premium and Greeks, and values its expiry profile, with plain arithmetic (the profile
 * scan and the stress grid value every leg hundreds of times); the descriptions shown as work are built apart. They add
 * the same terms in the same order, so the premium and Greeks equal their descriptions to the last bit, and the P&amp;L
 * at expiry equals its description's (compared with ==: the plain sum starts from 0, so a −0 may come out as +0).
 */
class OptionStrategyDescriptionsTest {
    private static final double YEARS = 0.25;
    private static final double VOL = 0.3;

    /**
     * The strategies of {@link OptionStrategyTest}: Hull 10th ed. ch. 12's bull spread, bear spread, butterfly and
     * straddle, ch. 15's synthetic long, and the calendar spread with a later leg.
     */
    static Stream<OptionStrategy> publishedExamples() {
        return Stream.of(
                OptionStrategy.of(List.of(call(Side.LONG, 30), call(Side.SHORT, 35)), 32, 0),
                OptionStrategy.of(List.of(put(Side.LONG, 35), put(Side.SHORT, 30)), 33, 0),
                OptionStrategy.of(List.of(call(Side.LONG, 55), StrategyLeg.option(Side.SHORT, OptionType.CALL, 2, 60, YEARS, VOL),
                        call(Side.LONG, 65)), 61, 0),
                OptionStrategy.of(List.of(call(Side.LONG, 70), put(Side.LONG, 70)), 69, 0),
                OptionStrategy.of(List.of(StrategyLeg.option(Side.LONG, OptionType.CALL, 1, 40, 0.5, 0.2),
                        StrategyLeg.option(Side.SHORT, OptionType.PUT, 1, 40, 0.5, 0.2)), 42, 0.1),
                OptionStrategy.of(List.of(StrategyLeg.option(Side.SHORT, OptionType.CALL, 1, 60_000, 30 / 365.0, 0.5),
                        StrategyLeg.option(Side.LONG, OptionType.CALL, 1, 60_000, 90 / 365.0, 0.5)), 60_000, 0.02),
                OptionStrategy.of(List.of(StrategyLeg.future(Side.LONG, 1, 60_000)), 60_000, 0));
    }

    @ParameterizedTest
    @MethodSource("publishedExamples")
    void publishedExamplesAgreeWithTheirDescriptions(OptionStrategy strategy) {
        assertValuesAreTheirDescriptions(strategy, new double[] {0, 1, 30, 33, 60, 70, 90, 55_000, 60_000, 66_000});
    }

    @Property
    void generatedStrategiesAgreeWithTheirDescriptions(
            @ForAll @Size(min = 1, max = 8) List<@From("legs") StrategyLeg> legs,
            @ForAll @DoubleRange(min = 1, max = 200_000) double spot,
            @ForAll @DoubleRange(min = -0.1, max = 0.3) double rate,
            @ForAll @Size(min = 1, max = 5) List<@DoubleRange(min = 0, max = 400_000) Double> prices) {
        assertValuesAreTheirDescriptions(OptionStrategy.of(legs, spot, rate), prices.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Provide
    Arbitrary<StrategyLeg> legs() {
        return Combinators.combine(Arbitraries.of(StrategyLeg.Kind.class), Arbitraries.of(Side.class),
                        Arbitraries.doubles().between(0.01, 100).ofScale(4), Arbitraries.doubles().between(1, 200_000),
                        Arbitraries.integers().between(1, 720), Arbitraries.doubles().between(0.001, 3).ofScale(5))
                .as((kind, side, quantity, strike, days, vol) -> kind == StrategyLeg.Kind.FUTURE
                        ? StrategyLeg.future(side, quantity, strike)
                        : StrategyLeg.option(side, kind == StrategyLeg.Kind.CALL ? OptionType.CALL : OptionType.PUT, quantity,
                        strike, DayCount.years(days), vol));
    }

    private static void assertValuesAreTheirDescriptions(OptionStrategy strategy, double[] prices) {
        assertSameBits("premium", strategy.netPremium(), strategy.premiumFormula());
        assertSameBits("delta", strategy.delta(), strategy.deltaFormula());
        assertSameBits("gamma", strategy.gamma(), strategy.gammaFormula());
        assertSameBits("vega", strategy.vegaPerPoint(), strategy.vegaFormula());
        assertSameBits("theta", strategy.thetaPerDay(), strategy.thetaFormula());
        for (double price : prices) {
            double pnl = strategy.pnlAtHorizon(price, strategy.netPremium());
            double described = strategy.pnlAtHorizonFormula(price, strategy.netPremium()).value();
            assertThat(pnl == described).as("P&L at %s: %s against its description's %s", price, pnl, described).isTrue();
        }
    }

    private static StrategyLeg call(Side side, double strike) {
        return StrategyLeg.option(side, OptionType.CALL, 1, strike, YEARS, VOL);
    }

    private static StrategyLeg put(Side side, double strike) {
        return StrategyLeg.option(side, OptionType.PUT, 1, strike, YEARS, VOL);
    }
}
