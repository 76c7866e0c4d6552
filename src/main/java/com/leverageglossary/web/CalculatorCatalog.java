package com.leverageglossary.web;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.calculators.GridLayout;
import com.leverageglossary.calculators.Input;
import com.leverageglossary.calculators.InputType;
import com.leverageglossary.calculators.Output;
import com.leverageglossary.calculators.Preset;
import com.leverageglossary.urls.SiteUrls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calculators' public contract, generated from their declarations: {@code GET /api/calculators} (every
 * calculator with its inputs, units, defaults, bounds and outputs) and the OpenAPI 3.1 document at
 * {@code /api/openapi.json}. Nothing here restates a calculator; a new declaration documents itself.
 */
final class CalculatorCatalog {
    static final String API_VERSION = "1";
    /** The conventions every calculator follows, stated once for the index, the OpenAPI document and the calculators page. */
    static final List<String> CONVENTIONS = List.of(
            "Parameters are query-string names in snake_case; a name ending in _pct is a percentage (0.5 means 0.5 %).",
            "Lists are comma-separated (10,-10); pairs use a colon (95.5:1000,94:500); choices are lower-case words.",
            "Days are calendar days and T = days / 365; theta is per calendar day; vega, vanna and volga are per volatility point, rho per rate point.",
            "Outputs are JSON numbers at full precision, booleans, lists, or null with a note where a value is undefined; never NaN or Infinity.",
            "Bad or missing input answers 400 with {\"errors\": [{\"field\", \"message\"}]}, one entry per bad field; an unknown id answers 404.");
    static final String ANSWER_SHAPE = "{\"calculator\": id, \"inputs\": {every input with its default filled in}, "
            + "\"outputs\": {…}, \"notes\": […], \"work\": […], \"chart_html\": the charts (SVG) with their data tables, as HTML, \"units\": {…}, \"decimals\": {…}}";

    static final String CSV_SHAPE = "The outputs as CSV (RFC 4180, UTF-8, CRLF line ends): the header output,value and one row per "
            + "single-valued output. A calculator with list outputs (steps, rounds, cells) adds the columns step and those of its "
            + "rows, and one row per list item naming its output. Numbers at full precision, without exponents; an empty value "
            + "is null. Text that a spreadsheet would read as a formula starts with an apostrophe. Errors are the JSON API's.";

    private CalculatorCatalog() {
    }

    /** The body of {@code GET /api/calculators}. */
    static Map<String, Object> index(List<Calculator> calculators) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conventions", CONVENTIONS);
        body.put("answer", ANSWER_SHAPE);
        body.put("openapi", SiteUrls.OPENAPI);
        body.put("calculators", calculators.stream().map(CalculatorCatalog::describe).toList());
        return body;
    }

    private static Map<String, Object> describe(Calculator calculator) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", calculator.id());
        described.put("title", calculator.title());
        described.put("description", calculator.description());
        described.put("page", SiteUrls.calculator(calculator.id()));
        described.put("api", SiteUrls.calculatorApi(calculator.id()));
        described.put("csv", SiteUrls.calculatorCsv(calculator.id()));
        described.put("embed", SiteUrls.calculatorEmbed(calculator.id()));
        described.put("formula", calculator.formula());
        described.put("inputs", calculator.inputs().stream().map(input -> describe(calculator, input)).toList());
        described.put("outputs", calculator.outputs().stream().map(output -> describe(calculator, output)).toList());
        described.put("presets", calculator.presets().stream().map(preset -> describe(calculator, preset)).toList());
        return described;
    }

    private static Map<String, Object> describe(Calculator calculator, Preset preset) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", preset.id());
        described.put("label", preset.label());
        described.put("description", preset.description());
        described.put("values", preset.values());
        described.put("page", SiteUrls.withQuery(SiteUrls.calculator(calculator.id()), preset.values()));
        described.put("api", SiteUrls.withQuery(SiteUrls.calculatorApi(calculator.id()), preset.values()));
        Preset.Source source = preset.source();
        described.put("source", source == null ? null : Map.of("title", source.title(), "url", source.url(), "as_of", source.asOf()));
        return described;
    }

    /** A unit and the units that replace it under some choice, e.g. "quote currency; USD when contract=inverse". */
    private static String unitText(Calculator calculator, String name, String unit) {
        List<String> words = new ArrayList<>();
        if (!unit.isEmpty()) {
            words.add(unit);
        }
        calculator.unitsWhen().stream().filter(when -> when.units().containsKey(name))
                .forEach(when -> words.add(when.units().get(name) + " when " + when.choice() + "=" + when.value()));
        return String.join("; ", words);
    }

    private static Map<String, Object> describe(Calculator calculator, Input input) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", input.name());
        described.put("label", input.label());
        described.put("unit", unitText(calculator, input.name(), input.unit()));
        described.put("type", input.type().name().toLowerCase(java.util.Locale.ROOT));
        described.put("required", input.required());
        described.put("default", input.defaultValue());
        described.put("bounds", input.boundsText());
        described.put("choices", input.choices());
        described.put("help", input.help());
        described.put("example", input.example());
        if (input.rows() != null) {
            described.put("rows", fields("noun", input.rows().noun(), "max_rows", input.rows().maxRows(),
                    "min_fields", input.rows().minFields(), "fields", input.rows().fields().stream().map(f -> describe(calculator, f)).toList()));
        }
        return described;
    }

    private static Map<String, Object> describe(Calculator calculator, Output output) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", output.name());
        described.put("label", output.label());
        described.put("unit", unitText(calculator, output.name(), output.unit()));
        described.put("type", output.type().name().toLowerCase(java.util.Locale.ROOT));
        described.put("decimals_shown", output.decimals());
        described.put("columns", output.columns());
        if (output.grid() != null) {
            GridLayout grid = output.grid();
            described.put("layout", fields("rows", grid.rowKey(), "columns", grid.columnKey(), "value", grid.valueKey(), "flag", grid.flagKey()));
        }
        return described;
    }

    /** The OpenAPI 3.1 document of the calculator API. */
    static Map<String, Object> openApi(List<Calculator> calculators, String baseUrl) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", fields("title", Pages.SITE_NAME + " calculator API", "version", API_VERSION,
                "description", String.join("\n\n", CONVENTIONS)));
        document.put("servers", List.of(fields("url", baseUrl)));
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put(SiteUrls.CALCULATORS_API, fields("get", operation("listCalculators", "Every calculator with its inputs and outputs",
                "Generated from the calculators' declarations.", List.of(), jsonResponse("The catalogue", fields("type", "object")), false)));
        for (Calculator calculator : calculators) {
            paths.put(SiteUrls.calculatorApi(calculator.id()), fields("get", calculatorOperation(calculator, baseUrl)));
            paths.put(SiteUrls.calculatorCsv(calculator.id()), fields("get", csvOperation(calculator)));
        }
        document.put("paths", paths);
        document.put("components", fields("responses", fields("BadInput", jsonResponse(
                "Bad or missing input: one error per bad field, with the same message the form shows beside it",
                errorsSchema()))));
        return document;
    }

    private static Map<String, Object> calculatorOperation(Calculator calculator, String baseUrl) {
        String description = calculator.description() + "\n\nFormula:\n\n" + String.join("\n", calculator.formula().stream()
                .map(line -> "    " + line).toList()) + presetsText(calculator, baseUrl)
                + "\n\nThe calculator's page: " + baseUrl + SiteUrls.calculator(calculator.id());
        List<Map<String, Object>> parameters = calculator.inputs().stream().map(input -> parameter(calculator, input)).toList();
        return operation(camelCase(calculator.id()), calculator.title(), description, parameters,
                jsonResponse("The computed outputs", answerSchema(calculator)), true);
    }

    /** The same calculator as CSV: the same parameters and errors, the outputs as rows (see ResultCsv). */
    private static Map<String, Object> csvOperation(Calculator calculator) {
        List<Map<String, Object>> parameters = calculator.inputs().stream().map(input -> parameter(calculator, input)).toList();
        return operation(camelCase(calculator.id()) + "Csv", calculator.title() + " as CSV", CSV_SHAPE, parameters,
                fields("description", "The outputs as CSV (RFC 4180)", "content", fields("text/csv", fields("schema", fields("type", "string")))),
                true);
    }

    /** The presets as ready-made requests, for people reading the OpenAPI document. */
    private static String presetsText(Calculator calculator, String baseUrl) {
        if (calculator.presets().isEmpty()) {
            return "";
        }
        return "\n\nPresets:\n\n" + String.join("\n", calculator.presets().stream().map(preset -> "- " + preset.label() + ": "
                + baseUrl + SiteUrls.withQuery(SiteUrls.calculatorApi(calculator.id()), preset.values())).toList());
    }

    private static Map<String, Object> operation(String id, String summary, String description, List<Map<String, Object>> parameters,
                                                 Map<String, Object> ok, boolean badInput) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", id);
        operation.put("summary", summary);
        operation.put("description", description);
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", ok);
        if (badInput) {
            responses.put("400", fields("$ref", "#/components/responses/BadInput"));
        }
        operation.put("responses", responses);
        return operation;
    }

    private static Map<String, Object> parameter(Calculator calculator, Input input) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", input.name());
        parameter.put("in", "query");
        parameter.put("required", input.required());
        List<String> words = new ArrayList<>();
        String unit = unitText(calculator, input.name(), input.unit());
        words.add(input.label() + (unit.isEmpty() ? "." : " (" + unit + ")."));
        if (!input.help().isEmpty()) {
            words.add(input.help());
        }
        words.add(input.type().description());
        if (!input.boundsText().isEmpty()) {
            words.add("Allowed: " + input.boundsText() + ".");
        }
        parameter.put("description", String.join(" ", words));
        parameter.put("schema", inputSchema(input));
        if (!input.example().isEmpty()) {
            parameter.put("example", input.example());
        }
        return parameter;
    }

    private static Map<String, Object> inputSchema(Input input) {
        Map<String, Object> schema = new LinkedHashMap<>();
        switch (input.type()) {
            case NUMBER, INTEGER -> {
                schema.put("type", input.type() == InputType.INTEGER ? "integer" : "number");
                if (input.min() != null) {
                    schema.put(input.minExclusive() ? "exclusiveMinimum" : "minimum", input.min());
                }
                if (input.max() != null) {
                    schema.put(input.maxExclusive() ? "exclusiveMaximum" : "maximum", input.max());
                }
            }
            case CHOICE -> {
                schema.put("type", "string");
                schema.put("enum", input.choices());
            }
            case NUMBER_LIST, PAIR_LIST, ROW_LIST -> schema.put("type", "string");
        }
        if (input.defaultValue() != null) {
            schema.put("default", input.defaultValue());
        }
        return schema;
    }

    private static Map<String, Object> answerSchema(Calculator calculator) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        for (Output output : calculator.outputs()) {
            Map<String, Object> schema = new LinkedHashMap<>(outputSchema(output));
            String unit = unitText(calculator, output.name(), output.unit());
            schema.put("description", output.label() + (unit.isEmpty() ? "" : " (" + unit + ")"));
            outputs.put(output.name(), schema);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("calculator", fields("const", calculator.id()));
        properties.put("inputs", fields("type", "object", "description", "Every input, with its default filled in"));
        properties.put("outputs", fields("type", "object", "properties", outputs, "additionalProperties", false));
        properties.put("notes", fields("type", "array", "items", fields("type", "string")));
        properties.put("work", fields("type", "array", "items", fields("type", "string"),
                "description", "The formula with these numbers substituted, line by line"));
        properties.put("chart_html", fields("type", "string", "description",
                "The charts as the page draws them: each SVG picture with its data table; empty when there is no chart"));
        properties.put("units", fields("type", "object", "description",
                "The units that apply to these inputs ({\"inputs\": {name: unit}, \"outputs\": {name: unit}}), which some choices change"));
        properties.put("decimals", fields("type", "object", "additionalProperties", fields("type", "integer"),
                "description", "Decimals the site shows for each number output; the API itself never rounds"));
        return fields("type", "object", "required", List.of("calculator", "inputs", "outputs", "notes"), "properties", properties);
    }

    private static Map<String, Object> outputSchema(Output output) {
        return switch (output.type()) {
            case NUMBER -> fields("type", List.of("number", "null"));
            case BOOLEAN -> fields("type", "boolean");
            case TEXT -> fields("type", List.of("string", "null"));
            case NUMBER_LIST -> fields("type", "array", "items", fields("type", "number"));
            case ROWS -> {
                Map<String, Object> columns = new LinkedHashMap<>();
                output.columns().forEach(column -> columns.put(column, fields("type", columnType(output, column))));
                yield fields("type", "array", "items", fields("type", "object", "properties", columns));
            }
        };
    }

    /** Grid cells hold a flag and a value that may be undefined; every other column is a number. */
    private static Object columnType(Output output, String column) {
        if (output.grid() != null && column.equals(output.grid().flagKey())) {
            return "boolean";
        }
        if (output.grid() != null && column.equals(output.grid().valueKey())) {
            return List.of("number", "null");
        }
        return "number";
    }

    private static Map<String, Object> errorsSchema() {
        Map<String, Object> error = fields("type", "object", "required", List.of("field", "message"), "properties",
                fields("field", fields("type", "string"), "message", fields("type", "string")));
        return fields("type", "object", "required", List.of("errors"), "properties",
                fields("errors", fields("type", "array", "items", error)));
    }

    private static Map<String, Object> jsonResponse(String description, Map<String, Object> schema) {
        return fields("description", description, "content", fields("application/json", fields("schema", schema)));
    }

    /** {@code liquidation-price} → {@code liquidationPrice}, for operation ids. */
    /**
     * A JSON object with its keys in the order given. Map.of iterates in an order that changes from JVM to JVM,
     * so two instances would send different bytes (and ETags) for the same document.
     */
    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(fields);
    }

    private static String camelCase(String id) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : id.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
