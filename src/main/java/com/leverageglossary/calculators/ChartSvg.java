package com.leverageglossary.calculators;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Chart} as an accessible SVG ({@code role="img"} with a title and a description) in one of two
 * layouts. An SVG scales its text with its width, so one drawing cannot stay legible from a phone to a desktop:
 * the stylesheet shows each layout only in containers where it renders at 0.85 of its size or more (see
 * {@code .calc-chart} in site.css), and {@link #FONT} is chosen so that text is then at least 12 px. Labels are
 * placed by estimated width so that they never collide: fewer ticks when the axis is short, marker labels and
 * legend entries in rows above the plot. Colours come from CSS classes so the page's light and dark themes apply.
 */
final class ChartSvg {
    /** Text size in viewBox units: 14.5 × 0.85 ≥ 12.3 px as rendered. */
    static final double FONT = 14.5;
    /** A generous estimate of a glyph's advance in system-ui, so that estimated labels are never narrower than drawn. */
    private static final double CHAR = 0.62 * FONT;
    private static final double LINE = 19;
    private static final double GAP = 10;
    private static final double Y_LABEL_BAND = 26;
    private static final double MIN_RIGHT = 12;
    private static final double BOTTOM = 54;
    private static final double SAMPLE = 22;

    /** The two drawings; the widths and the CSS class are the stylesheet's breakpoints' other half. */
    enum Layout {
        NARROW("chart-narrow", "n", 320, 190, 4, 5),
        WIDE("chart-wide", "w", 640, 220, 7, 5);

        final String cssClass;
        final String idSuffix;
        final int width;
        final int plotHeight;
        final int maxXTicks;
        final int maxYTicks;

        Layout(String cssClass, String idSuffix, int width, int plotHeight, int maxXTicks, int maxYTicks) {
            this.cssClass = cssClass;
            this.idSuffix = idSuffix;
            this.width = width;
            this.plotHeight = plotHeight;
            this.maxXTicks = maxXTicks;
            this.maxYTicks = maxYTicks;
        }
    }

    private ChartSvg() {
    }

    /** A text placed on one row: its left and right edges. */
    private record Span(double left, double right) {
        boolean overlaps(Span other) {
            return left < other.right + GAP && other.left < right + GAP;
        }
    }

    static String draw(Chart chart, Layout layout, String chartId) {
        Bounds bounds = Bounds.of(chart);
        double top0 = 8;
        List<List<Span>> legendRows = new ArrayList<>();

        ChartTicks yTicks = fitY(bounds, layout);
        double left = Y_LABEL_BAND + yTicks.widestLabel() * CHAR + 8;
        double right = MIN_RIGHT;
        ChartTicks xTicks = fitX(bounds, layout, left, right);
        double lastHalf = xTicks.labels().get(xTicks.labels().size() - 1).length() * CHAR / 2;
        double overhang = left + (layout.width - left - right) * (xTicks.values()[xTicks.values().length - 1] - bounds.minX)
                / (bounds.maxX - bounds.minX) + lastHalf - (layout.width - 2);
        if (overhang > 0) {
            right += overhang;
            xTicks = fitX(bounds, layout, left, right);
        }
        double plotLeft = left;
        double plotRight = layout.width - right;

        StringBuilder legend = new StringBuilder();
        if (chart.series().size() > 1) {
            for (int i = 0; i < chart.series().size(); i++) {
                String name = chart.series().get(i).name();
                double width = SAMPLE + 6 + name.length() * CHAR;
                int row = rowFor(legendRows, plotLeft, width, plotRight);
                double x = legendRows.get(row).get(legendRows.get(row).size() - 1).left();
                double y = top0 + (row + 1) * LINE - 5;
                legend.append("<line class=\"chart-series chart-series-").append(i).append("\" x1=\"").append(f(x)).append("\" y1=\"")
                        .append(f(y - 5)).append("\" x2=\"").append(f(x + SAMPLE)).append("\" y2=\"").append(f(y - 5)).append("\"/>")
                        .append("<text class=\"chart-legend chart-legend-").append(i).append("\" x=\"").append(f(x + SAMPLE + 6))
                        .append("\" y=\"").append(f(y)).append("\">").append(escape(name)).append("</text>");
            }
        }
        double markerTop = top0 + legendRows.size() * LINE;
        Scale xOnly = new Scale(bounds, plotLeft, plotRight, 0, 1);
        List<MarkerLabel> markerLabels = placeMarkerLabels(chart.markers().stream().map(m -> new double[] {
                xOnly.x(m.x()), m.label().length() * CHAR}).toList(), layout.width);
        int markerRowCount = markerLabels.stream().mapToInt(l -> l.row() + 1).max().orElse(0);
        double top = markerTop + markerRowCount * LINE + (legendRows.isEmpty() && markerRowCount == 0 ? 12 : 8);
        double bottom = top + layout.plotHeight;
        double height = bottom + BOTTOM;
        Scale scale = new Scale(bounds, plotLeft, plotRight, top, bottom);

        String id = chartId + "-" + layout.idSuffix;
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg class=\"chart ").append(layout.cssClass).append("\" viewBox=\"0 0 ").append(layout.width).append(' ').append(f(height))
                .append("\" font-size=\"").append(FONT).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">")
                .append("<title id=\"").append(id).append("-t\">").append(escape(chart.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-d\">").append(escape(chart.description())).append("</desc>");
        axes(svg, chart, scale, xTicks, yTicks, layout.width, height);
        for (int i = 0; i < chart.markers().size(); i++) {
            MarkerLabel label = markerLabels.get(i);
            double baseline = markerTop + (label.row() + 1) * LINE - 5;
            svg.append("<line class=\"chart-marker\" x1=\"").append(f(label.x())).append("\" y1=\"").append(f(baseline - FONT + 2))
                    .append("\" x2=\"").append(f(label.x())).append("\" y2=\"").append(f(bottom)).append("\"/>")
                    .append("<text class=\"chart-marker-label\" x=\"").append(f(label.after() ? label.x() + 4 : label.x() - 4))
                    .append("\" y=\"").append(f(baseline)).append(label.after() ? "\"" : "\" text-anchor=\"end\"").append('>')
                    .append(escape(chart.markers().get(i).label())).append("</text>");
        }
        for (int i = 0; i < chart.series().size(); i++) {
            series(svg, chart.series().get(i), i, chart.steps(), scale);
        }
        svg.append(legend);
        return svg.append("</svg>").toString();
    }

    /** The first row (added if needed) where a text {@code width} wide fits after what the row holds; records it there. */
    private static int rowFor(List<List<Span>> rows, double left, double width, double right) {
        for (int r = 0; r < rows.size(); r++) {
            List<Span> row = rows.get(r);
            double start = row.get(row.size() - 1).right() + 2 * GAP;
            if (start + width <= right) {
                row.add(new Span(start, start + width));
                return r;
            }
        }
        rows.add(new ArrayList<>(List.of(new Span(left, left + width))));
        return rows.size() - 1;
    }

    /** Where a marker's label goes: the row above the plot, and which side of the marker's line. */
    private record MarkerLabel(double x, int row, boolean after, Span span) {
    }

    /**
     * Places each marker's label in a row above the plot, beside its line, which runs from the label down through
     * the plot. A label may not overlap another in its row, nor be crossed by the line of a marker labelled in a
     * row above it, nor sit above a label its own line would cross: the first row and side (right, then left)
     * where all three hold, so close markers (liquidation and bankruptcy) get opposite sides or rows. When nothing
     * fits, the label goes right of its line (left at the drawing's edge) in the first row where it overlaps none.
     *
     * @param markers each marker's x in the drawing and its label's estimated width
     */
    private static List<MarkerLabel> placeMarkerLabels(List<double[]> markers, int width) {
        List<MarkerLabel> placed = new ArrayList<>();
        for (double[] marker : markers) {
            double x = marker[0];
            double labelWidth = marker[1];
            MarkerLabel chosen = null;
            for (int row = 0; chosen == null && row <= markers.size(); row++) {
                for (boolean after : new boolean[] {true, false}) {
                    Span span = after ? new Span(x + 4, x + 4 + labelWidth) : new Span(x - 4 - labelWidth, x - 4);
                    if (chosen == null && span.left() >= 2 && span.right() <= width - 2 && free(placed, row, x, span)) {
                        chosen = new MarkerLabel(x, row, after, span);
                    }
                }
            }
            if (chosen == null) {
                boolean after = x + 4 + labelWidth <= width - 2;
                double left = after ? x + 4 : Math.max(2, x - 4 - labelWidth);
                Span span = new Span(left, left + labelWidth);
                int row = 0;
                while (rowHolds(placed, row, span)) {
                    row++;
                }
                chosen = new MarkerLabel(x, row, after, span);
            }
            placed.add(chosen);
        }
        return placed;
    }

    private static boolean rowHolds(List<MarkerLabel> placed, int row, Span span) {
        return placed.stream().anyMatch(p -> p.row() == row && p.span().overlaps(span));
    }

    private static boolean free(List<MarkerLabel> placed, int row, double x, Span span) {
        for (MarkerLabel other : placed) {
            boolean crossedFromAbove = other.row() < row && other.x() >= span.left() - 3 && other.x() <= span.right() + 3;
            boolean crossesBelow = other.row() > row && x >= other.span().left() - 3 && x <= other.span().right() + 3;
            if (crossedFromAbove || crossesBelow) {
                return false;
            }
        }
        return !rowHolds(placed, row, span);
    }

    /** As many round y ticks as fit the plot's height with a line of space between labels. */
    private static ChartTicks fitY(Bounds bounds, Layout layout) {
        ChartTicks ticks = null;
        for (int count = layout.maxYTicks; count >= 2; count--) {
            ticks = ChartTicks.between(bounds.minY, bounds.maxY, count, false);
            if (layout.plotHeight * ticks.step() / (bounds.maxY - bounds.minY) >= LINE + 4) {
                return ticks;
            }
        }
        return ticks;
    }

    /** As many round x ticks as fit the plot's width with their labels a gap apart. */
    private static ChartTicks fitX(Bounds bounds, Layout layout, double left, double right) {
        double plotWidth = layout.width - left - right;
        ChartTicks ticks = null;
        for (int count = layout.maxXTicks; count >= 2; count--) {
            ticks = ChartTicks.between(bounds.minX, bounds.maxX, count, bounds.wholeX);
            if (plotWidth * ticks.step() / (bounds.maxX - bounds.minX) >= ticks.widestLabel() * CHAR + GAP) {
                return ticks;
            }
        }
        return ticks;
    }

    private static void axes(StringBuilder svg, Chart chart, Scale scale, ChartTicks xTicks, ChartTicks yTicks, int width, double height) {
        svg.append("<g class=\"chart-grid\">");
        for (double y : yTicks.values()) {
            svg.append("<line x1=\"").append(f(scale.left)).append("\" y1=\"").append(f(scale.y(y))).append("\" x2=\"")
                    .append(f(scale.right)).append("\" y2=\"").append(f(scale.y(y))).append("\"/>");
        }
        svg.append("</g><g class=\"chart-axes\">")
                .append("<line x1=\"").append(f(scale.left)).append("\" y1=\"").append(f(scale.bottom)).append("\" x2=\"").append(f(scale.right))
                .append("\" y2=\"").append(f(scale.bottom)).append("\"/>")
                .append("<line x1=\"").append(f(scale.left)).append("\" y1=\"").append(f(scale.top)).append("\" x2=\"").append(f(scale.left))
                .append("\" y2=\"").append(f(scale.bottom)).append("\"/>");
        for (int i = 0; i < xTicks.values().length; i++) {
            double x = scale.x(xTicks.values()[i]);
            svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(f(scale.bottom)).append("\" x2=\"").append(f(x))
                    .append("\" y2=\"").append(f(scale.bottom + 5)).append("\"/>")
                    .append("<text class=\"chart-tick\" x=\"").append(f(x)).append("\" y=\"").append(f(scale.bottom + 21))
                    .append("\" text-anchor=\"middle\">").append(xTicks.labels().get(i)).append("</text>");
        }
        for (int i = 0; i < yTicks.values().length; i++) {
            svg.append("<text class=\"chart-tick\" x=\"").append(f(scale.left - 6)).append("\" y=\"").append(f(scale.y(yTicks.values()[i]) + 5))
                    .append("\" text-anchor=\"end\">").append(yTicks.labels().get(i)).append("</text>");
        }
        double xLabelCentre = chart.xLabel().length() * CHAR <= scale.right - scale.left ? (scale.left + scale.right) / 2 : width / 2.0;
        svg.append("<text class=\"chart-label\" x=\"").append(f(xLabelCentre)).append("\" y=\"").append(f(height - 10))
                .append("\" text-anchor=\"middle\">").append(escape(chart.xLabel())).append("</text>")
                .append("<text class=\"chart-label\" transform=\"translate(").append(f(Y_LABEL_BAND / 2 + 4)).append(' ')
                .append(f((scale.top + scale.bottom) / 2)).append(") rotate(-90)\" text-anchor=\"middle\">").append(escape(chart.yLabel()))
                .append("</text></g>");
    }

    /** A series as polylines, broken where a value is not finite. */
    private static void series(StringBuilder svg, Chart.Series series, int style, boolean steps, Scale scale) {
        StringBuilder points = new StringBuilder();
        double previousY = Double.NaN;
        for (int i = 0; i <= series.xs().length; i++) {
            boolean finite = i < series.xs().length && Double.isFinite(series.xs()[i]) && Double.isFinite(series.ys()[i]);
            if (!finite) {
                if (points.length() > 0) {
                    svg.append("<polyline class=\"chart-series chart-series-").append(style).append("\" points=\"")
                            .append(points.toString().strip()).append("\"/>");
                    points.setLength(0);
                }
                previousY = Double.NaN;
                continue;
            }
            double x = scale.x(series.xs()[i]);
            double y = scale.y(series.ys()[i]);
            if (steps && !Double.isNaN(previousY)) {
                points.append(f(x)).append(',').append(f(previousY)).append(' ');
            }
            points.append(f(x)).append(',').append(f(y)).append(' ');
            previousY = y;
        }
    }

    /** The extent of the data (markers widen the x range), with a little room above and below the values. */
    private record Bounds(double minX, double maxX, double minY, double maxY, boolean wholeX) {
        static Bounds of(Chart chart) {
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            boolean whole = true;
            for (Chart.Series s : chart.series()) {
                for (int i = 0; i < s.xs().length; i++) {
                    if (Double.isFinite(s.xs()[i]) && Double.isFinite(s.ys()[i])) {
                        minX = Math.min(minX, s.xs()[i]);
                        maxX = Math.max(maxX, s.xs()[i]);
                        minY = Math.min(minY, s.ys()[i]);
                        maxY = Math.max(maxY, s.ys()[i]);
                        whole &= s.xs()[i] == Math.rint(s.xs()[i]);
                    }
                }
            }
            for (Chart.Marker m : chart.markers()) {
                if (Double.isFinite(m.x())) {
                    minX = Math.min(minX, m.x());
                    maxX = Math.max(maxX, m.x());
                }
            }
            if (maxX == minX) {
                maxX = minX + 1;
            }
            if (maxY == minY) {
                maxY = minY + Math.max(1, Math.abs(minY) * 0.1);
            }
            double pad = (maxY - minY) * 0.06;
            return new Bounds(minX, maxX, minY - pad, maxY + pad, whole);
        }
    }

    private record Scale(Bounds bounds, double left, double right, double top, double bottom) {
        double x(double value) {
            return left + (value - bounds.minX) / (bounds.maxX - bounds.minX) * (right - left);
        }

        double y(double value) {
            return bottom - (value - bounds.minY) / (bounds.maxY - bounds.minY) * (bottom - top);
        }
    }

    private static String f(double value) {
        return oneDecimal(value);
    }

    /**
     * {@code String.format("%.1f", value)}, byte for byte, without the Formatter: a chart writes about 600 coordinates,
     * and formatting them was most of its drawing time. The Formatter rounds the shortest decimal form of the value half
     * up; away from a tie that is the double's own nearest tenth, so ties, large and non-finite values take the Formatter.
     */
    static String oneDecimal(double value) {
        double tenths = Math.abs(value) * 10;
        double fraction = tenths - Math.floor(tenths);
        if (!(tenths < 1e7) || Math.abs(fraction - 0.5) < 1e-6) {
            return Figures.format("%.1f", value);
        }
        long rounded = Math.round(tenths);
        return (Double.compare(value, 0.0) < 0 ? "-" : "") + rounded / 10 + "." + rounded % 10;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
