package com.leverageglossary.calculators;

/** A problem with one input, named by its public parameter name. */
public record FieldError(String field, String message) {
}
