package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.FormulaDescriptionsTest.assertSameBits;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BlackScholesMerton} computes its values with plain arithmetic (it is evaluated thousands of times per
 * strategy request) and builds its descriptions only for the shown work; both do the same operations in the same
 * order, so every value equals its description's to the last bit.
 */
class BlackScholesMertonDescriptionsTest {

    /** The published examples of {@link BlackScholesMertonTest} (Hull 10th ed. ch. 19; Haug via QuantLib and py_vollib). */
    static Stream<Arguments> publishedExamples() {
        return Stream.of(
                Arguments.of(OptionType.CALL, 49, 50, 0.3846, 0.20, 0.05, 0),
                Arguments.of(OptionType.PUT, 100, 95, 0.5, 0.20, 0.10, 0.05),
                Arguments.of(OptionType.CALL, 60, 65, 0.25, 0.30, 0.08, 0),
                Arguments.of(OptionType.CALL, 105, 100, 0.5, 0.36, 0.10, 0.10),
                Arguments.of(OptionType.PUT, 105, 100, 0.5, 0.36, 0.10, 0.10),
                Arguments.of(OptionType.CALL, 55, 60, 0.75, 0.30, 0.10, 0),
                Arguments.of(OptionType.PUT, 55, 60, 0.75, 0.30, 0.10, 0),
                Arguments.of(OptionType.PUT, 430, 405, 1.0 / 12, 0.20, 0.07, 0.05),
                Arguments.of(OptionType.CALL, 72, 75, 1, 0.19, 0.09, 0),
                Arguments.of(OptionType.CALL, 100, 1_000, 1.0 / 365, 0.2, 0, 0));
    }

    @ParameterizedTest
    @MethodSource("publishedExamples")
    void publishedExamplesAgreeWithTheirDescriptions(OptionType type, double spot, double strike, double years, double vol,
                                                     double rate, double yield) {
        assertValuesAreTheirDescriptions(BlackScholesMerton.of(type, spot, strike, years, vol, rate, yield));
    }

    @Property
    void generatedOptionsAgreeWithTheirDescriptions(
            @ForAll OptionType type,
            @ForAll @DoubleRange(min = 0.01, max = 1e6) double spot,
            @ForAll @DoubleRange(min = 0.2, max = 5) @Scale(6) double strikeShare,
            @ForAll @DoubleRange(min = 1, max = 10_950) double days,
            @ForAll @DoubleRange(min = 0.001, max = 5) @Scale(6) double vol,
            @ForAll @DoubleRange(min = -0.2, max = 0.5) double rate,
            @ForAll @DoubleRange(min = -0.1, max = 0.3) double yield) {
        assertValuesAreTheirDescriptions(BlackScholesMerton.of(type, spot, spot * strikeShare, days / 365, vol, rate, yield));
    }

    static void assertValuesAreTheirDescriptions(BlackScholesMerton model) {
        assertSameBits("d1", model.d1(), model.d1Formula());
        assertSameBits("d2", model.d2(), model.d2Formula());
        assertSameBits("price", model.price(), model.priceFormula());
        assertSameBits("delta", model.delta(), model.deltaFormula());
        assertSameBits("gamma", model.gamma(), model.gammaFormula());
        assertSameBits("vega", model.vegaPerPoint(), model.vegaFormula());
        assertSameBits("theta", model.thetaPerDay(), model.thetaFormula());
        assertSameBits("rho", model.rhoPerPoint(), model.rhoFormula());
        assertSameBits("vanna", model.vannaPerPoint(), model.vannaFormula());
        assertSameBits("volga", model.volgaPerPoint(), model.volgaFormula());
        model.elasticity().ifPresent(value -> assertSameBits("elasticity", value, model.elasticityFormula()));
        model.premiumLeverage().ifPresent(value -> assertSameBits("premium leverage", value, model.premiumLeverageFormula()));
    }
}
