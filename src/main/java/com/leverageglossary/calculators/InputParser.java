package com.leverageglossary.calculators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns query-string values into typed {@link Inputs}, or into one error per bad field. */
final class InputParser {
    /** Plain decimal notation only: no hex, no "NaN", no "Infinity", no thousands separators. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");
    private static final int MAX_VALUE_CHARS = 20_000;
    /** Beyond these magnitudes no financial input is meaningful, and results could leave the range of a double. */
    private static final double LARGEST = 1e15;
    private static final double SMALLEST = 1e-9;

    private InputParser() {
    }

    /** Parsed inputs, or the errors; exactly one of the two is non-null. */
    record Parsed(Inputs inputs, List<FieldError> errors) {
    }

    static Parsed parse(List<Input> declared, Map<String, List<String>> query) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Input input : declared) {
            List<String> given = query.getOrDefault(input.name(), List.of());
            String text = given.isEmpty() ? null : given.get(0).strip();
            if (given.size() > 1) {
                errors.add(new FieldError(input.name(), "is given more than once"));
            } else if (text == null || text.isEmpty()) {
                if (input.required()) {
                    errors.add(new FieldError(input.name(), "is required"));
                }
                values.put(input.name(), input.defaultValue());
            } else if (text.length() > MAX_VALUE_CHARS) {
                errors.add(new FieldError(input.name(), "is too long (at most " + MAX_VALUE_CHARS + " characters)"));
            } else {
                try {
                    values.put(input.name(), parse(input, text));
                } catch (InputException e) {
                    errors.add(e.toFieldError());
                }
            }
        }
        return errors.isEmpty() ? new Parsed(new Inputs(values), null) : new Parsed(null, List.copyOf(errors));
    }

    private static Object parse(Input input, String text) {
        return switch (input.type()) {
            case NUMBER -> checked(input, number(input.name(), text, ""), "");
            case INTEGER -> integer(input, text);
            case CHOICE -> choice(input, text);
            case NUMBER_LIST -> numberList(input, text);
            case PAIR_LIST -> pairList(input, text);
            case ROW_LIST -> rowList(input, text);
        };
    }

    private static double number(String field, String text, String where) {
        String item = text.strip();
        if (!DECIMAL.matcher(item).matches()) {
            throw new InputException(field, where + "must be a number, like 1250 or 0.5");
        }
        double value = Double.parseDouble(item);
        if (!Double.isFinite(value) || Math.abs(value) > LARGEST) {
            throw new InputException(field, where + "is too large (at most 1e15 in size)");
        }
        if (value != 0 && Math.abs(value) < SMALLEST) {
            throw new InputException(field, where + "is too small (use 0, or at least 1e-9 in size)");
        }
        return value;
    }

    private static double checked(Input input, double value, String where) {
        boolean tooLow = input.min() != null && (input.minExclusive() ? value <= input.min() : value < input.min());
        boolean tooHigh = input.max() != null && (input.maxExclusive() ? value >= input.max() : value > input.max());
        if (tooLow || tooHigh) {
            throw new InputException(input.name(), where + "must be " + input.boundsText());
        }
        return value;
    }

    private static int integer(Input input, String text) {
        if (!WHOLE.matcher(text).matches()) {
            throw new InputException(input.name(), "must be a whole number, like 3");
        }
        return (int) checked(input, Integer.parseInt(text), "");
    }

    private static String choice(Input input, String text) {
        if (!input.choices().contains(text)) {
            throw new InputException(input.name(), "must be one of: " + String.join(", ", input.choices()));
        }
        return text;
    }

    private static List<Double> numberList(Input input, String text) {
        String[] items = splitList(input, text);
        List<Double> values = new ArrayList<>(items.length);
        for (int i = 0; i < items.length; i++) {
            String where = "item " + (i + 1) + " ";
            values.add(checked(input, number(input.name(), items[i], where), where));
        }
        return List.copyOf(values);
    }

    private static List<List<Double>> pairList(Input input, String text) {
        String[] items = splitList(input, text);
        List<List<Double>> pairs = new ArrayList<>(items.length);
        for (int i = 0; i < items.length; i++) {
            String where = "item " + (i + 1) + " ";
            String[] parts = items[i].split(":", -1);
            if (parts.length != 2) {
                throw new InputException(input.name(), where + "must be a pair written a:b, like 95.5:1000");
            }
            double first = checked(input, number(input.name(), parts[0], where), where);
            double second = checked(input, number(input.name(), parts[1], where), where);
            pairs.add(List.of(first, second));
        }
        return List.copyOf(pairs);
    }

    /** Each row's fields, checked against the field declarations: a String for a choice, a Double for a number. */
    private static List<List<Object>> rowList(Input input, String text) {
        RowSpec spec = input.rows();
        String[] items = text.split(",", -1);
        if (items.length > spec.maxRows()) {
            throw new InputException(input.name(), "has " + items.length + " " + spec.noun() + "s; at most " + spec.maxRows() + " are allowed");
        }
        List<List<Object>> rows = new ArrayList<>(items.length);
        for (int i = 0; i < items.length; i++) {
            String where = spec.noun() + " " + (i + 1) + " ";
            String[] parts = items[i].strip().split(":", -1);
            if (parts.length < spec.minFields() || parts.length > spec.fields().size()) {
                throw new InputException(input.name(), where + "must have " + spec.minFields() + " to " + spec.fields().size()
                        + " fields separated by colons, like " + input.example().split(",")[0]);
            }
            List<Object> row = new ArrayList<>(parts.length);
            for (int j = 0; j < parts.length; j++) {
                Input field = spec.fields().get(j);
                String fieldWhere = where + field.name() + " ";
                String part = parts[j].strip();
                if (field.type() == InputType.CHOICE) {
                    if (!field.choices().contains(part)) {
                        throw new InputException(input.name(), fieldWhere + "must be one of: " + String.join(", ", field.choices()));
                    }
                    row.add(part);
                } else {
                    row.add(checked(field.withName(input.name()), number(input.name(), part, fieldWhere), fieldWhere));
                }
            }
            rows.add(List.copyOf(row));
        }
        return List.copyOf(rows);
    }

    private static String[] splitList(Input input, String text) {
        String[] items = text.split(",", -1);
        if (items.length > Input.MAX_LIST_ITEMS) {
            throw new InputException(input.name(), "has " + items.length + " items; at most " + Input.MAX_LIST_ITEMS + " are allowed");
        }
        return items;
    }
}
