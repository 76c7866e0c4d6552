package com.leverageglossary.formulas;

/**
 * An argument outside a formula's domain. It names the formula's own parameter ({@code years}), never a
 * form field: which field fed that parameter is the calculator's business.
 */
public final class FormulaDomainException extends IllegalArgumentException {
    private final String parameter;

    public FormulaDomainException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
