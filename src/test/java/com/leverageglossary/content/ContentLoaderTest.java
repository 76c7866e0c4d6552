package com.leverageglossary.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.leverageglossary.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    @TempDir
    Path dir;

    private Fixtures fixture() {
        return Fixtures.copyOfValid(dir);
    }

    private List<ContentError> errorsOf(Fixtures fixtures) {
        try {
            fixtures.load();
        } catch (ContentException e) {
            return e.errors();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("content was expected to be invalid");
    }

    @Test
    void loadsEveryEntryWithItsFrontMatter() throws Exception {
        Site site = fixture().load();

        assertThat(site.entries()).extracting(Entry::slug).containsExactly("alpha-term", "beta-definition", "gamma-definition");
        Entry alpha = site.entry("alpha-term").orElseThrow();
        assertThat(alpha.kind()).isEqualTo(Kind.TERM);
        assertThat(alpha.title()).isEqualTo("Alpha Term");
        assertThat(alpha.aliases()).containsExactly("AT", "alpha terms");
        assertThat(alpha.areaSlugs()).containsExactly("test-area", "second-area");
        assertThat(alpha.relatedSlugs()).containsExactly("beta-definition", "gamma-definition");
        assertThat(alpha.calculatorIds()).containsExactly("leverage-loop");
        assertThat(alpha.published()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(alpha.updated()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(site.document(alpha).sources()).containsExactly(new Source("Alpha source", "https://example.com/alpha"));
        assertThat(site.document(alpha).markdownSource()).startsWith("---\ntitle: Alpha Term");
        assertThat(site.document(alpha).headings()).containsExactly(new Heading(2, "How it works", "how-it-works"));
    }

    @Test
    void wikiLinksResolveBySlugAndAliasAndFeedBacklinks() throws Exception {
        Site site = fixture().load();
        Entry alpha = site.entry("alpha-term").orElseThrow();

        assertThat(site.document(alpha).bodyHtml())
                .contains("<a href=\"/definition/beta-definition/\">beta definition</a>")
                .contains("<a href=\"/definition/gamma-definition/\">gamma</a>");
        assertThat(alpha.linkedSlugs()).containsExactly("beta-definition", "gamma-definition");
        assertThat(site.backlinksOf(site.entry("beta-definition").orElseThrow())).extracting(Entry::slug).containsExactly("alpha-term");
        assertThat(site.backlinksOf(alpha)).extracting(Entry::slug).containsExactly("beta-definition");
    }

    @Test
    void aBareWikiLinkThatStartsASentenceIsCapitalised(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir).replace("terms/alpha-term.md", "Some *emphasis* and a table:",
                "[[beta-definition]] opens this paragraph. Then [[beta-definition]] sits mid-sentence. **[[beta-definition]]** leads again.");
        Site loaded = Fixtures.loader().load(fixtures.root());
        String html = loaded.document(loaded.entry("alpha-term").orElseThrow()).bodyHtml();

        assertThat(html).contains("<p><a href=\"/definition/beta-definition/\">Beta definition</a> opens this paragraph. "
                + "Then <a href=\"/definition/beta-definition/\">beta definition</a> sits mid-sentence. "
                + "<strong><a href=\"/definition/beta-definition/\">Beta definition</a></strong> leads again.");
    }

    @Test
    void aliasesFindEntriesInAnyCaseAndSpacing() throws Exception {
        Site site = fixture().load();

        assertThat(site.entryNamed("at")).map(Entry::slug).contains("alpha-term");
        assertThat(site.entryNamed("Alpha Terms")).map(Entry::slug).contains("alpha-term");
        assertThat(site.entryNamed("alpha_terms")).map(Entry::slug).contains("alpha-term");
        assertThat(site.entryNamed("nothing")).isEmpty();
    }

    @Test
    void areasCarryTheirFaqAndEntries() throws Exception {
        Site site = fixture().load();
        Area area = site.area("test-area").orElseThrow();

        assertThat(area.faq()).hasSize(1);
        assertThat(area.faq().get(0).question()).isEqualTo("What is in this area?");
        assertThat(area.faq().get(0).answerHtml()).contains("href=\"/term/alpha-term/\"");
        assertThat(area.descriptionHtml()).contains(">the beta definition</a>");
        assertThat(site.entriesOf(area)).extracting(Entry::slug).containsExactly("alpha-term", "beta-definition", "gamma-definition");
    }

    @Test
    void unknownFrontMatterKeyIsAnErrorOnItsLine() {
        assertThat(errorsOf(fixture().replace("definitions/beta-definition.md", "aliases: [BD]", "aliases: [BD]\ncolour: blue")))
                .containsExactly(new ContentError("definitions/beta-definition.md", 5,
                        "unknown front matter key 'colour' (allowed: title, summary, aliases, areas, related, calculators, published, updated, sources)"));
    }

    @Test
    void missingTitleIsAnError() {
        assertThat(errorsOf(fixture().replace("definitions/beta-definition.md", "title: Beta Definition\n", "")))
                .containsExactly(new ContentError("definitions/beta-definition.md", 1, "missing required front matter key 'title'"));
    }

    @Test
    void missingSummaryIsAnError() {
        assertThat(errorsOf(fixture().replace("definitions/beta-definition.md",
                "summary: The beta definition is a fixture that links back to alpha.\n", "")))
                .containsExactly(new ContentError("definitions/beta-definition.md", 1, "missing required front matter key 'summary'"));
    }

    @Test
    void summaryOverOneHundredSixtyCharactersIsAnError() {
        String longSummary = "x".repeat(161);
        assertThat(errorsOf(fixture().replace("definitions/beta-definition.md",
                "The beta definition is a fixture that links back to alpha.", longSummary)))
                .containsExactly(new ContentError("definitions/beta-definition.md", 3, "summary is 161 characters; the limit is 160"));
    }

    @Test
    void badDateIsAnErrorNamingTheValue() {
        assertThat(errorsOf(fixture().replace("definitions/beta-definition.md", "published: 2026-11-03", "published: 2026-13-40")))
                .containsExactly(new ContentError("definitions/beta-definition.md", 8,
                        "'published' must be a date written YYYY-MM-DD, not '2026-13-40'"));
    }

    @Test
    void updatedBeforePublishedIsAnError() {
        assertThat(errorsOf(fixture().replace("definitions/beta-definition.md", "updated: 2026-11-03", "updated: 2026-10-01")))
                .containsExactly(new ContentError("definitions/beta-definition.md", 9,
                        "'updated' (2026-10-01) is before 'published' (2026-11-03)"));
    }

    @Test
    void duplicateSlugAcrossKindsIsAnError() {
        Fixtures fixtures = fixture();
        fixtures.write("terms/beta-definition.md", Fixtures.definition("Beta Again", "test-area"));
        assertThat(errorsOf(fixtures)).containsExactly(
                new ContentError("definitions/beta-definition.md", 1, "duplicate slug 'beta-definition': also terms/beta-definition.md"));
    }

    @Test
    void duplicateAliasIsAnErrorOnTheAliasLine() {
        assertThat(errorsOf(fixture().replace("definitions/beta-definition.md", "aliases: [BD]", "aliases: [BD, at]")))
                .containsExactly(new ContentError("definitions/beta-definition.md", 4,
                        "duplicate alias 'at': already an alias in terms/alpha-term.md"));
    }

    @Test
    void aliasEqualToAnotherSlugIsAnError() {
        assertThat(errorsOf(fixture().replace("definitions/beta-definition.md", "aliases: [BD]", "aliases: [Gamma Definition]")))
                .containsExactly(new ContentError("definitions/beta-definition.md", 4,
                        "duplicate alias 'Gamma Definition': already the slug of definitions/gamma-definition.md"));
    }

    @Test
    void linksToUnknownEntriesAreErrors() {
        assertThat(errorsOf(fixture().replace("definitions/beta-definition.md", "related: [alpha-term]", "related: [alpha-term, nowhere]")))
                .containsExactly(new ContentError("definitions/beta-definition.md", 6, "unknown related entry 'nowhere' (use the entry's slug)"));
    }

    @Test
    void wikiLinkToUnknownEntryIsAnErrorOnItsFileLine() {
        assertThat(errorsOf(fixture().replace("definitions/beta-definition.md", "Beta refers to [[alpha-term]].",
                "Beta refers to [[alpha-term]].\n\nAnd to [[missing-entry|something]].")))
                .containsExactly(new ContentError("definitions/beta-definition.md", 16, "link to unknown entry [[missing-entry]]"));
    }

    @Test
    void unknownCalculatorIsAnError() {
        assertThat(errorsOf(fixture().replace("terms/alpha-term.md", "calculators: [leverage-loop]", "calculators: [leverage-loop, moon-math]")))
                .containsExactly(new ContentError("terms/alpha-term.md", 7, "unknown calculator 'moon-math'"));
    }

    @Test
    void unknownAreaIsAnError() {
        assertThat(errorsOf(fixture().replace("definitions/beta-definition.md", "areas: [test-area]", "areas: [test-area, atlantis]")))
                .containsExactly(new ContentError("definitions/beta-definition.md", 5, "unknown area 'atlantis'"));
    }

    @Test
    void fileThatIsNotUtf8IsAnErrorOnTheLineOfTheBadByte() {
        byte[] latin1 = Fixtures.definition("Caf\u00e9 Latin", "test-area").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(errorsOf(fixture().writeBytes("definitions/cafe.md", latin1)))
                .containsExactly(new ContentError("definitions/cafe.md", 2, "file is not valid UTF-8"));
    }

    /** Decoding replaces a bad byte with U+FFFD; a text that holds the character itself is still valid UTF-8. */
    @Test
    void aReplacementCharacterWrittenInTheTextIsNotABadByte() throws Exception {
        Site site = fixture().writeBytes("definitions/cafe.md",
                Fixtures.definition("Caf\uFFFD Sign", "test-area").getBytes(StandardCharsets.UTF_8)).load();
        assertThat(site.entry("cafe")).hasValueSatisfying(entry -> assertThat(entry.title()).isEqualTo("Caf\uFFFD Sign"));
    }

    @Test
    void rawHtmlIsRejected() {
        assertThat(errorsOf(fixture().replace("definitions/beta-definition.md", "Beta refers to [[alpha-term]].",
                "Beta refers to [[alpha-term]].\n\n<script>alert(1)</script>")))
                .containsExactly(new ContentError("definitions/beta-definition.md", 16, "raw HTML is not allowed in content; use Markdown"));
    }

    @Test
    void missingFrontMatterIsAnError() {
        assertThat(errorsOf(fixture().write("definitions/bare.md", "Just text.\n")))
                .containsExactly(new ContentError("definitions/bare.md", 1, "file must start with a '---' front matter line"));
    }

    @Test
    void invalidYamlIsAnErrorWithItsLine() {
        assertThat(errorsOf(fixture().replace("definitions/beta-definition.md", "aliases: [BD]", "aliases: [BD")))
                .singleElement().satisfies(error -> {
                    assertThat(error.file()).isEqualTo("definitions/beta-definition.md");
                    assertThat(error.message()).startsWith("front matter is not valid YAML");
                });
    }

    @Test
    void everyErrorIsReportedAtOnce() {
        Fixtures fixtures = fixture()
                .replace("definitions/beta-definition.md", "title: Beta Definition\n", "")
                .replace("definitions/gamma-definition.md", "published: 2026-11-04", "published: yesterday")
                .replace("terms/alpha-term.md", "calculators: [leverage-loop]", "calculators: [nope]");
        assertThat(errorsOf(fixtures)).extracting(ContentError::file)
                .containsExactly("definitions/beta-definition.md", "definitions/gamma-definition.md", "terms/alpha-term.md");
    }

    @Test
    void errorsPrintAsFileLineMessage() {
        assertThat(new ContentError("terms/x.md", 3, "boom")).hasToString("terms/x.md:3: boom");
    }

    @Test
    void contentExceptionNamesTheFirstError() {
        assertThatThrownBy(() -> fixture().replace("terms/alpha-term.md", "title: Alpha Term\n", "").load())
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("terms/alpha-term.md:1: missing required front matter key 'title'");
    }
}
