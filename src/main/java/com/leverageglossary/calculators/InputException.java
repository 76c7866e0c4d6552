package com.leverageglossary.calculators;

/** Thrown by a calculator's compute step when a combination of inputs is out of its domain. */
public final class InputException extends RuntimeException {
    private final String field;

    public InputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public FieldError toFieldError() {
        return new FieldError(field, getMessage());
    }
}
