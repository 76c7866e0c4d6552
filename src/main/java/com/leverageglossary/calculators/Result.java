package com.leverageglossary.calculators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a calculator computed: output values by name (Double, Boolean, String, a list of rows, or null
 * when undefined), notes that explain conventions and undefined values, the formula with the user's
 * numbers substituted, and an optional SVG chart.
 */
public record Result(Map<String, Object> outputs, List<String> notes, List<String> work, String chartSvg) {

    public static Builder builder() {
        return new Builder();
    }

    /** Collects a result in declaration order. */
    public static final class Builder {
        private static final double PERCENT = 100;
        private final Map<String, Object> outputs = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final List<String> work = new ArrayList<>();
        private String chartSvg;

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

        public Builder chart(String svg) {
            chartSvg = svg;
            return this;
        }

        public Result build() {
            return new Result(Collections.unmodifiableMap(outputs), List.copyOf(notes), List.copyOf(work), chartSvg);
        }
    }
}
