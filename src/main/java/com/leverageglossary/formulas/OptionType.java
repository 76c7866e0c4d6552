package com.leverageglossary.formulas;

/** Call or put. */
public enum OptionType {
    CALL, PUT
}
