package com.leverageglossary.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 15, section 7: one chart model draws the picture and its data table from the same series. */
class ChartTest {
    private static final Pattern POLYLINE = Pattern.compile("<polyline class=\"chart-series chart-series-(\\d)\" points=\"([^\"]*)\"");

    private static Chart loops() {
        return new LineChart("Leverage against number of loops", "Leverage by loops.", "Loops", "Leverage (×)")
                .series("Leverage", new double[] {0, 1, 2, 3}, new double[] {1, 1.75, 2.3125, 2.734375})
                .series("Limit", new double[] {0, 1, 2, 3}, new double[] {4, 4, 4, 4})
                .marker(3, "3 loops")
                .chart();
    }

    @Test
    void theTableHasARowPerXAndAColumnPerSeries() {
        // A 75 % LTV loop from 1×: 1 + 0.75 = 1.75, 1 + 0.75 + 0.5625 = 2.3125, then 2.734375 (geometric series).
        Chart.Table table = loops().table();
        assertThat(table.columns()).containsExactly("Loops", "Leverage", "Limit");
        assertThat(table.rows()).containsExactly(
                List.of("0", "1.000", "4"), List.of("1", "1.750", "4"), List.of("2", "2.313", "4"), List.of("3", "2.734", "4"));
        assertThat(loops().markerTable().rows()).containsExactly(List.of("3 loops", "3"));
    }

    @Test
    void aSingleSeriesColumnIsNamedByTheYAxisWithItsUnit() {
        Chart chart = new LineChart("PnL", "PnL by price.", "Price", "PnL (USDT)")
                .series("PnL", new double[] {50000, 60000}, new double[] {-5000, 0}).chart();
        assertThat(chart.table().columns()).containsExactly("Price", "PnL (USDT)");
        assertThat(chart.table().rows()).containsExactly(List.of("50,000", "−5,000"), List.of("60,000", "0"));
    }

    @Test
    void seriesOnDifferentXsAreListedPointByPointWithTheirNames() {
        Chart chart = new LineChart("t", "d", "x", "y").series("a", new double[] {1, 2}, new double[] {3, 4})
                .series("b", new double[] {1.5}, new double[] {5}).chart();
        assertThat(chart.table().columns()).containsExactly("Series", "x", "y");
        assertThat(chart.table().rows()).containsExactly(List.of("a", "1", "3"), List.of("a", "2", "4"), List.of("b", "1.500", "5"));
    }

    @Test
    void eachDrawingHasALineOfAsManyPointsAsTheTableHasRows() {
        Chart chart = loops();
        String svg = chart.svg();
        assertThat(svg).contains("class=\"chart chart-narrow\"", "class=\"chart chart-wide\"");
        Matcher polyline = POLYLINE.matcher(svg);
        int lines = 0;
        while (polyline.find()) {
            assertThat(polyline.group(2).split(" ")).hasSize(chart.table().rows().size());
            lines++;
        }
        assertThat(lines).isEqualTo(4);
    }

    @Test
    void theTwoDrawingsHaveTheirOwnIdsSoThePageHasNoDuplicates() {
        String svg = loops().svg();
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(svg);
        List<String> found = ids.results().map(m -> m.group(1)).toList();
        assertThat(found).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void textIsEscapedInThePicture() {
        String svg = new LineChart("<script>", "a & b", "x", "y").series("s", new double[] {0, 1}, new double[] {0, 1}).chart().svg();
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;", "a &amp; b");
    }

    @Test
    void aChartWithNoFinitePointDrawsNothing() {
        Chart chart = new LineChart("t", "d", "x", "y").series("s", new double[] {Double.NaN}, new double[] {1}).chart();
        assertThat(chart.empty()).isTrue();
        assertThat(chart.svg()).isEmpty();
    }

    @Test
    void ticksFallOnRoundValuesAndShareOneFormat() {
        // The default liquidation chart's price axis: 51,000 to 69,000.
        ChartTicks prices = ChartTicks.between(51_000, 69_000, 5, false);
        assertThat(prices.labels()).containsExactly("55k", "60k", "65k");
        assertThat(ChartTicks.between(51_000, 69_000, 8, false).labels()).containsExactly("52.5k", "55.0k", "57.5k", "60.0k", "62.5k",
                "65.0k", "67.5k");
        assertThat(ChartTicks.between(-5_400, 4_500, 5, false).labels()).containsExactly("−4,000", "−2,000", "0", "2,000", "4,000");
        assertThat(ChartTicks.between(0.5, 1.0, 5, false).labels()).containsExactly("0.6", "0.8", "1.0");
    }

    @Test
    void anAxisOfWholeNumbersHasWholeSteps() {
        assertThat(ChartTicks.between(0, 10, 7, true).labels()).containsExactly("0", "2", "4", "6", "8", "10");
        assertThat(ChartTicks.between(0, 3, 8, true).labels()).containsExactly("0", "1", "2", "3");
    }
}
