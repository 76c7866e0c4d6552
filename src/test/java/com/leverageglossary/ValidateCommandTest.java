package com.leverageglossary;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.CapturesStdout;
import com.leverageglossary.testing.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest extends CapturesStdout {

    private int validate(Path content) {
        return App.validate(Options.parse(new String[] {"validate", "--content", content.toString()}, Map.of()));
    }

    @Test
    void validContentExitsZero() {
        assertThat(validate(Fixtures.VALID)).isZero();
        assertThat(printed()).contains("content OK: 3 entries, 2 areas");
    }

    @Test
    void invalidContentPrintsEveryErrorAndExitsNonZero(@TempDir Path dir) {
        Fixtures fixtures = Fixtures.copyOfValid(dir)
                .replace("terms/alpha-term.md", "title: Alpha Term\n", "")
                .replace("definitions/beta-definition.md", "areas: [test-area]", "areas: [nowhere]");

        assertThat(validate(fixtures.root())).isEqualTo(1);
        assertThat(printed())
                .contains("definitions/beta-definition.md:5: unknown area 'nowhere'")
                .contains("terms/alpha-term.md:1: missing required front matter key 'title'")
                .contains("2 content error(s)");
    }

    @Test
    void embeddedContentIsValid() {
        assertThat(App.validate(new Options(Options.Command.VALIDATE, 7070, null, "http://localhost:7070", false, null))).isZero();
    }
}
