package com.leverageglossary.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The A–Z glossary: every entry under the letter its title starts with (A to Z, then "#" for titles that start
 * with anything else), in title order within a letter, cut into pages of {@link #PAGE_SIZE}. Paging keeps the
 * page, and the memory that rendering it takes, the same size at 10,000 entries as at 100.
 */
public final class Glossary {
    /** Entries per page: the real content fits on one page; at 10,000 entries a page is about 100 KB. */
    public static final int PAGE_SIZE = 200;
    /** The group of titles that do not start with a letter A–Z. */
    public static final String OTHER = "#";

    private final List<Entry> ordered;

    private Glossary(List<Entry> ordered) {
        this.ordered = ordered;
    }

    public static Glossary of(Site site) {
        // Site.entries() is in title order already; a stable sort by letter keeps that order within each letter.
        List<Entry> ordered = site.entries().stream().sorted(Comparator.comparingInt(Glossary::letterRank)).toList();
        return new Glossary(ordered);
    }

    /** The number of pages; at least 1, so an empty glossary still has its first page. */
    public static int pageCount(int entryCount) {
        return Math.max(1, (entryCount + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int pageCount() {
        return pageCount(ordered.size());
    }

    public int entryCount() {
        return ordered.size();
    }

    /** The entries of page {@code n} (1-based, within 1..pageCount()). */
    public List<Entry> page(int n) {
        return ordered.subList((n - 1) * PAGE_SIZE, Math.min(ordered.size(), n * PAGE_SIZE));
    }

    /** Every letter A–Z and "#", each with the page its first entry is on, or 0 when no title starts with it. */
    public Map<String, Integer> firstPageOfEachLetter() {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            pages.put(String.valueOf(letter), 0);
        }
        pages.put(OTHER, 0);
        for (int i = 0; i < ordered.size(); i++) {
            pages.merge(letterOf(ordered.get(i)), i / PAGE_SIZE + 1, (first, later) -> first == 0 ? later : first);
        }
        return pages;
    }

    /** The entries of page {@code n} grouped by letter, in glossary order. */
    public Map<String, List<Entry>> lettersOnPage(int n) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry entry : page(n)) {
            groups.computeIfAbsent(letterOf(entry), letter -> new ArrayList<>()).add(entry);
        }
        return groups;
    }

    /** "A" to "Z" for a title that starts with that letter in either case, otherwise "#". */
    public static String letterOf(Entry entry) {
        char first = entry.title().isEmpty() ? '#' : Character.toUpperCase(entry.title().charAt(0));
        return first >= 'A' && first <= 'Z' ? String.valueOf(first) : OTHER;
    }

    private static int letterRank(Entry entry) {
        String letter = letterOf(entry);
        return letter.equals(OTHER) ? 26 : letter.charAt(0) - 'A';
    }
}
