package com.leverageglossary.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Figures formats in Locale.US for speed; what it writes must stay what Locale.ROOT wrote, byte for byte. */
class FiguresTest {

    @Property(tries = 2000)
    void usFormattingWritesWhatRootFormattingWrote(@ForAll("numbers") double value, @ForAll @IntRange(min = 0, max = 10) int decimals) {
        for (String pattern : new String[] {"%,." + decimals + "f", "%." + decimals + "f"}) {
            assertThat(Figures.format(pattern, value)).isEqualTo(String.format(Locale.ROOT, pattern, value));
        }
    }

    @Provide
    Arbitrary<Double> numbers() {
        return Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.doubles().between(-1e12, 1e12),
                Arbitraries.doubles().between(-1, 1), Arbitraries.of(0.0, -0.0, 0.125, -0.005, 1.005, 999_999.995, -1e-9));
    }

    @Test
    void aNegativeNumberThatRoundsToZeroLosesItsMinus() {
        assertThat(Figures.of(-0.001, 2)).isEqualTo("0.00");
        assertThat(Figures.of(-0.0, 2)).isEqualTo("0.00");
        assertThat(Figures.of(-0.01, 2)).isEqualTo("−0.01");
        assertThat(Figures.of(-1_234.5, 1)).isEqualTo("−1,234.5");
    }

    @Property(tries = 5000)
    void chartCoordinatesAreWhatTheFormatterWrites(@ForAll("coordinates") double value) {
        assertThat(ChartSvg.oneDecimal(value)).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
    }

    /** Chart-sized numbers, ties and near-ties at the first decimal, and values the fast path leaves to the Formatter. */
    @Provide
    Arbitrary<Double> coordinates() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-2_000, 2_000), Arbitraries.doubles().between(-1, 1),
                Arbitraries.integers().between(-40_000, 40_000).map(i -> i / 20.0),
                Arbitraries.integers().between(-40_000, 40_000).map(i -> Math.nextUp(i / 20.0)),
                Arbitraries.integers().between(-40_000, 40_000).map(i -> Math.nextDown(i / 20.0)),
                Arbitraries.of(0.0, -0.0, -0.04, 0.05, -0.05, 0.95, 1e7, -1e12, Double.NaN, Double.POSITIVE_INFINITY));
    }
}
