package com.leverageglossary.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Start-up validates entry bodies with {@link Markdown#scan}, which skips the table extension; pages are
 * rendered from {@link Markdown#parseForPage}. Both must find the same links, embeds and raw HTML, or a link
 * could be rendered that was never checked.
 */
class MarkdownScanTest {
    private final Markdown markdown = new Markdown();

    @Test
    void scanFindsWhatThePageParseFindsInEveryEntry() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("content")), Files.walk(Path.of("src/test/resources/fixtures")))) {
            files = walk.filter(path -> path.toString().endsWith(".md")).toList();
        }
        assertThat(files).hasSizeGreaterThan(150);
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(found(markdown.scan(text))).as(file.toString()).isEqualTo(found(markdown.parseForPage(text)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "| a | b |\n|---|---|\n| [[margin-call|margin calls]] | [x](/term/leverage/) |\n",
        "| a | b |\n|---|---|\n| [[margin-call\\|margin calls]] | `[[not-a-link]]` |\n",
        "| a |\n|---|\n| text [[one]] and [[two|2]] | extra |\n\n```calculator\nliquidation-price\n```\n",
        "| a | b |\n|---|---|\n| <b>raw</b> | [[x]] |\n",
        "Not a table | [[x|y]] | z\n\n| a |\n| - |\n| [[tail]] |",
    })
    void scanFindsTheSameLinksInTables(String text) {
        assertThat(found(markdown.scan(text))).isEqualTo(found(markdown.parseForPage(text)));
    }

    private static List<Object> found(ParsedMarkdown parsed) {
        return List.of(parsed.wikiLinks(), parsed.links(), parsed.embeds(), parsed.rawHtmlLines());
    }
}
