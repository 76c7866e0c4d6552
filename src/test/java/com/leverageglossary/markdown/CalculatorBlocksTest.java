package com.leverageglossary.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Issue 14: the calculator directive is a flexmark node with its own renderer, and search text comes from the tree. */
class CalculatorBlocksTest {
    private static final Function<String, Optional<WikiTarget>> TARGETS = name -> name.equals("mark-price")
            ? Optional.of(new WikiTarget("/definition/mark-price/", "mark price")) : Optional.empty();
    private final Markdown markdown = new Markdown();

    private static final String TEXT = """
            Before the [[mark-price]] &amp; `code`.

            ```calculator liquidation-price
            side=short
            leverage=20
            ```

            | a | b |
            |---|---|
            | one | two |

            ```python
            print("x")
            ```

            [[mark-price]] ends it.
            """;

    @Test
    void aCalculatorBlockIsANodeWithItsPresetsAndEveryOtherFenceStaysCode() {
        ParsedMarkdown parsed = markdown.parseForPage(TEXT);

        assertThat(parsed.embeds()).containsExactly(new CalculatorEmbed("liquidation-price",
                Map.of("side", List.of("short"), "leverage", List.of("20")), 3));
        String html = markdown.render(parsed, TARGETS, block -> "<div id=\"widget-" + block.calculatorId() + "\"></div>");
        assertThat(html).contains("<div id=\"widget-liquidation-price\"></div>")
                .contains("<code class=\"language-python\">")
                .doesNotContain("side=short");
        assertThat(html.indexOf("widget-")).isBetween(html.indexOf("Before"), html.indexOf("<table"));
    }

    @Test
    void presetsKeepTheOrderTheyAreWrittenIn() {
        // The widget's share link lists them in this order: an order that changed from JVM to JVM made two
        // instances (and two exports) render different bytes for the same page.
        String block = "```calculator liquidation-price\nside=short\nleverage=20\nentry_price=100\nquantity=2\n"
                + "maintenance_margin_pct=0.5\ncontract=linear\n```\n";
        List<String> names = new java.util.ArrayList<>();
        markdown.render(markdown.parseForPage(block), TARGETS, found -> {
            names.addAll(found.presets().keySet());
            return "";
        });

        assertThat(names).containsExactly("side", "leverage", "entry_price", "quantity", "maintenance_margin_pct", "contract");
    }

    @Test
    void whereNoWidgetCanBeDrawnTheBlockLinksToTheCalculator() {
        String html = markdown.render(markdown.parse(TEXT), TARGETS);

        assertThat(html).contains("<a href=\"/calculators/liquidation-price/\">");
    }

    @Test
    void plainTextReadsWhatTheReaderSeesWithoutTheCalculator() {
        String text = markdown.body(TEXT, TARGETS).plainText();

        assertThat(text).isEqualTo("Before the mark price & code. a b. one two. print(\"x\"). Mark price ends it.");
    }
}
