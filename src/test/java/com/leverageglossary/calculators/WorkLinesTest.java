package com.leverageglossary.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.leverageglossary.markdown.CalculatorEmbed;
import com.leverageglossary.markdown.LinkRef;
import com.leverageglossary.markdown.Markdown;
import com.leverageglossary.markdown.ParsedMarkdown;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every line of shown work adds up: for every calculator in the registry, over its example and default values (and
 * each choice), the presets and "try it" links written in the content, the queries of the other tests, and
 * jqwik-generated inputs, each work line parses as {@code name = expression = result [unit]}, and the printed
 * arithmetic, evaluated in interval arithmetic over the values that round to each printed number, can give the
 * printed result. The check is exact about rounding: no tolerance is involved.
 */
class WorkLinesTest {
    private static final CalculatorRegistry REGISTRY = CalculatorRegistry.standard();
    /** Sign artefacts the folding must never leave, whether or not they would parse. */
    private static final List<String> ARTEFACTS = List.of("+ −", "− −", "× −", "÷ −", "− -", "+ -", "NaN", "Infinity", "∞");
    private static final Pattern PAGE_QUERY = Pattern.compile("/calculators/([a-z0-9-]+)/?\\?([^\"\\s)#]+)");
    private static final Pattern RUN_QUERY = Pattern.compile("run\\(\"([a-z0-9-]+)\", \"([^\"]+)\"\\)");

    static List<Calculator> calculators() {
        return REGISTRY.all();
    }

    @ParameterizedTest
    @MethodSource("calculators")
    void workAddsUpOnTheExampleValuesAndEveryChoice(Calculator calculator) {
        Map<String, List<String>> examples = examples(calculator);
        int checked = check(calculator, examples, "examples");
        for (Input input : calculator.inputs()) {
            for (String choice : input.choices()) {
                Map<String, List<String>> variant = new LinkedHashMap<>(examples);
                variant.put(input.name(), List.of(choice));
                checked += check(calculator, variant, "examples with " + input.name() + "=" + choice);
            }
        }
        assertThat(checked).as(calculator.id() + " shows work on its examples").isPositive();
    }

    @ParameterizedTest
    @MethodSource("calculators")
    void workAddsUpOnEveryDeclaredPreset(Calculator calculator) {
        for (Preset preset : calculator.presets()) {
            // As the preset's link shows it: its values, and nothing else.
            Map<String, List<String>> values = new LinkedHashMap<>();
            preset.values().forEach((name, value) -> values.put(name, List.of(value)));
            assertThat(check(calculator, values, "preset " + preset.id())).as(calculator.id() + " preset " + preset.id()).isPositive();
        }
    }

    @Test
    void workAddsUpOnEveryPresetAndLinkInTheContent() throws IOException {
        Markdown markdown = new Markdown();
        int checked = 0;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                ParsedMarkdown parsed = markdown.scan(Files.readString(file));
                for (CalculatorEmbed embed : parsed.embeds()) {
                    Optional<Calculator> calculator = REGISTRY.find(embed.calculatorId());
                    if (calculator.isPresent()) {
                        // As an entry shows an embedded calculator: its examples, with the block's presets over them.
                        Map<String, List<String>> values = new LinkedHashMap<>(examples(calculator.get()));
                        values.putAll(embed.presets());
                        checked += check(calculator.get(), values, file + ":" + embed.line());
                    }
                }
                for (LinkRef link : parsed.links()) {
                    checked += checkQueries(PAGE_QUERY.matcher(link.url()), file + ":" + link.line());
                }
            }
        }
        assertThat(checked).as("work lines checked from the content").isPositive();
    }

    @Test
    void workAddsUpOnTheQueriesOfTheOtherTests() throws IOException {
        int checked = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                checked += checkQueries(PAGE_QUERY.matcher(source), file.toString());
                checked += checkQueries(RUN_QUERY.matcher(source), file.toString());
            }
        }
        assertThat(checked).as("work lines checked from other tests' queries").isPositive();
    }

    @Property(tries = 2000)
    void workAddsUpOnGeneratedInputs(@ForAll("cases") Case generated) {
        Evaluation evaluation = generated.calculator().evaluate(generated.query());
        Statistics.label("computed").collect(generated.calculator().id(), evaluation.ok());
        if (evaluation.ok()) {
            check(generated.calculator(), generated.query(), "generated " + generated.query());
        }
        Statistics.label("computed").coverage(coverage -> REGISTRY.all().forEach(c ->
                coverage.check(c.id(), true).count(n -> n >= 10)));
    }

    @Test
    void aLineThatDoesNotAddUpIsCaught() {
        assertThat(WorkLine.parse("x = 1.00 + 2.00 = 3.00 USD").addsUp()).isTrue();
        assertThat(WorkLine.parse("x = 1.00 + 2.00 = 3.02 USD").addsUp()).isFalse();
        // 0.005 rounds to 0.01 at two decimals, so 1.00 × 0.50 % (at most 0.00505) cannot print as 0.01 at three.
        assertThat(WorkLine.parse("x = 1.00 × 0.50 % = 0.006").addsUp()).isFalse();
        assertThat(WorkLine.parse("x = 1.00 × 0.50 % = 0.005").addsUp()).isTrue();
        // Exact constants: 100 % ÷ 3 is 33.33… %, which prints as 33.33 % but never as 33.34 %.
        assertThat(WorkLine.parse("x = 100 % ÷ 3 = 33.33 %").addsUp()).isTrue();
        assertThat(WorkLine.parse("x = 100 % ÷ 3 = 33.34 %").addsUp()).isFalse();
        assertThat(WorkLine.parse("d = (54,271.36 − 60,000.00) ÷ 60,000.00 = −9.55 %").addsUp()).isTrue();
        assertThat(WorkLine.parse("v = max(0, 1,000.00 − 2,000.00) + √4.00 × e^(−0.00 %) × N(0.000000) = 1.0000").addsUp()).isTrue();
    }

    @Test
    void aLineOfAnotherShapeDoesNotParse() {
        assertThatThrownBy(() -> WorkLine.parse("LP = 54,271.36")).hasMessageContaining("shape");
        assertThatThrownBy(() -> WorkLine.parse("LP = (6,000.00 + 0.00 − -1 × 1.0000) = 1.00")).hasMessageContaining("unexpected '-'");
        assertThatThrownBy(() -> WorkLine.parse("x = 1,00.00 + 1 = 2.00")).hasMessageContaining("unexpected ','");
    }

    // --- checking ----------------------------------------------------------------------------------------------

    /** Evaluates and checks every work line; returns the number of lines checked (0 when the inputs are refused). */
    private static int check(Calculator calculator, Map<String, List<String>> query, String source) {
        Evaluation evaluation = calculator.evaluate(query);
        if (!evaluation.ok()) {
            return 0;
        }
        for (String line : evaluation.result().work()) {
            ARTEFACTS.stream().filter(line::contains).findFirst().ifPresent(artefact ->
                    fail(calculator.id() + ": work line shows \"" + artefact + "\": " + line + " (" + source + ")"));
            WorkLine parsed;
            try {
                parsed = WorkLine.parse(line);
            } catch (IllegalArgumentException e) {
                throw new AssertionError(calculator.id() + ": work line does not parse (" + e.getMessage() + "): " + line + " (" + source + ")", e);
            }
            assertThat(parsed.addsUp())
                    .as(calculator.id() + ": " + line + " — the arithmetic gives " + parsed.expression() + ", the result prints "
                            + parsed.result() + " (" + source + ")")
                    .isTrue();
        }
        return evaluation.result().work().size();
    }

    private static int checkQueries(Matcher matcher, String source) {
        int checked = 0;
        while (matcher.find()) {
            Optional<Calculator> calculator = REGISTRY.find(matcher.group(1));
            if (calculator.isPresent()) {
                checked += check(calculator.get(), query(matcher.group(2)), source);
            }
        }
        return checked;
    }

    private static Map<String, List<String>> query(String text) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            String[] parts = pair.split("=", 2);
            try {
                values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        List.of(parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : ""));
            } catch (IllegalArgumentException malformed) {
                // A query built by concatenation in a test's source is cut where the regex stops; skip its pair.
            }
        }
        return values;
    }

    private static Map<String, List<String>> examples(Calculator calculator) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        calculator.inputs().stream().filter(i -> !i.example().isEmpty()).forEach(i -> values.put(i.name(), List.of(i.example())));
        return values;
    }

    // --- generated inputs --------------------------------------------------------------------------------------

    record Case(Calculator calculator, Map<String, List<String>> query) {
        @Override
        public String toString() {
            return calculator.id() + " " + query;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(REGISTRY.all()).flatMap(calculator -> Combinators.combine(calculator.inputs().stream().map(WorkLinesTest::valueOf).toList())
                .as(values -> {
                    Map<String, List<String>> query = new LinkedHashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        if (values.get(i) != null) {
                            query.put(calculator.inputs().get(i).name(), List.of(values.get(i)));
                        }
                    }
                    return new Case(calculator, query);
                }));
    }

    /**
     * A value for one input, as its declaration allows: mostly near its example or default (from a twentieth to five
     * times it, so that the values fit together the way real ones do), sometimes anywhere within its bounds.
     * Optional inputs are left out a third of the time.
     */
    private static Arbitrary<String> valueOf(Input input) {
        Arbitrary<String> value = switch (input.type()) {
            case CHOICE -> Arbitraries.of(input.choices());
            case INTEGER -> Arbitraries.integers().between(input.min() == null ? 0 : input.min().intValue(),
                    input.max() == null ? 100 : input.max().intValue()).map(String::valueOf);
            case NUMBER -> number(input, scale(input, 0)).map(WorkLinesTest::plain);
            // Short lists: lists that go together (health-factor's collateral and thresholds) must match in length,
            // and with 1–3 items a third of the generated pairs do, enough for every calculator to compute often.
            case NUMBER_LIST -> number(input, scale(input, 0)).map(WorkLinesTest::plain).list().ofMinSize(1).ofMaxSize(3)
                    .map(items -> String.join(",", items));
            case PAIR_LIST -> Combinators.combine(number(input, scale(input, 0)), number(input, scale(input, 1)))
                    .as((a, b) -> plain(a) + ":" + plain(b)).list().ofMinSize(1).ofMaxSize(10).map(items -> String.join(",", items));
            case ROW_LIST -> rows(input);
        };
        return input.required() ? value : value.injectNull(1.0 / 3);
    }

    /**
     * Rows of a row list (a strategy's legs): each field as its declaration allows, near the example's first row, and each
     * row either complete or cut to the fields every row needs (a future's four); some combinations are refused, as a
     * user's would be.
     */
    private static Arbitrary<String> rows(Input input) {
        RowSpec spec = input.rows();
        List<Arbitrary<String>> fields = new ArrayList<>();
        for (int j = 0; j < spec.fields().size(); j++) {
            Input field = spec.fields().get(j);
            fields.add(field.type() == InputType.CHOICE ? Arbitraries.of(field.choices()) : number(field, scale(input, j)).map(WorkLinesTest::plain));
        }
        Arbitrary<String> row = Combinators.combine(Combinators.combine(fields).as(values -> values),
                        Arbitraries.of(spec.minFields(), spec.fields().size()))
                .as((values, length) -> String.join(":", values.subList(0, length)));
        return row.list().ofMinSize(1).ofMaxSize(spec.maxRows()).map(items -> String.join(",", items));
    }

    /** The magnitude of the example (for a list or pair, of its first item's {@code part}), or of the default. */
    private static double scale(Input input, int part) {
        if (input.example().isEmpty()) {
            return input.defaultValue() instanceof Number n ? Math.abs(n.doubleValue()) : 0;
        }
        String[] parts = input.example().split(",")[0].split(":");
        return Math.abs(Double.parseDouble(parts[Math.min(part, parts.length - 1)]));
    }

    private static Arbitrary<Double> number(Input input, double scale) {
        double lo = input.min() == null ? -1_000 : input.min() + (input.minExclusive() ? 1e-4 : 0);
        double hi = input.max() == null ? Math.max(lo, 0) + 1_000_000 : input.max() - (input.maxExclusive() ? 1e-4 : 0);
        Arbitrary<Double> anywhere = Arbitraries.doubles().between(lo, hi).ofScale(4);
        double nearLo = Math.max(lo, scale / 20);
        double nearHi = Math.min(hi, scale * 5);
        if (scale == 0 || nearLo >= nearHi) {
            return anywhere;
        }
        Arbitrary<Double> near = Arbitraries.doubles().between(nearLo, nearHi).ofScale(4);
        List<Tuple.Tuple2<Integer, Arbitrary<Double>>> choices = new ArrayList<>(List.of(Tuple.of(6, near), Tuple.of(2, anywhere)));
        double negativeLo = Math.max(lo, -nearHi);
        if (negativeLo < -nearLo) {
            choices.add(Tuple.of(2, Arbitraries.doubles().between(negativeLo, -nearLo).ofScale(4)));
        }
        return Arbitraries.frequencyOf(choices);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

}
