package com.leverageglossary.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The index stores only the start of each body (the snippet window), so a snippet made from the stored window
 * must be exactly the snippet made from the whole body.
 */
class SnippetsTest {
    private static final String SENTENCE = "Leverage amplifies both gains and losses on the margin posted for a position. ";

    @Test
    void aShortBodyIsStoredWhole() {
        assertThat(Snippets.window(SENTENCE)).isEqualTo(SENTENCE);
    }

    @Test
    void aLongBodyIsCutAfterTheWordTheHighlighterStopsIn() {
        String body = SENTENCE.repeat(40);
        String window = Snippets.window(body);

        assertThat(window.length()).isBetween(701, 720);
        assertThat(body).startsWith(window);
        assertThat(window).endsWith(" ");
        assertThat(window.strip()).doesNotContain("  ");
    }

    @Test
    void theSnippetFromTheWindowIsTheSnippetFromTheWholeBody() {
        String body = SENTENCE.repeat(6) + "A liquidation cascade follows when forced sales push the price through further liquidation prices. "
                + SENTENCE.repeat(40) + "Liquidation appears again far beyond the window.";
        for (String query : List.of("liquidation cascade", "margin", "leverage losses", "window")) {
            Snippets snippets = new Snippets(query);
            assertThat(snippets.of(document(Snippets.window(body)))).as(query).isEqualTo(snippets.of(document(body)));
        }
    }

    private static SearchDocument document(String body) {
        return new SearchDocument("Leverage", "/term/leverage/", "term", List.of(), List.of(), List.of(),
                "The ratio of exposure to equity.", body, List.of());
    }
}
