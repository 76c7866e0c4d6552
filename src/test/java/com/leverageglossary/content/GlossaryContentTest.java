package com.leverageglossary.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.App;
import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.calculators.Evaluation;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped glossary meets the editorial rules of issue 3, and every worked example's numbers compute. */
class GlossaryContentTest {
    private static final Pattern CALCULATOR_LINK = Pattern.compile("\\(/calculators/([a-z0-9-]+)/\\?([^)\\s]+)\\)");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static Site site;

    @BeforeAll
    static void load() throws Exception {
        site = App.load(Path.of("content"));
    }

    @Test
    void everyRequiredTermAndDefinitionExistsWithItsKind() {
        List<String> terms = List.of("leverage-loops", "high-leverage", "leverage-effect", "high-leverage-environment-analysis",
                "systemic-leverage-monitoring", "leverage-farming-techniques", "non-linear-leverage", "delta-vega-systemic-leverage",
                "real-time-leverage", "leverage-dynamics-analysis", "leverage-dynamics-modeling", "leverage-dynamics-assessment");
        List<String> definitions = List.of("leverage-feedback-loops", "risk-adjusted-leverage", "risk-amplification", "leverage-ratio",
                "leverage-factor", "position-leverage", "maximum-leverage", "leverage-ratio-analysis", "leverage-management",
                "dynamic-leverage-control", "leverage-deleveraging", "leverage-induced-liquidation", "market-leverage", "leverage-decay",
                "leverage-control", "leverage-management-in-cppi", "leverage-skew", "leverage-cycles");
        terms.forEach(slug -> assertThat(site.entry(slug)).as(slug).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(Kind.TERM)));
        definitions.forEach(slug -> assertThat(site.entry(slug)).as(slug).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(Kind.DEFINITION)));
        long supporting = site.entries().stream().filter(e -> e.kind() == Kind.DEFINITION && !definitions.contains(e.slug())).count();
        assertThat(supporting).as("supporting definitions").isGreaterThanOrEqualTo(30);
    }

    @Test
    void bodiesHaveTheRequiredLength() {
        for (Entry entry : site.entries()) {
            int words = words(site.document(entry).bodyMarkdown().replaceAll("(?s)```calculator.*?```", ""));
            if (entry.kind() == Kind.TERM) {
                assertThat(words).as(entry.slug() + " words").isBetween(600, 1500);
            } else {
                assertThat(words).as(entry.slug() + " words").isBetween(150, 400);
            }
        }
    }

    @Test
    void everyEntryHasSummaryAreaSourceAndThreeRelatedEntries() {
        for (Entry entry : site.entries()) {
            assertThat(entry.summary()).as(entry.slug()).isNotBlank().hasSizeLessThanOrEqualTo(160);
            assertThat(entry.areaSlugs()).as(entry.slug()).isNotEmpty();
            assertThat(site.document(entry).sources()).as(entry.slug()).isNotEmpty();
            assertThat(entry.relatedSlugs()).as(entry.slug()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void leverageEntriesNameACalculatorAndSitInTheAmplificationArea() {
        for (Entry entry : site.entries()) {
            if (entry.slug().startsWith("leverage-")) {
                assertThat(entry.calculatorIds()).as(entry.slug()).isNotEmpty();
                assertThat(entry.areaSlugs()).as(entry.slug()).contains("leverage-ratio-amplification");
            }
        }
    }

    @Test
    void areasHaveThreeToFiveFaqsAndTheAmplificationAreaAsksTheThreeQuestions() {
        assertThat(site.areas()).hasSizeGreaterThanOrEqualTo(5);
        site.areas().forEach(area -> assertThat(area.faq()).as(area.slug()).hasSizeBetween(3, 5));
        Area amplification = site.area("leverage-ratio-amplification").orElseThrow();
        assertThat(amplification.faq()).extracting(Faq::question).anyMatch(q -> q.contains("calculation"))
                .anyMatch(q -> q.contains("adjustment")).anyMatch(q -> q.contains("risk"));
    }

    @Test
    void everyWorkedExampleLinkAndEmbeddedCalculatorComputesWithoutError() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Entry entry : site.entries()) {
            EntryDocument document = site.document(entry);
            Matcher link = CALCULATOR_LINK.matcher(document.bodyMarkdown());
            while (link.find()) {
                checked++;
                Evaluation evaluation = calculator(link.group(1)).evaluate(query(link.group(2)));
                if (!evaluation.ok()) {
                    failures.add(entry.slug() + " → " + link.group(1) + ": " + evaluation.errors());
                }
            }
            for (var block : document.body().embeds()) {
                checked++;
                Evaluation evaluation = calculator(block.calculatorId()).evaluate(block.presets());
                if (!evaluation.ok()) {
                    failures.add(entry.slug() + " block " + block.calculatorId() + ": " + evaluation.errors());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(60);
    }

    @Test
    void everyCalculatorIsEmbeddedInAtLeastOneEntry() {
        App.CALCULATORS.all().forEach(calculator -> assertThat(site.entries().stream()
                .anyMatch(e -> e.embeddedCalculatorIds().contains(calculator.id()))).as(calculator.id()).isTrue());
    }

    private static Calculator calculator(String id) {
        return App.CALCULATORS.find(id).orElseThrow(() -> new AssertionError("unknown calculator " + id));
    }

    private static Map<String, List<String>> query(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            values.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static int words(String text) {
        Matcher matcher = WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
