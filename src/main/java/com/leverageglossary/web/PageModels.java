package com.leverageglossary.web;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.content.Area;
import com.leverageglossary.content.Entry;
import com.leverageglossary.search.SearchResults;
import java.util.List;

/** The typed models that the JTE templates render, one per page type. */
public final class PageModels {
    private PageModels() {
    }

    public record EntryPage(Chrome chrome, Entry entry, List<BodyBlock> body, List<com.leverageglossary.content.Source> sources,
                            List<Area> areas, List<Entry> related, List<Entry> backlinks, List<Calculator> calculators) {
    }

    /** A piece of an entry's body: our rendered Markdown, or a calculator widget (exactly one is set). */
    public record BodyBlock(String html, CalculatorView calculator) {
    }

    /** A filter link on the results page: its label, where it goes, how many results it keeps, and whether it is on. */
    public record FilterLink(String label, String url, int count, boolean active) {
    }

    public record SearchPage(Chrome chrome, String query, String problem, SearchResults results, int page, int pages,
                             List<FilterLink> kindFilters, List<FilterLink> areaFilters, String clearFiltersUrl,
                             String previousUrl, String nextUrl, String didYouMeanUrl, List<Entry> startingPoints) {
        public int firstNumber() {
            return (page - 1) * SearchRoutes.PAGE_SIZE + 1;
        }
    }

    public record CalculatorIndexPage(Chrome chrome, List<Calculator> calculators, List<String> apiConventions) {
    }

    public record CalculatorPage(Chrome chrome, CalculatorView view, List<Entry> usedIn) {
    }

    public record AreaPage(Chrome chrome, Area area, List<Entry> entries, int entryCount, int page, int pages,
                           String previousUrl, String nextUrl) {
        public boolean firstPage() {
            return page == 1;
        }
    }

    public record AreaSummary(Area area, int entryCount) {
    }

    public record HomePage(Chrome chrome, List<AreaSummary> areas, List<Entry> recent, int entryCount) {
    }

    public record LetterGroup(String letter, List<Entry> entries) {
        public String anchor() {
            return "letter-" + (letter.equals("#") ? "0" : letter.toLowerCase(java.util.Locale.ROOT));
        }
    }

    public record GlossaryPage(Chrome chrome, List<LetterGroup> letters, int entryCount) {
    }

    public record ErrorPage(Chrome chrome, int status, String heading, String message, List<Entry> suggestions) {
    }
}
