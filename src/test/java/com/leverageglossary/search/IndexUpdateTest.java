package com.leverageglossary.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.App;
import com.leverageglossary.calculators.CalculatorRegistry;
import com.leverageglossary.content.ContentLoader;
import com.leverageglossary.content.Site;
import com.leverageglossary.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: a --dev reload updates the search index from the current one instead of rebuilding it. */
class IndexUpdateTest {
    private static final List<String> QUERIES = List.of("alpha", "beta", "gamma", "zebracorn", "definition", "leverage",
            "liquidation price", "delta definition", "generated", "at");
    @TempDir
    Path dir;

    @Test
    void anUpdatedIndexAnswersAsAFreshIndexDoesAfterEditsAdditionsAndDeletions() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir);
        ContentLoader loader = ContentLoader.remembering(CalculatorRegistry.standard());
        Site before = loader.load(dir);
        SearchIndex index = SearchIndex.build(before, App.CALCULATORS.all());

        fixtures.replace("definitions/beta-definition.md", "Beta refers to", "Beta, a zebracorn, refers to");
        fixtures.write("definitions/delta-definition.md", Fixtures.definition("Delta Definition", "test-area"));
        Files.delete(dir.resolve("definitions/gamma-definition.md"));
        fixtures.replace("terms/alpha-term.md", "[[GD|gamma]]", "gamma");
        fixtures.replace("terms/alpha-term.md", "related: [beta-definition, gamma-definition]", "related: [beta-definition]");
        Site after = loader.load(dir);
        SearchIndex updated = index.updated(before, after, App.CALCULATORS.all());
        SearchIndex fresh = SearchIndex.build(after, App.CALCULATORS.all());

        assertThat(urls(updated, "zebracorn")).containsExactly("/definition/beta-definition/");
        assertThat(urls(updated, "delta definition")).startsWith("/definition/delta-definition/");
        assertThat(urls(updated, "gamma")).doesNotContain("/definition/gamma-definition/");
        for (String query : QUERIES) {
            assertThat(urls(updated, query)).as(query).containsExactlyInAnyOrderElementsOf(urls(fresh, query));
        }
        assertThat(urls(index, "zebracorn")).as("the old index is left as it was").isEmpty();
        for (SearchIndex each : List.of(index, updated, fresh)) {
            each.close();
        }
    }

    @Test
    void aChangedTitleReindexesTheEntriesThatLinkToIt() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir);
        ContentLoader loader = ContentLoader.remembering(CalculatorRegistry.standard());
        Site before = loader.load(dir);

        fixtures.replace("terms/alpha-term.md", "title: Alpha Term", "title: Alpha Renamed");
        Site after = loader.load(dir);

        assertThat(SearchIndex.staleUrls(before, after)).contains("/term/alpha-term/", "/definition/beta-definition/")
                .doesNotContain("/calculators/leverage-loop/");
        assertThat(SearchIndex.staleUrls(after, after)).isEmpty();
    }

    private static List<String> urls(SearchIndex index, String query) {
        return index.search(query, null, null, 0, 50).hits().stream().map(SearchHit::url).toList();
    }
}
