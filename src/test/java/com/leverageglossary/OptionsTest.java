package com.leverageglossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void defaultsServeOnPort7070WithLocalhostBaseUrl() {
        Options options = Options.parse(new String[0], Map.of());
        assertThat(options.port()).isEqualTo(7070);
        assertThat(options.baseUrl()).isEqualTo("http://localhost:7070");
        assertThat(options.command()).isEqualTo(Options.Command.SERVE);
    }

    @Test
    void portComesFromTheFlagBeforeTheEnvironment() {
        assertThat(Options.parse(new String[0], Map.of("PORT", "8080")).port()).isEqualTo(8080);
        assertThat(Options.parse(new String[] {"--port", "9090"}, Map.of("PORT", "8080")).port()).isEqualTo(9090);
    }

    @Test
    void validateCommandAndContentDirectoryAreRead() {
        Options options = Options.parse(new String[] {"validate", "--content", "src/test/resources/fixtures/valid"}, Map.of());
        assertThat(options.command()).isEqualTo(Options.Command.VALIDATE);
        assertThat(options.contentDir()).isEqualTo(Path.of("src/test/resources/fixtures/valid"));
    }

    @Test
    void exportCommandReadsItsOutputFolder() {
        Options options = Options.parse(new String[] {"export", "--out", "/tmp/site", "--base-url", "https://leverage.example"}, Map.of());
        assertThat(options.command()).isEqualTo(Options.Command.EXPORT);
        assertThat(options.outDir()).isEqualTo(Path.of("/tmp/site"));
        assertThat(options.baseUrl()).isEqualTo("https://leverage.example");
    }

    @Test
    void exportNeedsAnOutputFolderAndOnlyExportTakesOne() {
        assertThatThrownBy(() -> Options.parse(new String[] {"export"}, Map.of())).hasMessage("export needs --out DIR");
        assertThatThrownBy(() -> Options.parse(new String[] {"--out", "/tmp/site"}, Map.of()))
                .hasMessageStartingWith("--out belongs to export");
    }

    @Test
    void baseUrlLosesItsTrailingSlash() {
        assertThat(Options.parse(new String[] {"--base-url", "https://leverage.example/"}, Map.of()).baseUrl())
                .isEqualTo("https://leverage.example");
    }

    @Test
    void badOptionsAreOneLineErrors() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--port", "http"}, Map.of()))
                .hasMessage("port must be a number from 0 to 65535, not 'http'");
        assertThatThrownBy(() -> Options.parse(new String[] {"--port", "70000"}, Map.of()))
                .hasMessage("port must be a number from 0 to 65535, not '70000'");
        assertThatThrownBy(() -> Options.parse(new String[] {"--content", "/no/such/dir"}, Map.of()))
                .hasMessage("content directory '/no/such/dir' does not exist");
        assertThatThrownBy(() -> Options.parse(new String[] {"--base-url", "ftp://x"}, Map.of()))
                .hasMessageStartingWith("base URL must look like https://example.com");
        assertThatThrownBy(() -> Options.parse(new String[] {"--base-url", "https://x.com/sub/path"}, Map.of()))
                .hasMessageStartingWith("base URL must look like https://example.com");
        assertThatThrownBy(() -> Options.parse(new String[] {"--verbose"}, Map.of()))
                .hasMessageStartingWith("unknown argument '--verbose'");
        assertThatThrownBy(() -> Options.parse(new String[] {"--port"}, Map.of()))
                .hasMessage("--port needs a value");
    }
}
