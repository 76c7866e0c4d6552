package com.leverageglossary.calculators;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsed, bounds-checked input values by name; absent optional inputs are null. */
public final class Inputs {
    private static final double PERCENT = 100;
    private final Map<String, Object> values;

    Inputs(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Every input with its default filled in, as the API echoes it. */
    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public double number(String name) {
        return ((Number) require(name)).doubleValue();
    }

    /** A percentage input as a fraction: {@code maintenance_margin_pct=0.5} is 0.005 (the _pct convention). */
    public double fraction(String name) {
        return number(percentage(name)) / PERCENT;
    }

    /** A list of percentages as fractions. */
    public double[] fractions(String name) {
        double[] values = numbers(percentage(name));
        for (int i = 0; i < values.length; i++) {
            values[i] /= PERCENT;
        }
        return values;
    }

    public int integer(String name) {
        return ((Number) require(name)).intValue();
    }

    public String choice(String name) {
        return (String) require(name);
    }

    public double[] numbers(String name) {
        @SuppressWarnings("unchecked")
        List<Double> list = (List<Double>) require(name);
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Pairs as two arrays: {@code [0]} the first numbers, {@code [1]} the second. */
    public double[][] pairs(String name) {
        @SuppressWarnings("unchecked")
        List<List<Double>> list = (List<List<Double>>) require(name);
        double[][] columns = new double[2][list.size()];
        for (int i = 0; i < list.size(); i++) {
            columns[0][i] = list.get(i).get(0);
            columns[1][i] = list.get(i).get(1);
        }
        return columns;
    }

    /** A row list's rows: each field a String (a choice) or a Double (a number), as {@link RowSpec} declares them. */
    public List<List<Object>> rows(String name) {
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = (List<List<Object>>) require(name);
        return rows;
    }

    private static String percentage(String name) {
        if (!name.endsWith("_pct")) {
            throw new IllegalArgumentException(name + " is not a percentage: only inputs named *_pct are");
        }
        return name;
    }

    private Object require(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("input " + name + " was not given; declare a default or check has()");
        }
        return value;
    }
}
