package com.leverageglossary.calculators;

import java.util.List;

/**
 * One declared output of a calculator.
 *
 * @param decimals digits after the point when shown to people (the API always gives full precision)
 * @param columns  for {@link OutputType#ROWS}: the keys of each row, in display order
 */
public record Output(String name, String label, String unit, OutputType type, int decimals, List<String> columns) {

    /** The same output shown with another unit and precision (see {@link UnitsWhen}). */
    public Output withUnit(String shownUnit, int shownDecimals) {
        return new Output(name, label, shownUnit, type, shownDecimals, columns);
    }

    public static Output number(String name, String label, String unit, int decimals) {
        return new Output(name, label, unit, OutputType.NUMBER, decimals, List.of());
    }

    public static Output flag(String name, String label) {
        return new Output(name, label, "", OutputType.BOOLEAN, 0, List.of());
    }

    public static Output text(String name, String label) {
        return new Output(name, label, "", OutputType.TEXT, 0, List.of());
    }

    public static Output rows(String name, String label, int decimals, String... columns) {
        return new Output(name, label, "", OutputType.ROWS, decimals, List.of(columns));
    }
}
