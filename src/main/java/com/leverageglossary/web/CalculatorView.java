package com.leverageglossary.web;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.calculators.Chart;
import com.leverageglossary.calculators.Input;
import com.leverageglossary.calculators.InputType;
import com.leverageglossary.calculators.Output;
import java.util.List;

/**
 * A calculator ready to draw: the form's fields with the values to show and their errors, and the
 * formatted results. The same view draws the widget in an entry and the calculator's own page.
 *
 * @param idPrefix   unique per page, so that two widgets on one page never share element ids
 * @param embedded   drawn alone on the embed page, inside another site's iframe
 * @param action     where the form submits (the calculator's own page, or its embed page)
 * @param shareUrl   the calculator page with these inputs, or the bare page when there are errors
 * @param csvUrl     the outputs as CSV for these inputs (linked only when they computed)
 * @param formErrors errors not tied to a visible field (e.g. a repeated parameter)
 */
public record CalculatorView(Calculator calculator, String idPrefix, boolean embedded, String action, String apiUrl, String shareUrl,
                             String csvUrl, List<FieldView> fields, List<String> formErrors, boolean computed,
                             List<OutputView> outputs, List<TableView> tables, List<GridView> grids, List<String> work,
                             List<String> notes, List<Chart> charts) {

    /**
     * One form field.
     *
     * @param rows for a row list, its form rows (as many as it accepts), else empty
     */
    public record FieldView(Input input, String id, String value, String error, List<RowView> rows) {
        public boolean isRows() {
            return input.type() == InputType.ROW_LIST;
        }

        /** The id of a row field's column heading, which names its inputs together with the row's heading. */
        public String headingId(Input field) {
            return id + "-" + field.name();
        }

        public boolean isChoice() {
            return input.type() == InputType.CHOICE;
        }

        public boolean isList() {
            return input.type() == InputType.NUMBER_LIST || input.type() == InputType.PAIR_LIST;
        }

        public String errorId() {
            return id + "-error";
        }

        public String helpId() {
            return id + "-help";
        }

        /** The ids that describe this field for assistive technology: its help and its error. */
        public String describedBy() {
            String help = input.help().isEmpty() ? "" : helpId() + " ";
            return help + errorId();
        }

        /** inputmode for phone keyboards: lists need commas and colons, numbers need a minus and a point. */
        public String inputMode() {
            return input.type() == InputType.INTEGER ? "numeric" : "decimal";
        }
    }

    /** One row of a row list in the form: a heading ("Leg 1") and one control per field. */
    public record RowView(String heading, String headingId, List<CellView> cells) {
    }

    /**
     * One control of a form row.
     *
     * @param labelledBy the column heading's id and the row heading's id, e.g. "Quantity Leg 2"
     */
    public record CellView(Input field, String id, String name, String value, String labelledBy) {
        public boolean isChoice() {
            return field.type() == InputType.CHOICE;
        }
    }

    /** One single-valued result, formatted for people. */
    public record OutputView(Output output, String text) {
    }

    /** A list-of-rows result drawn as a table. */
    public record TableView(Output output, List<String> headers, List<List<String>> rows) {
    }

    /** A list-of-rows result drawn as a two-way table by its {@link com.leverageglossary.calculators.GridLayout}. */
    public record GridView(Output output, String caption, List<String> columnHeadings, List<GridRow> rows) {
    }

    /** One row of a two-way table: its heading (the row axis value) and its cells. */
    public record GridRow(String heading, List<GridCell> cells) {
    }

    /** A cell's shown value, and whether it carries the layout's flag (e.g. "liquidated"). */
    public record GridCell(String text, boolean flagged) {
    }
}
