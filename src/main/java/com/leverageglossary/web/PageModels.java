package com.leverageglossary.web;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.calculators.Preset;
import com.leverageglossary.content.Area;
import com.leverageglossary.content.Entry;
import com.leverageglossary.content.Glossary;
import com.leverageglossary.urls.SiteUrls;
import com.leverageglossary.search.SearchResults;
import java.util.List;

/** The typed models that the JTE templates render, one per page type; each names its own template. */
public final class PageModels {
    private PageModels() {
    }

    /** A whole page: its layout chrome and the template that renders it, so a model cannot meet the wrong template. */
    public sealed interface Page permits EntryPage, SearchPage, CalculatorIndexPage, CalculatorPage, AreaPage, HomePage,
            GlossaryPage, ErrorPage, OfflinePage, EmbedPage {
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

    /**
     * A section heading of a page (level 2 or 3) with its anchor: templates draw it with its self-link, and
     * "On this page" lists it.
     */
    public record Section(int level, String id, String text) {
        /** An anchor made from a heading's words, as flexmark makes them for Markdown headings. */
        static String anchor(String prefix, String text) {
            String words = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
            return prefix + (words.isEmpty() ? "section" : words);
        }
    }

    /** The "On this page" navigation; {@code shown} on terms, and on any page with at least three sections. */
    public record OnThisPage(List<Section> sections, boolean shown) {
        static final int MIN_SECTIONS = 3;

        static OnThisPage of(List<Section> sections, boolean always) {
            return new OnThisPage(sections, !sections.isEmpty() && (always || sections.size() >= MIN_SECTIONS));
        }
    }

    /** @param bodyHtml trusted HTML: our Markdown renderer's, with the calculator widgets in place */
    /**
     * The first {@value #MAX_SHOWN} of a list of entries that grows with the content (the entries that link to an
     * entry, or use a calculator), and how many there are in all. A page must not grow with the glossary: at
     * 10,000 entries an uncut list made a calculator page 500 KB, rendered afresh for every new set of inputs.
     */
    public record Listing(List<Entry> shown, int total) {
        /** Above the longest list in the real content (35 referrers), so only a glossary far larger is cut. */
        static final int MAX_SHOWN = 60;

        static Listing of(List<Entry> all) {
            return new Listing(all.size() <= MAX_SHOWN ? all : List.copyOf(all.subList(0, MAX_SHOWN)), all.size());
        }

        public boolean isEmpty() {
            return total == 0;
        }

        /** How many are not shown. */
        public int more() {
            return total - shown.size();
        }
    }

    public record EntryPage(Chrome chrome, Entry entry, String bodyHtml, List<com.leverageglossary.content.Source> sources,
                            List<Area> areas, List<Entry> related, Listing backlinks, List<Calculator> calculators,
                            OnThisPage onThisPage, com.leverageglossary.seo.Citation citation) implements Page {
        public static final Section CALCULATORS = new Section(2, "calculators-heading", "Calculators");
        public static final Section RELATED = new Section(2, "related-heading", "Related entries");
        public static final Section BACKLINKS = new Section(2, "backlinks-heading", "Referenced by");
        public static final Section SOURCES = new Section(2, "sources-heading", "Sources");
        public static final Section CITE = new Section(2, "cite-heading", "Cite this entry");

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

    /**
     * @param presets   the calculator's presets as links; {@code current} marks the one whose values the page shows
     * @param embedCode the iframe snippet that puts this calculator, with these inputs, on another site
     * @param embedUrl  the embed page with these inputs
     */
    public record CalculatorPage(Chrome chrome, CalculatorView view, List<PresetLink> presets, Listing usedIn,
                                 OnThisPage onThisPage, String embedCode, String embedUrl) implements Page {
        public static final String WIDGET_HEADING = "Inputs and results";
        public static final Section PRESETS = new Section(2, "presets-heading", "Presets");
        public static final Section HOW = new Section(2, "how-heading", "How it works");
        public static final Section EMBED = new Section(2, "embed-heading", "Embed this calculator");
        public static final Section USED_IN = new Section(2, "used-heading", "Entries that use this calculator");

        public String template() {
            return "calculator.jte";
        }
    }

    /**
     * A calculator alone, for another site's iframe: no site header or footer, not indexed.
     *
     * @param fullUrl the calculator's own page with the same inputs
     */
    public record EmbedPage(Chrome chrome, CalculatorView view, String fullUrl) implements Page {
        public String template() {
            return "embed.jte";
        }
    }

    /** A calculator preset as a link to the calculator with its values. */
    public record PresetLink(String label, String description, String url, boolean current, Preset.Source source) {
    }

    /** @param faq the sections of the FAQ's questions, in the order of {@code area.faq()}; empty after page 1 */
    public record AreaPage(Chrome chrome, Area area, List<Entry> entries, int entryCount, Paging paging, List<Section> faq,
                           OnThisPage onThisPage) implements Page {
        public static final Section ENTRIES = new Section(2, "entries-heading", "Entries in this area");
        public static final Section FAQ = new Section(2, "faq-heading", "Frequently asked questions");
        public static final Section SOURCES = new Section(2, "sources-heading", "Sources");

        public String template() {
            return "area.jte";
        }
    }

    public record AreaSummary(Area area, int entryCount) {
    }

    public record HomePage(Chrome chrome, List<Calculator> calculators, List<Entry> startHere, List<Entry> mostReferenced,
                           List<AreaSummary> areas, List<Entry> recent, int entryCount) implements Page {
        public String template() {
            return "home.jte";
        }
    }

    /**
     * A letter of the glossary's A–Z navigation: a link to where its entries begin (an anchor on the page shown, or
     * the page it begins on), or none when no title starts with it.
     */
    public record LetterLink(String letter, String url) {
        static LetterLink of(String letter, int firstPage, int shownPage) {
            String anchor = "#" + LetterGroup.anchor(letter);
            return new LetterLink(letter, firstPage == 0 ? null : firstPage == shownPage ? anchor : SiteUrls.glossaryPage(firstPage) + anchor);
        }
    }

    /** The entries of one letter on a glossary page; {@code continued} when the letter began on an earlier page. */
    public record LetterGroup(String letter, List<Entry> entries, boolean continued) {
        public String anchor() {
            return anchor(letter);
        }

        static String anchor(String letter) {
            return "letter-" + (letter.equals(Glossary.OTHER) ? "0" : letter.toLowerCase(java.util.Locale.ROOT));
        }
    }

    public record GlossaryPage(Chrome chrome, List<LetterLink> letters, List<LetterGroup> groups, int entryCount, Paging paging)
            implements Page {
        public String template() {
            return "glossary.jte";
        }
    }

    /** What the service worker shows for a page it has not kept; the browser lists the entries it has. */
    public record OfflinePage(Chrome chrome) implements Page {
        public String template() {
            return "offline.jte";
        }
    }

    public record ErrorPage(Chrome chrome, int status, String heading, String message, List<Entry> suggestions) implements Page {
        public String template() {
            return "error.jte";
        }
    }
}
