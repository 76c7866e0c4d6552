package com.leverageglossary.formulas;

/**
 * Argument checks shared by the formulas, modelled on OpenGamma Strata's {@code ArgChecker}. Field names
 * are the calculators' public parameter names so that an error can be shown beside the right field.
 */
final class ArgChecks {
    private ArgChecks() {
    }

    static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new FormulaDomainException(field, "must be a finite number");
        }
        return value;
    }

    /** A computed value that must still be a finite double; blames the input that drove it there. */
    static double representable(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new FormulaDomainException(field, "compound to a value too large to represent");
        }
        return value;
    }

    static double positive(String field, double value) {
        if (!(finite(field, value) > 0)) {
            throw new FormulaDomainException(field, "must be greater than 0");
        }
        return value;
    }

    static double nonNegative(String field, double value) {
        if (!(finite(field, value) >= 0)) {
            throw new FormulaDomainException(field, "must be at least 0");
        }
        return value;
    }

    /** A rate as a fraction that must lie in [0, 1). */
    static double fractionBelowOne(String field, double value) {
        if (!(nonNegative(field, value) < 1)) {
            throw new FormulaDomainException(field, "must be below 100 %");
        }
        return value;
    }

    /** A per-period return as a fraction; a loss of 100 % or more is not a return. */
    static double returnAboveMinusOne(String field, double value) {
        if (!(finite(field, value) > -1)) {
            throw new FormulaDomainException(field, "must be greater than -100 %");
        }
        return value;
    }

    static void sameLength(String field, double[] a, double[] b) {
        if (a.length != b.length) {
            throw new FormulaDomainException(field, "needs one value per item (" + a.length + " expected, " + b.length + " given)");
        }
    }

    static void notEmpty(String field, double[] values) {
        if (values.length == 0) {
            throw new FormulaDomainException(field, "needs at least one value");
        }
    }
}
