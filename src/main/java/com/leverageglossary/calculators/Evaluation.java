package com.leverageglossary.calculators;

import java.util.List;
import java.util.Map;

/**
 * The outcome of running a calculator on a query: the echoed inputs and either a result or field errors.
 *
 * @param inputs every input with its default filled in (null when the inputs did not parse)
 * @param result the computed result, or null when there are errors
 * @param errors one entry per bad field; empty on success
 */
public record Evaluation(Calculator calculator, Map<String, Object> inputs, Result result, List<FieldError> errors) {

    public boolean ok() {
        return errors.isEmpty();
    }

    /** The error message for one field, or null. */
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
