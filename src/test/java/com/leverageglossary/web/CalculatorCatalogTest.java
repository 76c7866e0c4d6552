package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leverageglossary.App;
import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.calculators.Input;
import com.leverageglossary.calculators.InputType;
import com.leverageglossary.calculators.Output;
import com.leverageglossary.testing.Fixtures;
import com.leverageglossary.testing.RunningSite;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the declarations are the calculators' contract, and /api/calculators and /api/openapi.json
 * document them. The documents are checked against the declarations and against what the API does.
 */
class CalculatorCatalogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.serve(Fixtures.loader().load(Fixtures.VALID));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void theIndexListsEveryDeclaredCalculatorWithItsInputsAndOutputs() throws Exception {
        var response = site.get("/api/calculators");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode listed = JSON.readTree(response.body()).get("calculators");

        List<Calculator> declared = App.CALCULATORS.all();
        assertThat(listed).hasSize(declared.size());
        for (int i = 0; i < declared.size(); i++) {
            Calculator calculator = declared.get(i);
            JsonNode entry = listed.get(i);
            assertThat(entry.get("id").asText()).isEqualTo(calculator.id());
            assertThat(entry.get("page").asText()).isEqualTo("/calculators/" + calculator.id() + "/");
            assertThat(names(entry.get("inputs"))).containsExactlyElementsOf(calculator.inputs().stream().map(Input::name).toList());
            assertThat(names(entry.get("outputs"))).containsExactlyElementsOf(calculator.outputs().stream().map(Output::name).toList());
            for (int j = 0; j < calculator.inputs().size(); j++) {
                Input input = calculator.inputs().get(j);
                JsonNode described = entry.get("inputs").get(j);
                assertThat(described.get("unit").asText()).startsWith(input.unit());
                assertThat(described.get("required").asBoolean()).isEqualTo(input.required());
                assertThat(described.get("bounds").asText()).isEqualTo(input.boundsText());
            }
        }
    }

    @Test
    void unitsThatFollowAChoiceAreDocumentedWithIt() throws Exception {
        JsonNode liquidation = null;
        for (JsonNode calculator : JSON.readTree(site.get("/api/calculators").body()).get("calculators")) {
            if (calculator.get("id").asText().equals("liquidation-price")) {
                liquidation = calculator;
            }
        }
        JsonNode margin = null;
        for (JsonNode output : liquidation.get("outputs")) {
            if (output.get("name").asText().equals("initial_margin")) {
                margin = output;
            }
        }
        assertThat(margin.get("unit").asText()).contains("when contract=inverse");
    }

    @Test
    void theOpenApiDocumentIsValidOpenApi31WithOnePathPerCalculator() throws Exception {
        String document = site.get("/api/openapi.json").body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(new OpenAPIV3Parser().readContents(document.replaceFirst("\"info\"", "\"inf0\""), null, options).getMessages())
                .as("the validator does report a broken document").isNotEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(parsed.getOpenAPI().getPaths().keySet()).contains("/api/calculators")
                .containsAll(App.CALCULATORS.all().stream().map(c -> "/api/calculators/" + c.id()).toList())
                .containsAll(App.CALCULATORS.all().stream().map(c -> "/api/calculators/" + c.id() + ".csv").toList())
                .hasSize(2 * App.CALCULATORS.all().size() + 1);
        for (Calculator calculator : App.CALCULATORS.all()) {
            for (String path : List.of("/api/calculators/" + calculator.id(), "/api/calculators/" + calculator.id() + ".csv")) {
                var operation = parsed.getOpenAPI().getPaths().get(path).getGet();
                assertThat(operation.getParameters()).as(path).extracting(p -> p.getName())
                        .containsExactlyElementsOf(calculator.inputs().stream().map(Input::name).toList());
                assertThat(operation.getResponses()).as(path).containsKeys("200", "400");
            }
            assertThat(parsed.getOpenAPI().getPaths().get("/api/calculators/" + calculator.id() + ".csv").getGet()
                    .getResponses().get("200").getContent()).containsOnlyKeys("text/csv");
        }
    }

    /** What the document says of an answer holds for a real answer to every calculator's example. */
    @Test
    void everyExampleAnswerHasOnlyTheDocumentedFields() throws Exception {
        JsonNode paths = JSON.readTree(site.get("/api/openapi.json").body()).get("paths");
        for (Calculator calculator : App.CALCULATORS.all()) {
            JsonNode schema = paths.get("/api/calculators/" + calculator.id()).get("get").get("responses").get("200")
                    .get("content").get("application/json").get("schema");
            var answer = site.get("/api/calculators/" + calculator.id() + "?" + query(examples(calculator)));
            assertThat(answer.statusCode()).as(calculator.id()).isEqualTo(200);
            JsonNode body = JSON.readTree(answer.body());
            assertThat(fieldNames(schema.get("properties"))).as(calculator.id()).containsAll(fieldNames(body));
            assertThat(fieldNames(schema.get("properties").get("outputs").get("properties"))).as(calculator.id())
                    .containsAll(fieldNames(body.get("outputs")));
        }
    }

    /** Every calculator's example answers as CSV, with a row for each documented single-valued output. */
    @Test
    void everyExampleAnswersAsCsvWithEveryDocumentedOutput() throws Exception {
        for (Calculator calculator : App.CALCULATORS.all()) {
            var answer = site.get("/api/calculators/" + calculator.id() + ".csv?" + query(examples(calculator)));
            assertThat(answer.statusCode()).as(calculator.id()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).as(calculator.id()).hasValue("text/csv; charset=utf-8");
            List<String> firstFields = answer.body().lines().map(line -> line.split(",", -1)[0]).toList();
            assertThat(firstFields.get(0)).isEqualTo("output");
            assertThat(firstFields).as(calculator.id()).containsAll(calculator.outputs().stream().map(Output::name).toList());
        }
    }

    /** A value just past a documented bound is refused, naming the field: the document states the real bounds. */
    @Test
    void everyDocumentedBoundIsEnforcedByTheApi() throws Exception {
        JsonNode paths = JSON.readTree(site.get("/api/openapi.json").body()).get("paths");
        int checked = 0;
        for (Calculator calculator : App.CALCULATORS.all()) {
            for (JsonNode parameter : paths.get("/api/calculators/" + calculator.id()).get("get").get("parameters")) {
                JsonNode schema = parameter.get("schema");
                String name = parameter.get("name").asText();
                List<Double> outside = new ArrayList<>();
                if (schema.has("minimum")) {
                    outside.add(schema.get("minimum").asDouble() - 1);
                }
                if (schema.has("exclusiveMinimum")) {
                    outside.add(schema.get("exclusiveMinimum").asDouble());
                }
                if (schema.has("maximum")) {
                    outside.add(schema.get("maximum").asDouble() + 1);
                }
                if (schema.has("exclusiveMaximum")) {
                    outside.add(schema.get("exclusiveMaximum").asDouble());
                }
                for (double value : outside) {
                    Map<String, String> values = examples(calculator);
                    values.put(name, plain(value, schema.get("type").asText()));
                    var answer = site.get("/api/calculators/" + calculator.id() + "?" + query(values));
                    assertThat(answer.statusCode()).as(calculator.id() + " " + name + "=" + value).isEqualTo(400);
                    assertThat(names(JSON.readTree(answer.body()).get("errors"), "field")).contains(name);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void choicesAndDefaultsAreDocumentedAsDeclared() throws Exception {
        JsonNode paths = JSON.readTree(site.get("/api/openapi.json").body()).get("paths");
        for (Calculator calculator : App.CALCULATORS.all()) {
            JsonNode parameters = paths.get("/api/calculators/" + calculator.id()).get("get").get("parameters");
            for (int i = 0; i < calculator.inputs().size(); i++) {
                Input input = calculator.inputs().get(i);
                JsonNode schema = parameters.get(i).get("schema");
                assertThat(parameters.get(i).get("required").asBoolean()).isEqualTo(input.required());
                if (input.type() == InputType.CHOICE) {
                    assertThat(names(schema.get("enum"), null)).containsExactlyElementsOf(input.choices());
                }
                if (input.defaultValue() != null) {
                    assertThat(schema.get("default").asText()).isEqualTo(String.valueOf(input.defaultValue()));
                }
            }
        }
    }

    private static Map<String, String> examples(Calculator calculator) {
        Map<String, String> values = new LinkedHashMap<>();
        calculator.inputs().stream().filter(i -> !i.example().isEmpty()).forEach(i -> values.put(i.name(), i.example()));
        return values;
    }

    private static String plain(double value, String type) {
        return "integer".equals(type) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String query(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static List<String> names(JsonNode array) {
        return names(array, "name");
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(field == null ? node.asText() : node.get(field).asText()));
        return names;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
