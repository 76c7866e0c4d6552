package com.leverageglossary.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.leverageglossary.calculators.CalculatorRegistry;
import com.leverageglossary.testing.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: start-up serves before the bodies are checked, and --dev reloads re-parse only what changed. */
class IncrementalLoadTest {
    @TempDir
    Path dir;

    @Test
    void loadingWithoutBodiesServesEntriesWhoseBodyLinksAreCheckedLater() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir).replace("definitions/beta-definition.md", "[[alpha-term]]", "[[no-such-entry]]");

        Site early = Fixtures.loader().loadWithoutBodies(dir);

        assertThat(early.entries()).extracting(Entry::slug).containsExactly("alpha-term", "beta-definition", "gamma-definition");
        assertThat(early.entries()).allSatisfy(entry -> assertThat(entry.linkedSlugs()).isEmpty());
        assertThatThrownBy(fixtures::load).isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors())
                .containsExactly(new ContentError("definitions/beta-definition.md", 14, "link to unknown entry [[no-such-entry]]")));
    }

    @Test
    void loadingWithoutBodiesStillReportsFrontMatterErrors() {
        Fixtures.copyOfValid(dir).replace("terms/alpha-term.md", "title: Alpha Term", "title:");

        assertThatThrownBy(() -> Fixtures.loader().loadWithoutBodies(dir)).isInstanceOf(ContentException.class);
    }

    @Test
    void aRememberingLoaderGivesWhatAFreshLoadGivesAfterEachEdit() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir);
        ContentLoader remembering = ContentLoader.remembering(CalculatorRegistry.standard());
        assertThat(remembering.load(dir).entries()).isEqualTo(fixtures.load().entries());

        fixtures.replace("definitions/beta-definition.md", "Beta refers to [[alpha-term]].", "Beta refers to [[gamma-definition]].");
        Site edited = remembering.load(dir);
        assertThat(edited.entries()).isEqualTo(fixtures.load().entries());
        assertThat(edited.entry("beta-definition").orElseThrow().linkedSlugs()).containsExactly("gamma-definition");

        fixtures.write("definitions/delta-definition.md", Fixtures.definition("Delta Definition", "test-area"));
        assertThat(remembering.load(dir).entries()).isEqualTo(fixtures.load().entries()).hasSize(4);

        java.nio.file.Files.delete(dir.resolve("definitions/delta-definition.md"));
        assertThat(remembering.load(dir).entries()).isEqualTo(fixtures.load().entries()).hasSize(3);
    }

    @Test
    void aRememberingLoaderReportsAnUnchangedBrokenFileAgain() {
        Fixtures.copyOfValid(dir).replace("definitions/beta-definition.md", "updated: 2026-11-03", "updated: someday");
        ContentLoader remembering = ContentLoader.remembering(CalculatorRegistry.standard());

        for (int load = 0; load < 2; load++) {
            assertThatThrownBy(() -> remembering.load(dir)).isInstanceOfSatisfying(ContentException.class,
                    e -> assertThat(e.errors()).extracting(ContentError::file).contains("definitions/beta-definition.md"));
        }
    }

    @Test
    void theSourceHashChangesWithAnyEditEvenOfTheSameLength() {
        assertThat(ContentLoader.sourceHash("abc".getBytes())).isNotEqualTo(ContentLoader.sourceHash("abd".getBytes()));
        assertThat(ContentLoader.sourceHash("abc".getBytes())).isEqualTo(ContentLoader.sourceHash("abc".getBytes()));
    }
}
