package com.leverageglossary.calculators;

import java.util.List;

/**
 * One declared output of a calculator.
 *
 * @param decimals digits after the point when shown to people (the API always gives full precision)
 * @param columns  for {@link OutputType#ROWS}: the keys of each row, in display order
 * @param whenNull what a null value reads as on the page ("—" unless a null means something, like "unbounded")
 * @param grid     for {@link OutputType#ROWS} that read as a two-way table: which keys are its axes, else null
 */
public record Output(String name, String label, String unit, OutputType type, int decimals, List<String> columns,
                     String whenNull, GridLayout grid) {

    /** The same output shown with another unit and precision (see {@link UnitsWhen}). */
    public Output withUnit(String shownUnit, int shownDecimals) {
        return new Output(name, label, shownUnit, type, shownDecimals, columns, whenNull, grid);
    }

    /** The same output with a null shown as {@code text}. */
    public Output nullReads(String text) {
        return new Output(name, label, unit, type, decimals, columns, text, grid);
    }

    public static Output number(String name, String label, String unit, int decimals) {
        return new Output(name, label, unit, OutputType.NUMBER, decimals, List.of(), "—", null);
    }

    /** Numbers in ascending order, e.g. breakeven prices. */
    public static Output numberList(String name, String label, String unit, int decimals) {
        return new Output(name, label, unit, OutputType.NUMBER_LIST, decimals, List.of(), "—", null);
    }

    public static Output flag(String name, String label) {
        return new Output(name, label, "", OutputType.BOOLEAN, 0, List.of(), "—", null);
    }

    public static Output text(String name, String label) {
        return new Output(name, label, "", OutputType.TEXT, 0, List.of(), "—", null);
    }

    public static Output rows(String name, String label, int decimals, String... columns) {
        return new Output(name, label, "", OutputType.ROWS, decimals, List.of(columns), "—", null);
    }

    /** Rows that the page draws as a two-way table laid out by {@code grid}; the API and CSV still see one row per cell. */
    public static Output grid(String name, String label, String unit, int decimals, GridLayout grid, String... columns) {
        return new Output(name, label, unit, OutputType.ROWS, decimals, List.of(columns), "—", grid);
    }
}
