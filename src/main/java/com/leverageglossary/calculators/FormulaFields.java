package com.leverageglossary.calculators;

import com.leverageglossary.formulas.FormulaDomainException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which input feeds each formula parameter, declared once per calculator beside its inputs. A formula
 * rejects an argument under its own parameter name ({@code years}); the calculator reports the error beside
 * the field the user typed ({@code days}). A parameter that one of several inputs may feed names them in
 * order of precedence (the isolated {@code margin}, else the {@code leverage} it is derived from) and the
 * first one given is reported.
 */
public final class FormulaFields {
    private final Map<String, List<String>> fieldsByParameter;

    private FormulaFields(Map<String, List<String>> fieldsByParameter) {
        this.fieldsByParameter = fieldsByParameter;
    }

    public static FormulaFields of(String parameter, String field, String... alternatives) {
        return new FormulaFields(Map.of()).and(parameter, field, alternatives);
    }

    public FormulaFields and(String parameter, String field, String... alternatives) {
        if (fieldsByParameter.containsKey(parameter)) {
            throw new IllegalArgumentException("formula parameter " + parameter + " is mapped twice");
        }
        Map<String, List<String>> next = new LinkedHashMap<>(fieldsByParameter);
        next.put(parameter, Stream.concat(Stream.of(field), Stream.of(alternatives)).toList());
        return new FormulaFields(next);
    }

    /** Every field named, so that the declaration can check each one is an input. */
    Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        fieldsByParameter.values().forEach(fields::addAll);
        return fields;
    }

    /** The formula's rejection, shown on the first given field that feeds the rejected parameter. */
    FieldError errorFor(FormulaDomainException rejection, Inputs given) {
        List<String> fields = fieldsByParameter.get(rejection.parameter());
        if (fields == null) {
            throw new IllegalStateException("no input is declared to feed formula parameter " + rejection.parameter(), rejection);
        }
        String field = fields.stream().filter(given::has).findFirst().orElse(fields.get(0));
        return new FieldError(field, rejection.getMessage());
    }
}
