package com.leverageglossary.formulas;

/** An argument outside a formula's domain, naming the argument by its public parameter name. */
public final class FormulaDomainException extends IllegalArgumentException {
    private final String field;

    public FormulaDomainException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
