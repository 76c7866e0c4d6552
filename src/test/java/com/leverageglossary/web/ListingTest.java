package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.Fixtures;
import com.leverageglossary.testing.RunningSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists that grow with the glossary are cut on the page: "Referenced by" on an entry and "Used in" on a
 * calculator show their first {@value PageModels.Listing#MAX_SHOWN} and say how many more there are.
 */
class ListingTest {
    /** Entries that link to Alpha Term and list the leverage loop calculator; the last three also embed it. */
    private static final int USERS = 60;
    /** Entries that only list the calculator. */
    private static final int LISTERS = 10;
    @TempDir
    static Path dir;
    static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir);
        for (int i = 1; i <= USERS; i++) {
            String embed = i > USERS - 3 ? "\n```calculator leverage-loop\ndeposit=1000\n```\n" : "";
            fixtures.write("definitions/user-" + i + ".md", "---\ntitle: " + String.format("User %02d", i)
                    + "\nsummary: A generated entry that links to the alpha term.\nareas: [test-area]\ncalculators: [leverage-loop]\n"
                    + "published: 2026-11-05\nupdated: 2026-11-05\nsources:\n  - title: Generated\n    url: https://example.com/generated\n"
                    + "---\nUser " + i + " links to [[alpha-term]].\n" + embed);
        }
        for (int i = 1; i <= LISTERS; i++) {
            fixtures.write("definitions/lister-" + i + ".md", Fixtures.definition("Lister " + i, "test-area")
                    .replace("related: [alpha-term]", "related: [alpha-term]\ncalculators: [leverage-loop]"));
        }
        site = RunningSite.serve(fixtures.load());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void referencedByShowsTheFirstEntriesAndHowManyMore() {
        Document page = Jsoup.parse(site.get("/term/alpha-term/").body());
        List<String> shown = page.select("section.backlinks .link-list a").eachText();
        assertThat(shown).hasSize(PageModels.Listing.MAX_SHOWN);
        // Beta Definition links to Alpha Term too, and comes before "User …" by title.
        assertThat(shown.get(0)).isEqualTo("Beta Definition");
        // 61 referrers: one more than is shown.
        assertThat(USERS + 1 - PageModels.Listing.MAX_SHOWN).isEqualTo(1);
        assertThat(page.select("section.backlinks p.more").text()).isEqualTo("And 1 more entry.");
    }

    @Test
    void usedInShowsEntriesThatEmbedTheCalculatorFirst() {
        Document page = Jsoup.parse(site.get("/calculators/leverage-loop/").body());
        List<String> shown = page.select("section[aria-labelledby=used-heading] .entry-list > li > a").eachText();
        assertThat(shown).hasSize(PageModels.Listing.MAX_SHOWN);
        assertThat(shown.subList(0, 3)).containsExactly("User 58", "User 59", "User 60");
        // Alpha Term lists the calculator as well: 71 entries in all.
        assertThat(USERS + LISTERS + 1 - PageModels.Listing.MAX_SHOWN).isEqualTo(11);
        assertThat(page.select("section[aria-labelledby=used-heading] p.more").text()).isEqualTo("And 11 more entries.");
        assertThat(site.get("/calculators/leverage-loop/?deposit=2000").body()).contains("And 11 more entries.");
    }

    @Test
    void aShortListIsShownWhole() {
        Document page = Jsoup.parse(site.get("/calculators/health-factor/").body());
        assertThat(page.select("p.more")).isEmpty();
    }
}
