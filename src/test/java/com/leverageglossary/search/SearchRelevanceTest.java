package com.leverageglossary.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.App;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ranking contract on the real glossary: what a reader types, and the entry that must come first. */
class SearchRelevanceTest {
    private static SearchIndex index;

    @BeforeAll
    static void build() throws Exception {
        index = SearchIndex.build(App.load(Path.of("content")), App.CALCULATORS.all());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            leverage loops                           | /term/leverage-loops/
            Leverage Loops                           | /term/leverage-loops/
            leverage loop                            | /term/leverage-loops/
            health factor                            | /definition/health-factor/
            liquidation price                        | /definition/liquidation-price/
            mark price                               | /definition/mark-price/
            leverage skew                            | /definition/leverage-skew/
            non-linear leverage                      | /term/non-linear-leverage/
            nonlinear leverage                       | /term/non-linear-leverage/
            leverage-induced liquidation             | /definition/leverage-induced-liquidation/
            leverage induced liquidation             | /definition/leverage-induced-liquidation/
            leverageinduced                          | /definition/leverage-induced-liquidation/
            LTV                                      | /definition/loan-to-value/
            ltv                                      | /definition/loan-to-value/
            loan to value                            | /definition/loan-to-value/
            HF                                       | /definition/health-factor/
            ADL                                      | /definition/auto-deleveraging/
            CPPI                                     | /definition/cppi/
            vomma                                    | /definition/volga/
            lambda                                   | /definition/option-elasticity/
            perp                                     | /definition/perpetual-futures/
            liq price                                | /definition/liquidation-price/
            IV                                       | /definition/implied-volatility/
            levrage loops                            | /term/leverage-loops/
            liquidaton price                         | /definition/liquidation-price/
            helth factor                             | /definition/health-factor/
            maintenence margin                       | /definition/maintenance-margin/
            rehypotecation                           | /definition/rehypothecation/
            lev lo                                   | /term/leverage-loops/
            cpp                                      | /definition/cppi/
            volatility dr                            | /definition/volatility-drag/
            funding cost calculator                  | /calculators/funding-cost/
            liquidation price calculator             | /calculators/liquidation-price/
            cppi calculator                          | /calculators/cppi/
            option greeks calculator                 | /calculators/option-leverage/
            what is a health factor                  | /definition/health-factor/
            what happens when leverage loops unwind  | /term/leverage-loops/
            how is the liquidation price calculated  | /definition/liquidation-price/
            why do leveraged tokens decay            | /definition/leverage-decay/
            basel 3 leverage ratio                   | /definition/basel-iii-leverage-ratio/
            kelly                                    | /definition/kelly-criterion/
            insurance fund                           | /definition/insurance-fund/
            """)
    void firstResultIsTheExpectedEntry(String query, String expectedUrl) {
        SearchResults results = index.search(query, null, null, 0, 5);
        assertThat(results.hits()).as(query).isNotEmpty();
        assertThat(results.hits().get(0).url().replaceFirst("#.*", "")).as(query + " → " + urls(results)).isEqualTo(expectedUrl);
    }

    /** Issue 10: every entry added to widen the glossary is found first by its name and the names people type for it. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvFileSource(resources = "/search/relevance-new-entries.psv", delimiter = '|')
    void newEntriesRankFirstForTheirNames(String query, String expectedUrl) {
        firstResultIsTheExpectedEntry(query, expectedUrl);
    }

    /**
     * Issue 11: an entry that covers every word of a multi-word query by name and text is not pushed out of the
     * top three by one that matches a single word through an exact alias ("perp" → Perpetual Futures).
     */
    @ParameterizedTest(name = "{0} → {1} in the top 3")
    @CsvSource(delimiter = '|', textBlock = """
            perp liquidation price      | /definition/liquidation-price/
            funding perpetual           | /definition/funding-rate/
            perpetual funding rate      | /definition/funding-rate/
            liquidation price inverse   | /definition/liquidation-price/
            health factor aave          | /definition/health-factor/
            ltv liquidation threshold   | /definition/liquidation-threshold/
            option leverage expiry      | /term/term-structure-of-leverage/
            """)
    void multiWordQueriesKeepTheEntryThatCoversEveryWordInTheTopThree(String query, String expectedUrl) {
        List<String> top = index.search(query, null, null, 0, 3).hits().stream().map(hit -> hit.url().replaceFirst("#.*", "")).toList();
        assertThat(top).as(query).contains(expectedUrl);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pizza", "qwertyuiop", "weather in paris", "zzzz", "banana smoothie recipe"})
    void nonsenseFindsNothingRatherThanNoise(String query) {
        assertThat(index.search(query, null, null, 0, 5).total()).as(query + " → " + urls(index.search(query, null, null, 0, 5))).isZero();
    }

    private static List<String> urls(SearchResults results) {
        return results.hits().stream().map(SearchHit::url).toList();
    }
}
