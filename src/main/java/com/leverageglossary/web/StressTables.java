package com.leverageglossary.web;

import com.leverageglossary.calculators.Figures;
import com.leverageglossary.calculators.GridLayout;
import com.leverageglossary.calculators.Output;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the rows of a gridded output out as a two-way table: one table row per row-axis value, one column per column-axis
 * value (headed "−20 pts" under a "Volatility shock" group heading), or a single value column. site.js draws the same
 * table from the API's rows.
 */
final class StressTables {
    private StressTables() {
    }

    static CalculatorView.GridView grid(Output output, Object value) {
        GridLayout layout = output.grid();
        String caption = output.label() + (output.unit().isEmpty() ? "" : " (" + output.unit() + ")");
        Map<Double, List<CalculatorView.GridCell>> byRow = new LinkedHashMap<>();
        List<String> columnHeadings = new ArrayList<>();
        List<Double> columns = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> row = (Map<?, ?>) item;
                if (layout.columnKey() != null) {
                    double column = ((Number) row.get(layout.columnKey())).doubleValue();
                    if (!columns.contains(column)) {
                        columns.add(column);
                        columnHeadings.add(signed(column) + "\u00a0" + layout.columnUnit());
                    }
                }
                boolean flagged = Boolean.TRUE.equals(row.get(layout.flagKey()));
                Object cell = row.get(layout.valueKey());
                String text = cell == null ? output.whenNull() : Figures.trimmed(((Number) cell).doubleValue(), output.decimals());
                byRow.computeIfAbsent(((Number) row.get(layout.rowKey())).doubleValue(), k -> new ArrayList<>())
                        .add(new CalculatorView.GridCell(text, flagged));
            }
        }
        if (layout.columnKey() == null) {
            columnHeadings.add(layout.columnHeading());
        }
        List<CalculatorView.GridRow> rows = new ArrayList<>();
        byRow.forEach((heading, cells) -> rows.add(new CalculatorView.GridRow(signed(heading) + "\u00a0" + layout.rowUnit(), cells)));
        return new CalculatorView.GridView(output, caption, columnHeadings, rows);
    }

    /** An axis value with its sign: "−50", "0", "+20". */
    static String signed(double value) {
        String text = Figures.trimmed(value, 0);
        return value > 0 ? "+" + text : text;
    }
}
