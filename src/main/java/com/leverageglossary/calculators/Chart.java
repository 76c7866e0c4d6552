package com.leverageglossary.calculators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line chart's data: named series over one x axis, vertical markers, titles and axis labels. The picture
 * ({@link #svg()}) and the data table that is its text alternative ({@link #table()}) are both drawn from these
 * series, so they cannot disagree. Built with {@link LineChart}.
 *
 * @param steps true when each value holds until the next x (drawn as horizontal steps)
 */
public record Chart(String title, String description, String xLabel, String yLabel, List<Series> series,
                    List<Marker> markers, boolean steps) {

    /** One line; the i-th series of a chart is drawn in style i (colour and dash), so it reads in grey too. */
    public record Series(String name, double[] xs, double[] ys) {
        public Series {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException(name + ": " + xs.length + " x values but " + ys.length + " y values");
            }
            xs = xs.clone();
            ys = ys.clone();
        }
    }

    /** A labelled x value, e.g. the liquidation price. */
    public record Marker(double x, String label) {
    }

    /** The data as a table: column headings and the formatted cells of each row. */
    public record Table(List<String> columns, List<List<String>> rows) {
    }

    public Chart {
        series = List.copyOf(series);
        markers = List.copyOf(markers);
    }

    /** True when there is no finite point to draw (then neither picture nor table is shown). */
    public boolean empty() {
        return series.stream().noneMatch(s -> {
            for (int i = 0; i < s.xs().length; i++) {
                if (Double.isFinite(s.xs()[i]) && Double.isFinite(s.ys()[i])) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The picture: a narrow and a wide drawing, of which the stylesheet shows the one that fits its container. */
    public String svg() {
        if (empty()) {
            return "";
        }
        String id = "chart-" + Integer.toHexString((title + description).hashCode());
        return ChartSvg.draw(this, ChartSvg.Layout.NARROW, id) + ChartSvg.draw(this, ChartSvg.Layout.WIDE, id);
    }

    /**
     * The data of the picture, for screen readers and for copying: one row per x with a column per series when
     * the series share their x values (every chart of ours), otherwise one row per point with the series named.
     */
    public Table table() {
        if (series.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        double[] xs = series.get(0).xs();
        boolean shared = series.stream().allMatch(s -> Arrays.equals(s.xs(), xs));
        List<List<String>> rows = new ArrayList<>();
        if (shared) {
            List<String> columns = new ArrayList<>(List.of(xLabel));
            series.forEach(s -> columns.add(series.size() == 1 ? yLabel : s.name()));
            int xDecimals = decimals(xs);
            int[] yDecimals = series.stream().mapToInt(s -> decimals(s.ys())).toArray();
            for (int i = 0; i < xs.length; i++) {
                List<String> row = new ArrayList<>(List.of(cell(xs[i], xDecimals)));
                for (int s = 0; s < series.size(); s++) {
                    row.add(cell(series.get(s).ys()[i], yDecimals[s]));
                }
                rows.add(row);
            }
            return new Table(columns, rows);
        }
        for (Series s : series) {
            int xDecimals = decimals(s.xs());
            int yDecimals = decimals(s.ys());
            for (int i = 0; i < s.xs().length; i++) {
                rows.add(List.of(s.name(), cell(s.xs()[i], xDecimals), cell(s.ys()[i], yDecimals)));
            }
        }
        return new Table(List.of("Series", xLabel, yLabel), rows);
    }

    /** The markers as a table: their labels and x values. */
    public Table markerTable() {
        double[] xs = markers.stream().mapToDouble(Marker::x).toArray();
        int decimals = decimals(xs);
        return new Table(List.of("Marked", xLabel), markers.stream().map(m -> List.of(m.label(), cell(m.x(), decimals))).toList());
    }

    private static String cell(double value, int decimals) {
        return Double.isFinite(value) ? Figures.of(value, decimals) : "—";
    }

    /**
     * Decimals for a column: none for whole numbers (periods, loops), else enough for four significant digits of
     * its largest value and at least two (money).
     */
    static int decimals(double[] values) {
        double largest = 0;
        boolean whole = true;
        for (double value : values) {
            if (Double.isFinite(value)) {
                largest = Math.max(largest, Math.abs(value));
                whole &= value == Math.rint(value);
            }
        }
        if (whole) {
            return 0;
        }
        int digits = largest == 0 ? 0 : (int) Math.floor(Math.log10(largest));
        return Math.max(2, Math.min(8, 3 - digits));
    }
}
