package com.leverageglossary.formulas;

/**
 * Argument checks shared by the formulas, modelled on OpenGamma Strata's {@code ArgChecker}. Each check names
 * the formula's own parameter, as its signature and Javadoc spell it ({@code years}, {@code maintenanceRate});
 * the calculators map that name to the form field the value came from.
 */
final class ArgChecks {
    private ArgChecks() {
    }

    static double finite(String parameter, double value) {
        if (!Double.isFinite(value)) {
            throw new FormulaDomainException(parameter, "must be a finite number");
        }
        return value;
    }

    /** A computed value that must still be a finite double; names the parameter that drove it there. */
    static double representable(String parameter, double value) {
        if (!Double.isFinite(value)) {
            throw new FormulaDomainException(parameter, "compound to a value too large to represent");
        }
        return value;
    }

    static double positive(String parameter, double value) {
        if (!(finite(parameter, value) > 0)) {
            throw new FormulaDomainException(parameter, "must be greater than 0");
        }
        return value;
    }

    static double nonNegative(String parameter, double value) {
        if (!(finite(parameter, value) >= 0)) {
            throw new FormulaDomainException(parameter, "must be at least 0");
        }
        return value;
    }

    /** A rate as a fraction that must lie in [0, 1). */
    static double fractionBelowOne(String parameter, double value) {
        if (!(nonNegative(parameter, value) < 1)) {
            throw new FormulaDomainException(parameter, "must be below 100 %");
        }
        return value;
    }

    /** A per-period return as a fraction; a loss of 100 % or more is not a return. */
    static double returnAboveMinusOne(String parameter, double value) {
        if (!(finite(parameter, value) > -1)) {
            throw new FormulaDomainException(parameter, "must be greater than -100 %");
        }
        return value;
    }

    static void sameLength(String parameter, double[] a, double[] b) {
        if (a.length != b.length) {
            throw new FormulaDomainException(parameter, "needs one value per item (" + a.length + " expected, " + b.length + " given)");
        }
    }

    static void notEmpty(String parameter, double[] values) {
        if (values.length == 0) {
            throw new FormulaDomainException(parameter, "needs at least one value");
        }
    }
}
