package com.leverageglossary.calculators;

/**
 * How an input is written in a query string. The descriptions and patterns are the API's conventions as
 * the calculator pages, {@code /api/calculators} and {@code /api/openapi.json} state them.
 */
public enum InputType {
    /** A finite decimal number. */
    NUMBER("A finite decimal number, such as 0.5 or -12. A name ending in _pct is a percentage: 0.5 means 0.5 %."),
    /** A whole number. */
    INTEGER("A whole number."),
    /** One lower-case word from a fixed set. */
    CHOICE("One of the listed lower-case words."),
    /** Comma-separated numbers, e.g. {@code 10,-10}. */
    NUMBER_LIST("Comma-separated numbers, such as 10,-10 (at most " + Input.MAX_LIST_ITEMS + ")."),
    /** Comma-separated {@code a:b} pairs, e.g. {@code 95.5:1000,94:500}. */
    PAIR_LIST("Comma-separated pairs a:b, such as 95.5:1000,94:500 (at most " + Input.MAX_LIST_ITEMS + ")."),
    /** Comma-separated rows of colon-separated fields, e.g. {@code long:call:1:60000:30:60}; see {@link RowSpec}. */
    ROW_LIST("Comma-separated rows, each a colon-separated list of the fields the input's help names.");

    private final String description;

    InputType(String description) {
        this.description = description;
    }

    /** How a value is written, in a sentence. */
    public String description() {
        return description;
    }
}
