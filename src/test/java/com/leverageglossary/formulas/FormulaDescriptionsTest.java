package com.leverageglossary.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/**
 * Where a formula method does not itself evaluate its description (a path walked step by step, a compounded rate
 * computed through expm1 and log1p for its digits), the description shown as work gives the same number.
 */
class FormulaDescriptionsTest {

    @Property
    void productReturnFormulaIsThePathsTotalReturnToTheLastBit(
            @ForAll @DoubleRange(min = -5, max = 5) double leverage,
            @ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = -0.99, max = 1.0) Double> returns) {
        Assume.that(leverage != 0);
        double[] r = returns.stream().mapToDouble(Double::doubleValue).toArray();

        assertThat(LeveragedProduct.productReturnFormula(leverage, r).value())
                .isEqualTo(LeveragedProduct.totalReturn(LeveragedProduct.path(leverage, r)));
        assertThat(LeveragedProduct.underlyingReturnFormula(r).value())
                .isEqualTo(LeveragedProduct.totalReturn(LeveragedProduct.underlyingPath(r)));
    }

    @Property
    void shownApyIsTheCompoundedRate(
            @ForAll @DoubleRange(min = -0.05, max = 0.05) double rate,
            @ForAll @DoubleRange(min = 1, max = 24) double intervalHours) {
        double apy = FundingCost.apy(rate, intervalHours);

        assertThat(FundingCost.apyFormula(rate, intervalHours).value()).isCloseTo(apy, within(1e-9 * Math.max(1, Math.abs(apy))));
    }
}
