package com.leverageglossary.formulas;

/**
 * How shown work writes the value of a named quantity: the formulas decide which quantities a line holds and its
 * signs; whoever shows it decides the digits (the calculators, which know what each quantity means to a reader).
 */
@FunctionalInterface
public interface Notation {
    /** The percent sign after a number, joined by a no-break space so that a line never breaks between them. */
    String PERCENT = "\u00A0%";

    /**
     * The text of a non-negative magnitude of {@code symbol}, e.g. "6,000.00" or "0.50 %" (a trailing "%" means
     * hundredths). A number written without a decimal point reads as exact, so a rounded value needs one.
     */
    String magnitude(String symbol, double magnitude);
}
