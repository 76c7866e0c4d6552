package com.leverageglossary.calculators;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Chart}: named series, vertical markers with labels, a title, a description and axis labels.
 * {@code new LineChart(title, description, xLabel, yLabel).series(...).marker(...).chart()}.
 */
public final class LineChart {
    private final String title;
    private final String description;
    private final String xLabel;
    private final String yLabel;
    private final List<Chart.Series> series = new ArrayList<>();
    private final List<Chart.Marker> markers = new ArrayList<>();
    private boolean steps;

    public LineChart(String title, String description, String xLabel, String yLabel) {
        this.title = title;
        this.description = description;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** Adds a line; the first series is drawn in the accent colour, later ones in the next styles. */
    public LineChart series(String name, double[] xs, double[] ys) {
        series.add(new Chart.Series(name, xs, ys));
        return this;
    }

    public LineChart marker(double x, String label) {
        markers.add(new Chart.Marker(x, label));
        return this;
    }

    /** Draws every series as horizontal steps (for values that change per period). */
    public LineChart steps() {
        steps = true;
        return this;
    }

    public Chart chart() {
        return new Chart(title, description, xLabel, yLabel, series, markers, steps);
    }
}
