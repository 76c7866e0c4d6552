package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leverageglossary.App;
import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.calculators.Input;
import com.leverageglossary.calculators.InputType;
import com.leverageglossary.testing.RunningSite;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input for every input of every calculator, through the JSON API and the HTML form: always a 4xx naming
 * the field, never a 500, never NaN or Infinity in an answer.
 */
class CalculatorValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NOT_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "abc", "1e400", "0x10", "1..2", "١٢");
    private static final List<String> EDGE_NUMBERS = List.of("0", "-1", "-0", "1e-300", "1e15", "999999999", "0.0000001");
    static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.webFixture();
    }


    static List<Calculator> calculators() {
        return App.CALCULATORS.all();
    }

    @ParameterizedTest
    @MethodSource("calculators")
    void nonNumbersAre400NamingTheField(Calculator calculator) throws Exception {
        for (Input input : numeric(calculator)) {
            for (String bad : NOT_NUMBERS) {
                Map<String, String> query = examples(calculator);
                query.put(input.name(), bad);
                assertNamed(calculator, query, input.name());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("calculators")
    void missingRequiredInputsAre400NamingEachField(Calculator calculator) throws Exception {
        for (Input input : calculator.inputs()) {
            if (input.required()) {
                Map<String, String> query = examples(calculator);
                query.remove(input.name());
                assertNamed(calculator, query, input.name());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("calculators")
    void edgeNumbersAnswerWithFiniteResultsOrA400NamingAField(Calculator calculator) throws Exception {
        for (Input input : numeric(calculator)) {
            for (String edge : EDGE_NUMBERS) {
                Map<String, String> query = examples(calculator);
                query.put(input.name(), input.type() == InputType.PAIR_LIST ? edge + ":" + edge : edge);
                HttpResponse<String> response = api(calculator, query);
                assertThat(response.statusCode()).as(calculator.id() + " " + query).isIn(200, 400);
                assertThat(response.body()).as(calculator.id() + " " + query).doesNotContain("NaN").doesNotContain("Infinity");
                JsonNode body = JSON.readTree(response.body());
                if (response.statusCode() == 400) {
                    assertThat(body.get("errors")).as(calculator.id() + " " + query).isNotEmpty();
                    body.get("errors").forEach(e -> assertThat(calculator.inputs()).extracting(Input::name).contains(e.get("field").asText()));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("calculators")
    void listsAreCappedAtOneThousandItems(Calculator calculator) throws Exception {
        for (Input input : calculator.inputs()) {
            if (input.type() == InputType.NUMBER_LIST || input.type() == InputType.PAIR_LIST) {
                String item = input.type() == InputType.PAIR_LIST ? "1:1" : "1";
                Map<String, String> query = examples(calculator);
                query.put(input.name(), String.join(",", Collections.nCopies(1001, item)));
                assertNamed(calculator, query, input.name());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("calculators")
    void theHtmlFormShowsTheSameErrorsWith400(Calculator calculator) {
        Input first = numeric(calculator).get(0);
        Map<String, String> query = examples(calculator);
        query.put(first.name(), "\"><script>alert(1)</script>");
        HttpResponse<String> response = site.get(CalculatorViews.pageUrl(calculator) + "?" + encode(query));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("<script>alert(1)</script>").contains("data-error-for=\"" + first.name() + "\"");
    }

    private static void assertNamed(Calculator calculator, Map<String, String> query, String field) throws Exception {
        HttpResponse<String> response = api(calculator, query);
        assertThat(response.statusCode()).as(calculator.id() + " " + query).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).as(calculator.id() + " " + query).contains(field);
    }

    private static HttpResponse<String> api(Calculator calculator, Map<String, String> query) {
        return site.get(CalculatorViews.apiUrl(calculator) + "?" + encode(query));
    }

    private static List<Input> numeric(Calculator calculator) {
        return calculator.inputs().stream().filter(i -> i.type() != InputType.CHOICE).toList();
    }

    private static Map<String, String> examples(Calculator calculator) {
        Map<String, String> values = new LinkedHashMap<>();
        calculator.inputs().stream().filter(i -> !i.example().isEmpty()).forEach(i -> values.put(i.name(), i.example()));
        return values;
    }

    private static String encode(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("%2C", ",").replace("%3A", ":"))
                .collect(Collectors.joining("&"));
    }
}
