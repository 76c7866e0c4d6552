package com.leverageglossary.calculators;

import com.leverageglossary.formulas.FormulaDomainException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A calculator declared once: everything the form, the widget, the JSON API, validation and the
 * calculator page show comes from here.
 *
 * @param explanation paragraphs for the calculator's own page
 * @param formula     the formula in human-readable lines
 */
public record Calculator(String id, String title, String description, List<String> explanation,
                         List<Input> inputs, List<Output> outputs, List<String> formula,
                         Function<Inputs, Result> compute) {

    /** Parses, validates and computes; never throws for bad input. */
    public Evaluation evaluate(Map<String, List<String>> query) {
        InputParser.Parsed parsed = InputParser.parse(inputs, query);
        if (parsed.errors() != null) {
            return new Evaluation(this, null, null, parsed.errors());
        }
        try {
            return new Evaluation(this, parsed.inputs().asMap(), compute.apply(parsed.inputs()), List.of());
        } catch (InputException e) {
            return new Evaluation(this, parsed.inputs().asMap(), null, List.of(e.toFieldError()));
        } catch (FormulaDomainException e) {
            return new Evaluation(this, parsed.inputs().asMap(), null, List.of(new FieldError(e.field(), e.getMessage())));
        } catch (NonFiniteResultException e) {
            // A last line of defence: the domain checks should catch these first; never send NaN or Infinity.
            return new Evaluation(this, parsed.inputs().asMap(), null, List.of(new FieldError(inputs.get(0).name(),
                    "and the other inputs give a " + e.output() + " too large to represent; try values of a realistic size")));
        }
    }

    /**
     * Checks values written into an entry (a calculator block's presets or a link's query): every name
     * must be an input and every value must parse and lie within bounds. Absent inputs are fine.
     */
    public List<FieldError> checkPresets(Map<String, List<String>> presets) {
        List<FieldError> errors = new java.util.ArrayList<>();
        presets.forEach((name, values) -> {
            if (inputs.stream().noneMatch(i -> i.name().equals(name))) {
                errors.add(new FieldError(name, "is not an input of " + id));
            }
        });
        List<Input> given = inputs.stream().filter(i -> presets.containsKey(i.name()))
                .map(i -> i.required() ? i.optional() : i).toList();
        InputParser.Parsed parsed = InputParser.parse(given, presets);
        if (parsed.errors() != null) {
            errors.addAll(parsed.errors());
        }
        return errors;
    }
}
