package com.leverageglossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.leverageglossary.testing.CapturesStdout;
import com.leverageglossary.testing.Fixtures;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, defect 6: content built to break the loader (YAML bombs, deep nesting, huge files) is an error
 * naming the file and line, with exit status 1, in seconds; never a stack trace or a hang.
 */
class HostileContentTest extends CapturesStdout {
    private static final String FRONT = "---\ntitle: Hostile\nsummary: A hostile fixture.\nareas: [test-area]\npublished: 2026-11-01\nupdated: 2026-11-01\n";
    private static final Duration A_FEW_SECONDS = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void yamlAliasBombIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("---\ntitle: Hostile\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            String previous = "*" + (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        assertRefused(yaml + "---\nBody.\n", "definitions/hostile.md:2: front matter refused");
    }

    @Test
    void yamlNestedDeeperThanTheLimitIsRefused() throws IOException {
        String nested = "[".repeat(60) + "]".repeat(60);
        assertRefused(FRONT.replace("title: Hostile", "title: " + nested) + "---\nBody.\n", "definitions/hostile.md:2: front matter refused");
    }

    @Test
    void oversizedFrontMatterIsRefused() throws IOException {
        assertRefused(FRONT + "sources:\n  - title: \"" + "x".repeat(600_000) + "\"\n    url: https://example.com\n---\nBody.\n",
                "definitions/hostile.md:2: front matter refused");
    }

    @Test
    void blockQuotesFiveThousandDeepAreRefusedBeforeParsing() throws IOException {
        assertRefused(FRONT + "---\nIntro.\n\n" + ">".repeat(5_000) + " deep\n", "definitions/hostile.md:10: block quotes or lists nested deeper than 32 levels");
    }

    @Test
    void listsThreeThousandLevelsDeepAreRefusedBeforeParsing() throws IOException {
        assertRefused(FRONT + "---\n" + "- ".repeat(3_000) + "item\n", "definitions/hostile.md:8: block quotes or lists nested deeper than 32 levels");
    }

    @Test
    void listsNestedByIndentationAreCountedToo() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int level = 0; level < 100; level++) {
            body.append("  ".repeat(level)).append("- item\n");
        }
        assertRefused(FRONT + "---\n" + body, "definitions/hostile.md:40: block quotes or lists nested deeper than 32 levels");
    }

    @Test
    void aTableOfThirtyThousandRowsIsRefusedBeforeParsing() throws IOException {
        StringBuilder table = new StringBuilder("| a | b |\n|---|---|\n");
        for (int row = 0; row < 30_000; row++) {
            table.append("| ").append(row).append(" | x |\n");
        }
        assertRefused(FRONT + "---\n" + table, "definitions/hostile.md:1008: a paragraph, list or table longer than 1000 lines");
    }

    @Test
    void fiftyMegabyteFileIsTooLarge() throws IOException {
        assertTooLarge(50L * 1024 * 1024);
    }

    @Test
    void tenMegabyteFileIsTooLarge() throws IOException {
        assertTooLarge(10L * 1024 * 1024);
    }

    private void assertTooLarge(long bytes) throws IOException {
        Fixtures.copyOfValid(dir);
        Path file = dir.resolve("definitions/hostile.md");
        Files.writeString(file, FRONT + "---\n");
        try (RandomAccessFile grow = new RandomAccessFile(file.toFile(), "rw")) {
            grow.setLength(bytes);
        }
        assertExitsOneNaming("definitions/hostile.md:1: file is too large: " + bytes + " bytes");
    }

    private void assertRefused(String text, String expected) throws IOException {
        Fixtures.copyOfValid(dir);
        Files.writeString(dir.resolve("definitions/hostile.md"), text);
        assertExitsOneNaming(expected);
    }

    private void assertExitsOneNaming(String expected) {
        int status = assertTimeoutPreemptively(A_FEW_SECONDS,
                () -> App.validate(Options.parse(new String[] {"validate", "--content", dir.toString()}, Map.of())));
        String printed = printed();
        assertThat(status).as(printed).isEqualTo(1);
        assertThat(printed).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
