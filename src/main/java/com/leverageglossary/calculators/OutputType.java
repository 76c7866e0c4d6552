package com.leverageglossary.calculators;

/** What kind of JSON value an output is. */
public enum OutputType {
    NUMBER,
    BOOLEAN,
    TEXT,
    /** A list of numbers, e.g. breakeven prices. */
    NUMBER_LIST,
    /** A list of objects with number fields, e.g. the rounds of a cascade. */
    ROWS
}
