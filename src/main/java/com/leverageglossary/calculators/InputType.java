package com.leverageglossary.calculators;

/** How an input is written in a query string (see shared/calculators.md, Conventions). */
public enum InputType {
    /** A finite decimal number. */
    NUMBER,
    /** A whole number. */
    INTEGER,
    /** One lower-case word from a fixed set. */
    CHOICE,
    /** Comma-separated numbers, e.g. {@code 10,-10}. */
    NUMBER_LIST,
    /** Comma-separated {@code a:b} pairs, e.g. {@code 95.5:1000,94:500}. */
    PAIR_LIST
}
