package com.leverageglossary.calculators;

/** A computed output that is NaN or infinite: reported as bad input rather than ever sent. */
final class NonFiniteResultException extends RuntimeException {
    private final String output;

    NonFiniteResultException(String output) {
        super(output + " is not finite");
        this.output = output;
    }

    String output() {
        return output;
    }
}
