package com.leverageglossary.calculators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a calculator computed: output values by name (Double, Boolean, String, a list of rows, or null
 * when undefined), notes that explain conventions and undefined values, the formula with the user's
 * numbers substituted, and the charts (none, one or more).
 */
public record Result(Map<String, Object> outputs, List<String> notes, List<String> work, List<Chart> charts) {

    public static Builder builder() {
        return new Builder();
    }

    /** Collects a result in declaration order. */
    public static final class Builder {
        private static final double PERCENT = 100;
        private final Map<String, Object> outputs = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final List<String> work = new ArrayList<>();
        private final List<Chart> charts = new ArrayList<>();

        public Builder put(String name, Object value) {
            if (value instanceof Double d && !Double.isFinite(d)) {
                throw new NonFiniteResultException(name);
            }
            outputs.put(name, value);
            return this;
        }

        /** A fraction sent as a percentage, the unit of every output named *_pct. */
        public Builder percent(String name, double fraction) {
            return put(name, fraction * PERCENT);
        }

        public Builder note(String text) {
            notes.add(text);
            return this;
        }

        public Builder work(String line) {
            work.add(line);
            return this;
        }

        /** Adds a chart; charts are drawn in the order added. */
        public Builder chart(Chart chart) {
            charts.add(chart);
            return this;
        }

        public Builder charts(List<Chart> drawn) {
            charts.addAll(drawn);
            return this;
        }

        public Result build() {
            return new Result(Collections.unmodifiableMap(outputs), List.copyOf(notes), List.copyOf(work), List.copyOf(charts));
        }
    }
}
