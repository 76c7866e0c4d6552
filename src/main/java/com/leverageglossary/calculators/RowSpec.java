package com.leverageglossary.calculators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rows of a {@link InputType#ROW_LIST} input. The API takes them as one value ({@code legs=long:call:1:60000:30:60,…});
 * the form without JavaScript shows {@code maxRows} rows of fields, named {@code legs_1_side} and so on, which
 * {@link #compile} joins into that value, so that everything after the form sees one input.
 *
 * @param noun      what one row is called in messages ("leg")
 * @param minFields how many leading fields every row must have; the rest may be left off
 * @param fields    each field of a row in order, declared like an input (choices, bounds, label)
 */
public record RowSpec(String noun, int maxRows, int minFields, List<Input> fields) {

    public RowSpec {
        fields = List.copyOf(fields);
        if (minFields < 1 || minFields > fields.size() || maxRows < 1) {
            throw new IllegalArgumentException("a row needs 1 to " + fields.size() + " fields, and the list at least one row");
        }
    }

    /** The form's name for one field of one row (rows count from 1). */
    public static String fieldName(String input, int row, Input field) {
        return input + "_" + row + "_" + field.name();
    }

    /** True when the query carries any row field of this input, i.e. it came from the form. */
    boolean givenAsRows(String input, Map<String, List<String>> query) {
        Pattern rowField = Pattern.compile(Pattern.quote(input) + "_\\d+_.+");
        return query.keySet().stream().anyMatch(key -> rowField.matcher(key).matches());
    }

    /**
     * The query with this input's row fields replaced by the one value they spell: rows whose number fields are all
     * blank are left out (a choice always has a value, so it cannot mark a row as used), and a row's trailing blank
     * fields are dropped, so a future needs no days or volatility. The result is parsed like any other value, so a
     * half-filled row gets the same message as the API would give.
     */
    Map<String, List<String>> compile(String input, Map<String, List<String>> query) {
        Map<String, List<String>> compiled = new LinkedHashMap<>();
        Pattern rowField = Pattern.compile(Pattern.quote(input) + "_\\d+_.+");
        query.forEach((key, values) -> {
            if (!key.equals(input) && !rowField.matcher(key).matches()) {
                compiled.put(key, values);
            }
        });
        List<String> rows = new ArrayList<>();
        for (int row = 1; row <= maxRows; row++) {
            List<String> cells = new ArrayList<>();
            boolean used = false;
            for (Input field : fields) {
                List<String> given = query.getOrDefault(fieldName(input, row, field), List.of());
                String cell = given.isEmpty() ? "" : given.get(0).strip();
                used |= field.type() != InputType.CHOICE && !cell.isEmpty();
                cells.add(cell);
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (used) {
                rows.add(String.join(":", cells));
            }
        }
        compiled.put(input, List.of(String.join(",", rows)));
        return compiled;
    }

    /** A value split into rows of field texts, for showing it in the form's rows (no checks: bad text is shown as typed). */
    public static List<List<String>> split(String value) {
        List<List<String>> rows = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return rows;
        }
        for (String item : value.split(",", -1)) {
            rows.add(List.of(item.strip().split(":", -1)));
        }
        return rows;
    }
}
