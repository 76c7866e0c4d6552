package com.leverageglossary.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.App;
import com.leverageglossary.search.SearchIndex;
import com.leverageglossary.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: an unchanged restart reuses the validated site and its search index; any change to a file misses. */
class ContentCacheTest {
    @TempDir
    Path dir;

    @Test
    void anUnchangedRestartGetsTheSameSiteBackAndAnEditMisses() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir.resolve("content"));
        Path jar = Files.writeString(dir.resolve("app.jar"), "the code");
        Path base = dir.resolve("cache");
        ContentCache cache = ContentCache.forContent(fixtures.root(), jar, base).orElseThrow();
        assertThat(cache.site(fixtures.root())).isEmpty();

        Site loaded = Fixtures.loader().load(fixtures.root());
        cache.save(loaded);
        Site cached = ContentCache.forContent(fixtures.root(), jar, base).orElseThrow().site(fixtures.root()).orElseThrow();

        assertThat(cached.entries()).isEqualTo(loaded.entries());
        assertThat(cached.areas()).isEqualTo(loaded.areas());
        assertThat(cached.document(cached.entry("alpha-term").orElseThrow()).bodyHtml())
                .isEqualTo(loaded.document(loaded.entry("alpha-term").orElseThrow()).bodyHtml());

        fixtures.replace("terms/alpha-term.md", "title: Alpha Term", "title: Alpha Term Edited");
        assertThat(ContentCache.forContent(fixtures.root(), jar, base).orElseThrow().site(fixtures.root())).isEmpty();
        Files.writeString(jar, "new code");
        assertThat(ContentCache.forContent(fixtures.root(), jar, base).orElseThrow().indexFolder()).isNotEqualTo(cache.indexFolder());
    }

    @Test
    void aKeptIndexIsReopenedAndAnswersAsTheFirstBuildDid() throws Exception {
        Site site = Fixtures.loader().load(Fixtures.copyOfValid(dir.resolve("content")).root());
        Path kept = dir.resolve("index");
        SearchIndex first = SearchIndex.build(site, App.CALCULATORS.all(), kept);
        String firstAnswer = first.search("alpha", null, null, 0, 5).hits().toString();
        first.close();
        assertThat(kept.resolve("complete")).exists();

        SearchIndex reopened = SearchIndex.build(site, App.CALCULATORS.all(), kept);
        assertThat(reopened.search("alpha", null, null, 0, 5).hits().toString()).isEqualTo(firstAnswer).contains("alpha-term");
        reopened.close();
        assertThat(kept).exists();
    }
}
