package com.leverageglossary.calculators;

import java.util.List;

/**
 * One declared input of a calculator: its public name, how people see it, its default and its bounds.
 * The form, the API, validation messages and the docs all read this one declaration.
 *
 * @param defaultValue the value used when the input is absent (a Double, Integer or String), or null
 * @param required     true when the input must be given (no default and not optional)
 * @param min          lowest allowed value (numbers, integers and list items), or null
 * @param minExclusive true when {@code min} itself is not allowed
 * @param max          highest allowed value, or null
 * @param maxExclusive true when {@code max} itself is not allowed
 * @param rows         for {@link InputType#ROW_LIST}: the fields of each row, else null
 */
public record Input(String name, String label, String unit, InputType type, Object defaultValue, boolean required,
                    Double min, boolean minExclusive, Double max, boolean maxExclusive, List<String> choices,
                    String help, String example, RowSpec rows) {

    /** The most items a list input accepts. */
    public static final int MAX_LIST_ITEMS = 1000;

    public static Input number(String name, String label, String unit) {
        return new Input(name, label, unit, InputType.NUMBER, null, true, null, false, null, false, List.of(), "", "", null);
    }

    public static Input integer(String name, String label) {
        return new Input(name, label, "", InputType.INTEGER, null, true, null, false, null, false, List.of(), "", "", null);
    }

    public static Input choice(String name, String label, String defaultChoice, String... choices) {
        return new Input(name, label, "", InputType.CHOICE, defaultChoice, false, null, false, null, false, List.of(choices), "", "", null);
    }

    public static Input numberList(String name, String label, String unit) {
        return new Input(name, label, unit, InputType.NUMBER_LIST, null, true, null, false, null, false, List.of(), "", "", null);
    }

    public static Input pairList(String name, String label, String unit) {
        return new Input(name, label, unit, InputType.PAIR_LIST, null, true, null, false, null, false, List.of(), "", "", null);
    }

    /**
     * Comma-separated rows of colon-separated fields, e.g. option legs {@code long:call:1:60000:30:60}; the form shows
     * one row of fields per item.
     */
    public static Input rowList(String name, String label, RowSpec rows) {
        return new Input(name, label, "", InputType.ROW_LIST, null, true, null, false, null, false, List.of(), "", "", rows);
    }

    /** Absent means the default. */
    public Input defaultsTo(Object value) {
        return new Input(name, label, unit, type, value, false, min, minExclusive, max, maxExclusive, choices, help, example, rows);
    }

    /** Absent means "not given"; the calculator decides what that implies. */
    public Input optional() {
        return new Input(name, label, unit, type, null, false, min, minExclusive, max, maxExclusive, choices, help, example, rows);
    }

    public Input atLeast(double bound) {
        return new Input(name, label, unit, type, defaultValue, required, bound, false, max, maxExclusive, choices, help, example, rows);
    }

    public Input above(double bound) {
        return new Input(name, label, unit, type, defaultValue, required, bound, true, max, maxExclusive, choices, help, example, rows);
    }

    public Input atMost(double bound) {
        return new Input(name, label, unit, type, defaultValue, required, min, minExclusive, bound, false, choices, help, example, rows);
    }

    public Input below(double bound) {
        return new Input(name, label, unit, type, defaultValue, required, min, minExclusive, bound, true, choices, help, example, rows);
    }

    public Input help(String text) {
        return new Input(name, label, unit, type, defaultValue, required, min, minExclusive, max, maxExclusive, choices, text, example, rows);
    }

    /** A typical value, shown as the field's placeholder and used for the calculator's example link. */
    public Input example(String value) {
        return new Input(name, label, unit, type, defaultValue, required, min, minExclusive, max, maxExclusive, choices, help, value, rows);
    }

    /** The same input shown with another unit (see {@link UnitsWhen}). */
    public Input withUnit(String shownUnit) {
        return new Input(name, label, shownUnit, type, defaultValue, required, min, minExclusive, max, maxExclusive, choices, help, example, rows);
    }

    /** The same declaration under another name: a row field checked and reported as its list input. */
    Input withName(String listName) {
        return new Input(listName, label, unit, type, defaultValue, required, min, minExclusive, max, maxExclusive, choices, help, example, rows);
    }

    /** The bounds in words, e.g. "greater than 0 and at most 100", or "" when unbounded. */
    public String boundsText() {
        String low = min == null ? null : (minExclusive ? "greater than " : "at least ") + plain(min);
        String high = max == null ? null : (maxExclusive ? "less than " : "at most ") + plain(max);
        if (low != null && high != null) {
            return low + " and " + high;
        }
        return low != null ? low : high != null ? high : "";
    }

    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
