package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.quantity;
import static com.leverageglossary.formulas.Expression.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How one description evaluates, reads in symbols, and reads with values: signs folded, never "− -" or "+ −". */
class ExpressionTest {
    /** Every value to two decimals, Q to four, MMR to four: the example notation. */
    private static final Notation NOTATION = (symbol, magnitude) ->
            String.format(Locale.ROOT, "%,." + (symbol.equals("Q") || symbol.equals("MMR") ? 4 : 2) + "f", magnitude);

    @Test
    void shortLiquidationPriceFoldsTheSideIntoTheSign() {
        // The example: 1 BTC short at 60,000 with 6,000 margin printed "− -1 × 1.0000 × 60,000.00".
        Formula lp = LiquidationPrice.linearFormula(Side.SHORT, 1, 60_000, 6_000, 0.005, 0);

        assertThat(lp.line()).isEqualTo("LP = (M + cum − s·Q·EP) ÷ (Q·MMR − s·Q)");
        assertThat(lp.work(NOTATION)).isEqualTo("LP = (6,000.00 + 0.00 + 1.0000 × 60,000.00) ÷ (1.0000 × 0.0050 + 1.0000) = 65,671.64");
    }

    @Test
    void longLiquidationPriceKeepsItsMinusSigns() {
        Formula lp = LiquidationPrice.linearFormula(Side.LONG, 1, 60_000, 6_000, 0.005, 0);

        assertThat(lp.work(NOTATION)).isEqualTo("LP = (6,000.00 + 0.00 − 1.0000 × 60,000.00) ÷ (1.0000 × 0.0050 − 1.0000) = 54,271.36");
        assertThat(lp.value()).isEqualTo((6_000 + 0 - 1 * 60_000.0) / (1 * 0.005 - 1));
    }

    @Test
    void addingANegativeValueIsWrittenAsASubtraction() {
        // The "equity shows 5.00 + −3.00".
        Formula equity = Formula.of("equity", quantity("IM", 5).plus(quantity("PnL", -3)));
        Formula twice = Formula.of("x", quantity("a", 5).minus(quantity("b", -3)));

        assertThat(equity.work(NOTATION)).isEqualTo("equity = 5.00 − 3.00 = 2.00");
        assertThat(twice.work(NOTATION)).isEqualTo("x = 5.00 + 3.00 = 8.00");
    }

    @Test
    void aNegativeFactorMovesItsMinusToTheFrontOfItsProduct() {
        Formula pnl = Formula.of("PnL", sign("s", -1).times(quantity("Q", 0.5)).times(quantity("P", 57_000).minus(quantity("EP", 60_000))));
        Formula ratio = Formula.of("r", quantity("a", 6).over(quantity("b", -3)));

        assertThat(pnl.work(NOTATION)).isEqualTo("PnL = −0.5000 × (57,000.00 − 60,000.00) = 1,500.00");
        assertThat(ratio.work(NOTATION)).isEqualTo("r = −6.00 ÷ 3.00 = −2.00");
    }

    @Test
    void aNegatedSumKeepsItsParentheses() {
        Formula negated = Formula.of("n", quantity("a", 1).minus(quantity("b", 4)).negated());

        assertThat(negated.line()).isEqualTo("n = −(a − b)");
        assertThat(negated.work(NOTATION)).isEqualTo("n = −(1.00 − 4.00) = 3.00");
    }

    @Test
    void aNegativeBaseIsBracketedBeforeItIsRaised() {
        Formula squared = Formula.of("y", quantity("L", -2).squared().minus(quantity("L", -2)));

        assertThat(squared.line()).isEqualTo("y = L² − L");
        assertThat(squared.work(NOTATION)).isEqualTo("y = (−2.00)² + 2.00 = 6.00");
    }

    @Test
    void functionsKeepTheSignOfTheirArgumentInside() {
        Formula call = Formula.of("v", Expression.exp(quantity("q", -0.5).times(quantity("T", 2)))
                .times(Expression.normal(quantity("d", -0.25))).plus(Expression.sqrt(quantity("T", 4))));

        assertThat(call.line()).isEqualTo("v = e^(q·T) × N(d) + √T");
        assertThat(call.work(NOTATION)).isEqualTo("v = e^(−0.50 × 2.00) × N(−0.25) + √4.00 = " + String.format(Locale.ROOT, "%.2f", call.value()));
    }

    @Test
    void aValueThatShowsAsZeroHasNoSign() {
        Formula tiny = Formula.of("t", quantity("a", 1).plus(quantity("b", -0.001)));

        assertThat(tiny.work(NOTATION)).isEqualTo("t = 1.00 + 0.00 = 1.00");
    }

    @Test
    void aLongSeriesShowsItsValueInsteadOfEveryTerm() {
        List<Expression> few = List.of(quantity("c", 1), quantity("c", -2), quantity("c", 3));
        List<Expression> many = java.util.stream.IntStream.range(0, Expression.MAX_SHOWN_TERMS + 1).mapToObj(i -> quantity("c", 1)).toList();

        assertThat(Formula.of("S", Expression.sum("Σc", few)).work(NOTATION)).isEqualTo("S = 1.00 − 2.00 + 3.00 = 2.00");
        assertThat(Formula.of("S", Expression.sum("Σc", many).over(constant(3))).work(NOTATION)).isEqualTo("S = 9.00 ÷ 3 = 3.00");
        assertThat(Formula.of("S", Expression.sum("Σc", many)).line()).isEqualTo("S = Σc");
    }

    @Test
    void exactConstantsAreWrittenWithoutDecimals() {
        Formula requirement = Formula.of("req", Expression.percent(3).plus(quantity("g", 0.015).over(constant(2))));

        assertThat(requirement.value()).isEqualTo(0.03 + 0.015 / 2);
        assertThat(requirement.work((symbol, magnitude) -> String.format(Locale.ROOT, "%.2f %%", magnitude * 100)))
                .isEqualTo("req = 3\u00A0% + 1.50 % ÷ 2 = 3.75 %");
    }

    @Test
    void aSideIsPlusOrMinusOne() {
        assertThatThrownBy(() -> sign("s", 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
