package com.leverageglossary.calculators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small accessible SVG line chart drawn on the server: named series, vertical markers with labels,
 * axes with a few ticks, a {@code <title>} and a {@code <desc>}. Colours come from CSS classes so the
 * page's light and dark themes apply.
 */
public final class LineChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 76;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 44;

    private record Series(String name, double[] xs, double[] ys, int style) {
    }

    private record Marker(double x, String label) {
    }

    private final String title;
    private final String description;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private boolean steps;

    public LineChart(String title, String description, String xLabel, String yLabel) {
        this.title = title;
        this.description = description;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** Adds a line; the first series is drawn in the accent colour, later ones in the next styles. */
    public LineChart series(String name, double[] xs, double[] ys) {
        series.add(new Series(name, xs.clone(), ys.clone(), series.size()));
        return this;
    }

    public LineChart marker(double x, String label) {
        markers.add(new Marker(x, label));
        return this;
    }

    /** Draws every series as horizontal steps (for values that change per period). */
    public LineChart steps() {
        steps = true;
        return this;
    }

    public String svg() {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.xs().length; i++) {
                if (Double.isFinite(s.xs()[i]) && Double.isFinite(s.ys()[i])) {
                    minX = Math.min(minX, s.xs()[i]);
                    maxX = Math.max(maxX, s.xs()[i]);
                    minY = Math.min(minY, s.ys()[i]);
                    maxY = Math.max(maxY, s.ys()[i]);
                }
            }
        }
        for (Marker m : markers) {
            minX = Math.min(minX, m.x());
            maxX = Math.max(maxX, m.x());
        }
        if (!Double.isFinite(minX) || !Double.isFinite(minY)) {
            return "";
        }
        if (maxX == minX) {
            maxX = minX + 1;
        }
        if (maxY == minY) {
            maxY = minY + Math.max(1, Math.abs(minY) * 0.1);
        }
        double padY = (maxY - minY) * 0.06;
        Scale scale = new Scale(minX, maxX, minY - padY, maxY + padY);

        StringBuilder svg = new StringBuilder(4096);
        String id = "chart-" + Integer.toHexString((title + description).hashCode());
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">")
                .append("<title id=\"").append(id).append("-t\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-d\">").append(escape(description)).append("</desc>");
        axes(svg, scale);
        for (Marker m : markers) {
            double x = scale.x(m.x());
            svg.append("<line class=\"chart-marker\" x1=\"").append(f(x)).append("\" y1=\"").append(TOP)
                    .append("\" x2=\"").append(f(x)).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>")
                    .append("<text class=\"chart-marker-label\" x=\"").append(f(x + 3)).append("\" y=\"")
                    .append(TOP + 12 + 14 * markers.indexOf(m)).append("\">").append(escape(m.label())).append("</text>");
        }
        for (Series s : series) {
            svg.append("<polyline class=\"chart-series chart-series-").append(s.style()).append("\" points=\"");
            for (int i = 0; i < s.xs().length; i++) {
                if (steps && i > 0) {
                    svg.append(f(scale.x(s.xs()[i]))).append(',').append(f(scale.y(s.ys()[i - 1]))).append(' ');
                }
                svg.append(f(scale.x(s.xs()[i]))).append(',').append(f(scale.y(s.ys()[i]))).append(' ');
            }
            svg.append("\"/>");
        }
        legend(svg);
        return svg.append("</svg>").toString();
    }

    private void axes(StringBuilder svg, Scale scale) {
        int bottom = HEIGHT - BOTTOM;
        svg.append("<g class=\"chart-axes\">")
                .append("<line x1=\"").append(LEFT).append("\" y1=\"").append(bottom).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(bottom).append("\"/>")
                .append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(bottom).append("\"/>");
        for (int i = 0; i <= 4; i++) {
            double xValue = scale.minX + (scale.maxX - scale.minX) * i / 4;
            double yValue = scale.minY + (scale.maxY - scale.minY) * i / 4;
            svg.append("<text class=\"chart-tick\" x=\"").append(f(scale.x(xValue))).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"middle\">").append(tick(xValue)).append("</text>")
                    .append("<text class=\"chart-tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(f(scale.y(yValue) + 4))
                    .append("\" text-anchor=\"end\">").append(tick(yValue)).append("</text>");
        }
        svg.append("<text class=\"chart-label\" x=\"").append((LEFT + WIDTH - RIGHT) / 2).append("\" y=\"").append(HEIGHT - 6)
                .append("\" text-anchor=\"middle\">").append(escape(xLabel)).append("</text>")
                .append("<text class=\"chart-label\" transform=\"translate(14 ").append((TOP + bottom) / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(escape(yLabel)).append("</text></g>");
    }

    private void legend(StringBuilder svg) {
        if (series.size() < 2) {
            return;
        }
        int x = WIDTH - RIGHT - 8;
        for (int i = series.size() - 1; i >= 0; i--) {
            Series s = series.get(i);
            svg.append("<text class=\"chart-legend chart-legend-").append(s.style()).append("\" x=\"").append(x)
                    .append("\" y=\"").append(HEIGHT - BOTTOM - 8 - 16 * (series.size() - 1 - i))
                    .append("\" text-anchor=\"end\">").append(escape(s.name())).append("</text>");
        }
    }

    private record Scale(double minX, double maxX, double minY, double maxY) {
        double x(double value) {
            return LEFT + (value - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            return HEIGHT - BOTTOM - (value - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Tick labels: short, with k/M suffixes for large values. */
    static String tick(double value) {
        double abs = Math.abs(value);
        if (abs >= 1e6) {
            return String.format(Locale.ROOT, "%.3gM", value / 1e6);
        }
        if (abs >= 1e4) {
            return String.format(Locale.ROOT, "%.3gk", value / 1e3);
        }
        if (abs >= 100 || abs == 0) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
