package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.calculators.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15: the CSV form of a result. Quoting follows RFC 4180 (section 2, rules 6 and 7: fields holding commas,
 * quotes or line breaks are quoted, quotes doubled); text that starts like a formula is neutralised with a leading
 * apostrophe, as OWASP ASVS 4.0 requirement 1.2.10 (https://asvs.emil.hemdal.se/1.2.10) and CWE-1236
 * (https://appsec.backslash.security/cwe/1236) advise.
 */
class ResultCsvTest {

    @Test
    void scalarOutputsAreOneNameValueRowEachUnderTheHeader() {
        List<Output> outputs = List.of(Output.number("leverage", "Leverage", "×", 2), Output.flag("meets", "Meets"),
                Output.number("undefined", "Undefined", "", 2));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("leverage", 4.0);
        values.put("meets", true);
        values.put("undefined", null);
        assertThat(ResultCsv.of(outputs, values)).isEqualTo("output,value\r\nleverage,4\r\nmeets,true\r\nundefined,\r\n");
    }

    @Test
    void listOutputsAddAStepRowEachAndEveryRowHasTheSameFields() {
        // The cascade of CalculatorRoutesTest: three rounds of 120, 200 and 300 liquidated.
        List<Output> outputs = List.of(Output.rows("rounds", "Rounds", 2, "liquidated_size", "price_after"),
                Output.number("final_price", "Final price", "USD", 2));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rounds", List.of(Map.of("liquidated_size", 120.0, "price_after", 57480.0),
                Map.of("liquidated_size", 200.0, "price_after", 56280.0)));
        values.put("final_price", 56280.0);
        String csv = ResultCsv.of(outputs, values);
        assertThat(csv).isEqualTo("output,value,step,liquidated_size,price_after\r\n"
                + "rounds,,1,120,57480\r\n"
                + "rounds,,2,200,56280\r\n"
                + "final_price,56280,,,\r\n");
        assertThat(csv.lines().map(line -> line.split(",", -1).length).distinct()).containsExactly(5);
    }

    @Test
    void aRowKeyNamedLikeAColumnOfTheFileGetsItsOwnName() {
        // A stress cell's "value" would otherwise give the header two "value" columns.
        List<Output> outputs = List.of(Output.number("health_factor", "HF", "", 4), Output.rows("stress", "Stress", 2, "price_shock_pct", "value"));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("health_factor", 1.5);
        values.put("stress", List.of(Map.of("price_shock_pct", -10.0, "value", 1.35)));
        assertThat(ResultCsv.of(outputs, values)).isEqualTo("output,value,step,price_shock_pct,row_value\r\n"
                + "health_factor,1.5,,,\r\n"
                + "stress,,1,-10,1.35\r\n");
    }

    @Test
    void aCalculatorWithListOutputsKeepsItsColumnsWhenTheListIsEmpty() {
        List<Output> outputs = List.of(Output.rows("rounds", "Rounds", 2, "liquidated_size"), Output.number("final_price", "Final", "", 2));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rounds", List.of());
        values.put("final_price", 60000.0);
        assertThat(ResultCsv.of(outputs, values)).isEqualTo("output,value,step,liquidated_size\r\nfinal_price,60000,,\r\n");
    }

    @Test
    void aListOfValuesIsOneRowPerValueWithItsStep() {
        List<Output> outputs = List.of(Output.numberList("breakevens", "Breakevens", "USD", 2));
        Map<String, Object> values = Map.of("breakevens", List.of(55000.5, 67000.0));
        assertThat(ResultCsv.of(outputs, values)).isEqualTo("output,value,step\r\nbreakevens,55000.5,1\r\nbreakevens,67000,2\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0.1                  | 0.1
            -3                   | -3
            1e15                 | 1000000000000000
            1e-9                 | 0.000000001
            54271.35678391959    | 54271.35678391959
            """)
    void numbersArePlainDecimalsAtFullPrecisionWithTheirSign(double value, String field) {
        assertThat(ResultCsv.field(value)).isEqualTo(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void textThatASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe(String text) {
        assertThat(ResultCsv.field(text)).isEqualTo("'" + text);
    }

    @Test
    void ordinaryTextAndNegativeNumbersAreLeftAlone() {
        assertThat(ResultCsv.field("long")).isEqualTo("long");
        assertThat(ResultCsv.field(-1500.0)).isEqualTo("-1500");
    }

    @Test
    void fieldsWithCommasOrQuotesAreQuotedWithQuotesDoubled() {
        assertThat(ResultCsv.quoted("plain")).isEqualTo("plain");
        assertThat(ResultCsv.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(ResultCsv.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void lineBreaksCannotStartANewRecord() {
        List<Output> outputs = List.of(Output.text("note", "Note"));
        String csv = ResultCsv.of(outputs, Map.of("note", "line one\r\nline two, \"quoted\""));
        assertThat(csv).isEqualTo("output,value\r\nnote,\"line one\r\nline two, \"\"quoted\"\"\"\r\n");
    }
}
