package com.leverageglossary.calculators;

import java.util.ArrayList;
import java.util.List;

/**
 * Axis ticks at round values (steps of 1, 2, 2.5 or 5 times a power of ten) with labels that share one format:
 * the same decimals on every tick and a k or M suffix for large values, so that "52.5k" and "55k" read alike.
 */
record ChartTicks(double[] values, List<String> labels) {
    private static final double[] MANTISSAS = {1, 2, 2.5, 5};
    private static final double EPSILON = 1e-9;

    /**
     * At most {@code maxCount} ticks between {@code min} and {@code max} (at least one); {@code whole} keeps steps
     * to whole numbers, for axes of periods or loops.
     */
    static ChartTicks between(double min, double max, int maxCount, boolean whole) {
        double step = step(min, max, Math.max(1, maxCount), whole);
        long first = (long) Math.ceil(min / step - EPSILON);
        long last = Math.max(first, (long) Math.floor(max / step + EPSILON));
        double[] values = new double[(int) (last - first + 1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (first + i) * step;
        }
        double largest = Math.max(Math.abs(min), Math.abs(max));
        List<String> labels = new ArrayList<>(values.length);
        for (double value : values) {
            labels.add(label(value, step, largest));
        }
        return new ChartTicks(values, labels);
    }

    /** The distance between two ticks (the range when there is one tick). */
    double step() {
        return values.length > 1 ? values[1] - values[0] : Double.POSITIVE_INFINITY;
    }

    /** The widest label's length in characters. */
    int widestLabel() {
        return labels.stream().mapToInt(String::length).max().orElse(0);
    }

    private static double step(double min, double max, int maxCount, boolean whole) {
        double range = max - min;
        double magnitude = Math.pow(10, Math.floor(Math.log10(range / maxCount)));
        for (int power = 0; ; power++) {
            for (double mantissa : MANTISSAS) {
                double step = mantissa * magnitude * Math.pow(10, power);
                if (whole && (step < 1 || step != Math.rint(step))) {
                    continue;
                }
                long count = (long) Math.floor(max / step + EPSILON) - (long) Math.ceil(min / step - EPSILON) + 1;
                if (count <= maxCount) {
                    return step;
                }
            }
        }
    }

    /** A tick label in the format of its axis: {@code step} sets the decimals, {@code largest} the suffix. */
    static String label(double value, double step, double largest) {
        double scale = largest >= 1e6 ? 1e6 : largest >= 1e4 ? 1e3 : 1;
        String suffix = scale == 1e6 ? "M" : scale == 1e3 ? "k" : "";
        double scaledStep = step / scale;
        int decimals = 0;
        while (decimals < 8 && Math.abs(scaledStep * Math.pow(10, decimals) - Math.rint(scaledStep * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        String text = Figures.format("%,." + decimals + "f", value / scale);
        if (text.matches("-[0.,]+")) {
            text = text.substring(1);
        }
        return text.replace('-', '−') + suffix;
    }
}
