package com.leverageglossary.web;

import com.leverageglossary.calculators.Output;
import com.leverageglossary.calculators.OutputType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A calculator's result as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a
 * quote or a line break, quotes doubled). The header is {@code output,value}; each single-valued output is one
 * {@code name,value} row. When the calculator has list outputs (CPPI steps, cascade rounds, stress cells) the
 * header goes on with {@code step} and the union of their columns, and each list item is one row naming its output
 * and step, so every row has the same fields and the file loads into a spreadsheet or a data frame as one table.
 * Numbers are written in full precision without exponents; text is guarded against formula injection.
 */
final class ResultCsv {
    static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    private static final String CRLF = "\r\n";
    private static final Set<String> FIXED_COLUMNS = Set.of("output", "value", "step");

    private ResultCsv() {
    }

    /** {@code outputs} in declaration order and the values computed for them. */
    static String of(List<Output> outputs, Map<String, Object> values) {
        Set<String> columns = new LinkedHashSet<>();
        outputs.stream().filter(o -> o.type() == OutputType.ROWS).forEach(o -> columns.addAll(o.columns()));
        boolean lists = !columns.isEmpty() || outputs.stream().anyMatch(o -> values.get(o.name()) instanceof List<?>);
        List<String> header = new ArrayList<>(List.of("output", "value"));
        if (lists) {
            header.add("step");
            // A row key named like one of the file's own columns (a stress cell's "value") is told apart by a prefix,
            // so no two columns share a name.
            columns.forEach(column -> header.add(FIXED_COLUMNS.contains(column) ? "row_" + column : column));
        }
        int width = header.size();
        StringBuilder csv = new StringBuilder(1024);
        row(csv, header, width);
        for (Output output : outputs) {
            Object value = values.get(output.name());
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    List<String> fields = new ArrayList<>(List.of(output.name(), "", String.valueOf(i + 1)));
                    if (items.get(i) instanceof Map<?, ?> step) {
                        columns.forEach(column -> fields.add(field(step.get(column))));
                    } else {
                        fields.set(1, field(items.get(i)));
                    }
                    row(csv, fields, width);
                }
            } else {
                row(csv, List.of(output.name(), field(value)), width);
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields, int width) {
        for (int i = 0; i < width; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(i < fields.size() ? fields.get(i) : ""));
        }
        csv.append(CRLF);
    }

    /** A value as its field: numbers in full precision without exponent, booleans as true/false, null as empty. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return guarded(String.valueOf(value));
    }

    /**
     * Text a spreadsheet would run as a formula (it starts with =, +, -, @, a tab, a carriage return or a NUL) gets a
     * leading apostrophe (OWASP ASVS 1.2.10, CWE-1236). Only text is guarded: our numbers are plain decimals,
     * and a leading minus there is a sign.
     */
    static String guarded(String text) {
        return !text.isEmpty() && "=+-@\t\r\0".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
    static String quoted(String field) {
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
