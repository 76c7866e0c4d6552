package com.leverageglossary.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leverageglossary.testing.RunningSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Nu HTML Checker finds no error on any page of the real site reachable from {@code /} (the pages {@link CrawlTest} crawls). */
class NuHtmlCheckerIT {
    /** Installed by .ci/run from npm (vnu-jar); see README. */
    static final Path VNU = Path.of(".tools/node_modules/vnu-jar/build/dist/vnu.jar");

    @Test
    void nuHtmlCheckerFindsNoErrorOnAnyCrawledPage() throws Exception {
        assertThat(VNU).as("vnu.jar is installed by .ci/run (npm install --prefix .tools vnu-jar)").exists();
        RunningSite site = RunningSite.realContent();
        SiteCrawl crawl = SiteCrawl.of(site);
        Path dir = Path.of("target", "crawl");
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Map<String, String> fileToPath = new LinkedHashMap<>();
        int n = 0;
        for (String path : crawl.htmlPages().keySet()) {
            String file = "page-" + (++n) + ".html";
            fileToPath.put(file, path);
            Files.writeString(dir.resolve(file), site.get(path).body(), StandardCharsets.UTF_8);
        }
        Path report = Path.of("target", "crawl-vnu.json");
        Process vnu = new ProcessBuilder("java", "-jar", VNU.toString(), "--errors-only", "--format", "json", dir.toString())
                .redirectErrorStream(false).redirectError(report.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(vnu.waitFor(5, TimeUnit.MINUTES)).isTrue();
        JsonNode messages = new ObjectMapper().readTree(Files.readString(report)).get("messages");
        List<String> errors = new ArrayList<>();
        messages.forEach(m -> {
            if ("error".equals(m.path("type").asText())) {
                String file = m.path("url").asText().replaceFirst(".*/", "");
                errors.add(fileToPath.getOrDefault(file, file) + ":" + m.path("lastLine").asText() + " " + m.path("message").asText());
            }
        });
        assertThat(errors).as("Nu HTML Checker errors over " + crawl.htmlPages().size() + " pages").isEmpty();
    }
}
