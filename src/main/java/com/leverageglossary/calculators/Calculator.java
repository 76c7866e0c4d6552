package com.leverageglossary.calculators;

import com.leverageglossary.formulas.FormulaDomainException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A calculator declared once: everything the form, the widget, the JSON API, validation and the
 * calculator page show comes from here.
 *
 * @param explanation   paragraphs for the calculator's own page
 * @param formula       the formula in human-readable lines
 * @param formulaFields the input that feeds each formula parameter, so a formula's domain error names a field
 * @param unitsWhen     units that follow a choice input instead of the declared ones
 * @param presets       named input sets offered as links on the calculator's page
 */
public record Calculator(String id, String title, String description, List<String> explanation,
                         List<Input> inputs, List<Output> outputs, List<String> formula,
                         Function<Inputs, Result> compute, FormulaFields formulaFields, List<UnitsWhen> unitsWhen,
                         List<Preset> presets) {

    public Calculator {
        unitsWhen = List.copyOf(unitsWhen);
        presets = List.copyOf(presets);
        List<String> inputNames = inputs.stream().map(Input::name).toList();
        List<String> outputNames = outputs.stream().map(Output::name).toList();
        formulaFields.fields().stream().filter(f -> !inputNames.contains(f)).findFirst().ifPresent(f -> {
            throw new IllegalArgumentException(id + ": formula fields name " + f + ", which is not an input");
        });
        for (UnitsWhen when : unitsWhen) {
            Input choice = inputs.stream().filter(i -> i.name().equals(when.choice())).findFirst()
                    .filter(i -> i.type() == InputType.CHOICE && i.choices().contains(when.value()))
                    .orElseThrow(() -> new IllegalArgumentException(id + ": units follow " + when.choice() + "=" + when.value()
                            + ", which is not a choice of an input"));
            when.units().keySet().stream().filter(n -> !inputNames.contains(n) && !outputNames.contains(n)).findFirst().ifPresent(n -> {
                throw new IllegalArgumentException(id + ": units under " + choice.name() + " name " + n + ", which is neither input nor output");
            });
        }
        Set<String> presetIds = new HashSet<>();
        for (Preset preset : presets) {
            if (!presetIds.add(preset.id())) {
                throw new IllegalArgumentException(id + ": two presets are called " + preset.id());
            }
            List<FieldError> errors = checkValues(inputs, id, preset.values().entrySet().stream().collect(
                    Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException(id + ": preset " + preset.id() + " has bad values: " + errors);
            }
        }
    }

    /** A calculator whose units follow a choice, without presets. */
    public Calculator(String id, String title, String description, List<String> explanation,
                      List<Input> inputs, List<Output> outputs, List<String> formula,
                      Function<Inputs, Result> compute, FormulaFields formulaFields, List<UnitsWhen> unitsWhen) {
        this(id, title, description, explanation, inputs, outputs, formula, compute, formulaFields, unitsWhen, List.of());
    }

    /** A calculator whose units never depend on a choice. */
    public Calculator(String id, String title, String description, List<String> explanation,
                      List<Input> inputs, List<Output> outputs, List<String> formula,
                      Function<Inputs, Result> compute, FormulaFields formulaFields) {
        this(id, title, description, explanation, inputs, outputs, formula, compute, formulaFields, List.of(), List.of());
    }

    /** The same calculator offering these presets (checked against the inputs when declared). */
    public Calculator withPresets(Preset... offered) {
        return new Calculator(id, title, description, explanation, inputs, outputs, formula, compute, formulaFields,
                unitsWhen, List.of(offered));
    }

    /**
     * The query with any form rows of a row-list input joined into that input's one value (see {@link RowSpec}); the
     * query as given when it has none. Every route calls this before it reads the query.
     */
    public Map<String, List<String>> withRowsCompiled(Map<String, List<String>> query) {
        Map<String, List<String>> compiled = query;
        for (Input input : inputs) {
            if (input.rows() != null && input.rows().givenAsRows(input.name(), compiled)) {
                compiled = input.rows().compile(input.name(), compiled);
            }
        }
        return compiled;
    }

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
            return new Evaluation(this, parsed.inputs().asMap(), null, List.of(formulaFields.errorFor(e, parsed.inputs())));
        } catch (NonFiniteResultException e) {
            // A last line of defence: the domain checks should catch these first; never send NaN or Infinity.
            return new Evaluation(this, parsed.inputs().asMap(), null, List.of(new FieldError(inputs.get(0).name(),
                    "and the other inputs give a " + e.output() + " too large to represent; try values of a realistic size")));
        }
    }

    /** The inputs as shown for these values: a unit follows the chosen option where {@link #unitsWhen} says so. */
    public List<Input> inputsFor(Map<String, List<String>> values) {
        List<UnitsWhen> applying = unitsApplying(values);
        return inputs.stream().map(input -> applying.stream().filter(w -> w.units().containsKey(input.name()))
                .reduce((first, second) -> second)
                .map(w -> input.withUnit(w.units().get(input.name()))).orElse(input)).toList();
    }

    /** The outputs as shown for these values: unit and decimals follow the chosen option where {@link #unitsWhen} says so. */
    public List<Output> outputsFor(Map<String, List<String>> values) {
        List<UnitsWhen> applying = unitsApplying(values);
        return outputs.stream().map(output -> applying.stream().filter(w -> w.units().containsKey(output.name()))
                .reduce((first, second) -> second)
                .map(w -> output.withUnit(w.units().get(output.name()), w.decimals().getOrDefault(output.name(), output.decimals())))
                .orElse(output)).toList();
    }

    /** The entries of {@link #unitsWhen} whose choice is made: the value given if it is valid, else the default. */
    private List<UnitsWhen> unitsApplying(Map<String, List<String>> values) {
        return unitsWhen.stream().filter(when -> {
            Input choice = inputs.stream().filter(i -> i.name().equals(when.choice())).findFirst().orElseThrow();
            List<String> given = values.getOrDefault(choice.name(), List.of());
            String text = given.isEmpty() ? null : given.get(0).strip();
            return when.value().equals(text != null && choice.choices().contains(text) ? text : choice.defaultValue());
        }).toList();
    }

    /**
     * Checks values written into an entry (a calculator block's presets or a link's query): every name
     * must be an input and every value must parse and lie within bounds. Absent inputs are fine.
     */
    public List<FieldError> checkPresets(Map<String, List<String>> presets) {
        return checkValues(inputs, id, presets);
    }

    private static List<FieldError> checkValues(List<Input> inputs, String id, Map<String, List<String>> presets) {
        List<FieldError> errors = new ArrayList<>();
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
