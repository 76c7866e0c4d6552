package com.leverageglossary.web;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.content.Area;
import com.leverageglossary.content.Entry;
import java.util.List;

/** The typed models that the JTE templates render, one per page type. */
public final class PageModels {
    private PageModels() {
    }

    public record EntryPage(Chrome chrome, Entry entry, List<BodyBlock> body, List<Area> areas, List<Entry> related,
                            List<Entry> backlinks, List<Calculator> calculators) {
    }

    /** A piece of an entry's body: our rendered Markdown, or a calculator widget (exactly one is set). */
    public record BodyBlock(String html, CalculatorView calculator) {
    }

    public record CalculatorIndexPage(Chrome chrome, List<Calculator> calculators) {
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
