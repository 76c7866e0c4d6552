package com.leverageglossary.web;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.content.Area;
import com.leverageglossary.content.Entry;
import com.leverageglossary.search.SearchResults;
import java.util.List;

/** The typed models that the JTE templates render, one per page type; each names its own template. */
public final class PageModels {
    private PageModels() {
    }

    /** A whole page: its layout chrome and the template that renders it, so a model cannot meet the wrong template. */
    public sealed interface Page permits EntryPage, SearchPage, CalculatorIndexPage, CalculatorPage, AreaPage, HomePage,
            GlossaryPage, ErrorPage {
        Chrome chrome();

        String template();
    }

    /**
     * Where a page stands in a numbered series (search results, an area's entries).
     *
     * @param previousUrl null on the first page
     * @param nextUrl     null on the last page
     */
    public record Paging(int page, int pages, String previousUrl, String nextUrl) {
        public boolean firstPage() {
            return page == 1;
        }
    }

    /** The search page's filters by kind and area, and the link that clears them (null when none is on). */
    public record Filters(List<FilterLink> kinds, List<FilterLink> areas, String clearUrl) {
    }

    /** @param bodyHtml trusted HTML: our Markdown renderer's, with the calculator widgets in place */
    public record EntryPage(Chrome chrome, Entry entry, String bodyHtml, List<com.leverageglossary.content.Source> sources,
                            List<Area> areas, List<Entry> related, List<Entry> backlinks, List<Calculator> calculators) implements Page {
        public String template() {
            return "entry.jte";
        }
    }

    /** A filter link on the results page: its label, where it goes, how many results it keeps, and whether it is on. */
    public record FilterLink(String label, String url, int count, boolean active) {
    }

    public record SearchPage(Chrome chrome, String query, String problem, SearchResults results, Paging paging, Filters filters,
                             String didYouMeanUrl, List<Entry> startingPoints) implements Page {
        public int firstNumber() {
            return (paging.page() - 1) * SearchRoutes.PAGE_SIZE + 1;
        }

        public String template() {
            return "search.jte";
        }
    }

    public record CalculatorIndexPage(Chrome chrome, List<Calculator> calculators, List<String> apiConventions) implements Page {
        public String template() {
            return "calculators.jte";
        }
    }

    public record CalculatorPage(Chrome chrome, CalculatorView view, List<Entry> usedIn) implements Page {
        public String template() {
            return "calculator.jte";
        }
    }

    public record AreaPage(Chrome chrome, Area area, List<Entry> entries, int entryCount, Paging paging) implements Page {
        public String template() {
            return "area.jte";
        }
    }

    public record AreaSummary(Area area, int entryCount) {
    }

    public record HomePage(Chrome chrome, List<AreaSummary> areas, List<Entry> recent, int entryCount) implements Page {
        public String template() {
            return "home.jte";
        }
    }

    public record LetterGroup(String letter, List<Entry> entries) {
        public String anchor() {
            return "letter-" + (letter.equals("#") ? "0" : letter.toLowerCase(java.util.Locale.ROOT));
        }
    }

    public record GlossaryPage(Chrome chrome, List<LetterGroup> letters, int entryCount) implements Page {
        public String template() {
            return "glossary.jte";
        }
    }

    public record ErrorPage(Chrome chrome, int status, String heading, String message, List<Entry> suggestions) implements Page {
        public String template() {
            return "error.jte";
        }
    }
}
