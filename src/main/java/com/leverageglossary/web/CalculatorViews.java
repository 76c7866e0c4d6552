package com.leverageglossary.web;

import com.leverageglossary.urls.SiteUrls;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.calculators.Evaluation;
import com.leverageglossary.calculators.Figures;
import com.leverageglossary.calculators.Input;
import com.leverageglossary.calculators.InputType;
import com.leverageglossary.calculators.Output;
import com.leverageglossary.calculators.OutputType;
import com.leverageglossary.calculators.Result;
import com.leverageglossary.calculators.RowSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds {@link CalculatorView}s from a calculator and the values a request or an entry gives it. */
final class CalculatorViews {
    private CalculatorViews() {
    }

    static String pageUrl(Calculator calculator) {
        return SiteUrls.calculator(calculator.id());
    }

    static String apiUrl(Calculator calculator) {
        return SiteUrls.calculatorApi(calculator.id());
    }

    /** The calculator's example values: what a first visit to its page shows. */
    static Map<String, List<String>> examples(Calculator calculator) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Input input : calculator.inputs()) {
            if (!input.example().isEmpty()) {
                values.put(input.name(), List.of(input.example()));
            }
        }
        return values;
    }

    /** Only the calculator's own parameters, so that tracking or unrelated parameters never reach it. */
    static Map<String, List<String>> ownParameters(Calculator calculator, Map<String, List<String>> query) {
        Map<String, List<String>> compiled = calculator.withRowsCompiled(query);
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Input input : calculator.inputs()) {
            if (compiled.containsKey(input.name())) {
                values.put(input.name(), compiled.get(input.name()));
            }
        }
        return values;
    }

    /** The calculator's presets as links; the one whose every value the page shows is marked current. */
    static List<PageModels.PresetLink> presetLinks(Calculator calculator, Map<String, List<String>> values) {
        return calculator.presets().stream().map(preset -> new PageModels.PresetLink(preset.label(), preset.description(),
                SiteUrls.withQuery(SiteUrls.calculator(calculator.id()), preset.values()),
                preset.values().entrySet().stream().allMatch(set -> values.getOrDefault(set.getKey(), List.of()).stream()
                        .findFirst().map(String::strip).filter(set.getValue()::equals).isPresent()),
                preset.source())).toList();
    }

    static CalculatorView of(Calculator calculator, Map<String, List<String>> values, String idPrefix) {
        return of(calculator, values, idPrefix, false);
    }

    /** The calculator alone on its embed page: the form answers there, and the share link opens the full calculator. */
    static CalculatorView embedded(Calculator calculator, Map<String, List<String>> values) {
        return of(calculator, values, "embed", true);
    }

    private static CalculatorView of(Calculator calculator, Map<String, List<String>> values, String idPrefix, boolean embedded) {
        String action = embedded ? SiteUrls.calculatorEmbed(calculator.id()) : pageUrl(calculator);
        String csv = SiteUrls.calculatorCsv(calculator.id());
        Evaluation evaluation = calculator.evaluate(values);
        List<CalculatorView.FieldView> fields = new ArrayList<>();
        for (Input input : calculator.inputsFor(values)) {
            List<String> given = values.getOrDefault(input.name(), List.of());
            String value = given.isEmpty() ? defaultText(input) : given.get(0);
            String id = idPrefix + "-" + input.name();
            fields.add(new CalculatorView.FieldView(input, id, value, evaluation.errorFor(input.name()), formRows(input, id, value)));
        }
        List<String> formErrors = evaluation.errors().stream()
                .filter(e -> calculator.inputs().stream().noneMatch(i -> i.name().equals(e.field())))
                .map(e -> e.field() + " " + e.message()).toList();
        Result result = evaluation.result();
        List<CalculatorView.OutputView> outputs = new ArrayList<>();
        List<CalculatorView.TableView> tables = new ArrayList<>();
        List<CalculatorView.GridView> grids = new ArrayList<>();
        for (Output output : calculator.outputsFor(values)) {
            Object value = result == null ? null : result.outputs().get(output.name());
            if (output.grid() != null) {
                grids.add(StressTables.grid(output, value));
            } else if (output.type() == OutputType.ROWS) {
                tables.add(table(output, value));
            } else {
                outputs.add(new CalculatorView.OutputView(output, display(output, value)));
            }
        }
        if (result == null) {
            return new CalculatorView(calculator, idPrefix, embedded, action, apiUrl(calculator), pageUrl(calculator), csv, fields,
                    formErrors, false, outputs, tables, grids, List.of(), List.of(), List.of());
        }
        String query = "?" + queryString(values);
        return new CalculatorView(calculator, idPrefix, embedded, action, apiUrl(calculator), pageUrl(calculator) + query, csv + query,
                fields, formErrors, true, outputs, tables, grids, result.work(), result.notes(), result.charts());
    }

    /** How a value reads on the page; the API sends full precision instead. */
    static String display(Output output, Object value) {
        if (value == null) {
            return output.whenNull();
        }
        return switch (output.type()) {
            case NUMBER -> Figures.trimmed(((Number) value).doubleValue(), output.decimals());
            case BOOLEAN -> (Boolean) value ? "yes" : "no";
            case NUMBER_LIST -> ((List<?>) value).isEmpty() ? "none" : ((List<?>) value).stream()
                    .map(n -> Figures.trimmed(((Number) n).doubleValue(), output.decimals())).collect(Collectors.joining(", "));
            case TEXT, ROWS -> String.valueOf(value);
        };
    }

    /** A row list's form rows: the value's rows as typed, then empty rows up to the most it accepts. */
    private static List<CalculatorView.RowView> formRows(Input input, String id, String value) {
        if (input.rows() == null) {
            return List.of();
        }
        List<List<String>> given = RowSpec.split(value);
        List<CalculatorView.RowView> rows = new ArrayList<>();
        for (int row = 1; row <= input.rows().maxRows(); row++) {
            List<String> texts = row <= given.size() ? given.get(row - 1) : List.of();
            String rowId = id + "-row-" + row;
            List<CalculatorView.CellView> cells = new ArrayList<>();
            List<Input> rowFields = input.rows().fields();
            for (int f = 0; f < rowFields.size(); f++) {
                Input field = rowFields.get(f);
                String text = f < texts.size() ? texts.get(f) : field.type() == InputType.CHOICE ? String.valueOf(field.defaultValue()) : "";
                String name = RowSpec.fieldName(input.name(), row, field);
                cells.add(new CalculatorView.CellView(field, id + "-" + row + "-" + field.name(), name, text,
                        id + "-" + field.name() + " " + rowId));
            }
            String heading = input.rows().noun().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + input.rows().noun().substring(1) + " " + row;
            rows.add(new CalculatorView.RowView(heading, rowId, cells));
        }
        return rows;
    }

    private static CalculatorView.TableView table(Output output, Object value) {
        List<List<String>> rows = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> row = (Map<?, ?>) item;
                rows.add(output.columns().stream().map(column -> cellText(row.get(column), output.decimals())).toList());
            }
        }
        List<String> headers = output.columns().stream().map(c -> c.replace('_', ' ')).toList();
        return new CalculatorView.TableView(output, headers, rows);
    }

    static String cellText(Object value, int decimals) {
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        return value == null ? "—" : Figures.trimmed(((Number) value).doubleValue(), decimals);
    }

    private static String defaultText(Input input) {
        Object value = input.defaultValue();
        if (value == null) {
            return "";
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }

    /**
     * The cache key of a calculator answer: its path and every value of the calculator's own parameters, in
     * declaration order. Tracking parameters and the order a URL happens to use never make a new key.
     */
    static String cacheKey(String path, Calculator calculator, Map<String, List<String>> query) {
        StringBuilder key = new StringBuilder(path).append('?');
        ownParameters(calculator, query).forEach((name, values) -> values.forEach(value ->
                key.append(encode(name)).append('=').append(encode(value)).append('&')));
        return key.toString();
    }

    static String queryString(Map<String, List<String>> values) {
        return values.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty() && !e.getValue().get(0).isBlank())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue().get(0).strip()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%2C", ",").replace("%3A", ":");
    }
}
