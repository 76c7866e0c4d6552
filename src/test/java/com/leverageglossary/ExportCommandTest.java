package com.leverageglossary;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.CapturesStdout;
import com.leverageglossary.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --out DIR}: exit codes and what it prints. */
class ExportCommandTest extends CapturesStdout {
    @TempDir
    Path dir;

    private int export(Path content, Path out) {
        return App.export(Options.parse(new String[] {"export", "--out", out.toString(), "--content", content.toString(),
                "--base-url", "https://leverage.example"}, Map.of()));
    }

    @Test
    void validContentIsExportedWithProgressAndExitsZero() {
        assertThat(export(Fixtures.VALID, dir.resolve("site"))).isZero();
        assertThat(printed()).contains("export: 3 entries loaded and checked in ").contains("URLs written").contains("exported ");
        assertThat(dir.resolve("site/term/alpha-term/index.html")).exists();
        assertThat(dir.resolve("site/404.html")).exists();
    }

    @Test
    void invalidContentIsNotExported(@TempDir Path content) {
        Fixtures fixtures = Fixtures.copyOfValid(content).replace("terms/alpha-term.md", "title: Alpha Term\n", "");

        assertThat(export(fixtures.root(), dir.resolve("site"))).isEqualTo(1);
        assertThat(printed()).contains("terms/alpha-term.md:1: missing required front matter key 'title'").contains("1 content error(s)");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aFolderInUseIsRefusedWithExitCode2() throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "an older file");

        assertThat(export(Fixtures.VALID, dir)).isEqualTo(2);
        assertThat(dir.resolve("index.html")).doesNotExist();
    }
}
