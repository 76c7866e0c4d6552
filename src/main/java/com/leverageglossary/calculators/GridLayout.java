package com.leverageglossary.calculators;

/**
 * How the rows of a {@link OutputType#ROWS} output read as a two-way table: one table row per value of
 * {@code rowKey}, one column per value of {@code columnKey} (a single column when it is null), each cell showing
 * {@code valueKey} and marked with {@code flagText} where the boolean {@code flagKey} is true.
 *
 * @param rowHeading    what the row axis is, e.g. "Price shock"
 * @param rowUnit       appended to each row's value, e.g. "%"
 * @param columnHeading what the column axis is, or the value's name when there is one column
 * @param columnUnit    appended to each column's value, e.g. "pts"
 */
public record GridLayout(String rowKey, String rowHeading, String rowUnit, String columnKey, String columnHeading, String columnUnit,
                         String valueKey, String flagKey, String flagText) {
}
