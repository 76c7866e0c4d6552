package com.leverageglossary.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The whole loaded content: immutable, built once per load and swapped as one reference. */
public final class Site {
    private final List<Entry> entries;
    private final List<Area> areas;
    private final Map<String, Entry> entriesBySlug = new LinkedHashMap<>();
    private final Map<String, Entry> entriesByName = new LinkedHashMap<>();
    private final Map<String, Area> areasBySlug = new LinkedHashMap<>();
    private final Map<String, List<Entry>> entriesByArea = new LinkedHashMap<>();
    private final Map<String, List<Entry>> backlinks = new LinkedHashMap<>();
    private final List<Entry> recentlyUpdated;
    private final List<List<String>> synonyms;
    private final EntryDocuments documents;

    Site(List<Entry> entries, List<Area> areas, List<List<String>> synonyms, EntryDocuments documents) {
        this.synonyms = List.copyOf(synonyms);
        this.documents = documents;
        Comparator<Entry> byTitle = Comparator.comparing((Entry e) -> e.title().toLowerCase(Locale.ROOT)).thenComparing(Entry::slug);
        this.entries = entries.stream().sorted(byTitle).toList();
        this.areas = areas.stream().sorted(Comparator.comparing((Area a) -> a.title().toLowerCase(Locale.ROOT))).toList();
        for (Entry entry : this.entries) {
            entriesBySlug.put(entry.slug(), entry);
            entriesByName.put(nameKey(entry.slug()), entry);
            entry.aliases().forEach(alias -> entriesByName.putIfAbsent(nameKey(alias), entry));
        }
        for (Area area : this.areas) {
            areasBySlug.put(area.slug(), area);
            entriesByArea.put(area.slug(), new ArrayList<>());
        }
        // Slugs of referrers in title order (entries are walked sorted); a set, as one entry may link twice.
        Map<String, java.util.Set<String>> referrers = new LinkedHashMap<>();
        for (Entry entry : this.entries) {
            entry.areaSlugs().forEach(slug -> entriesByArea.get(slug).add(entry));
            for (String target : entry.linkedSlugs()) {
                if (!target.equals(entry.slug())) {
                    referrers.computeIfAbsent(target, k -> new java.util.LinkedHashSet<>()).add(entry.slug());
                }
            }
        }
        entriesByArea.replaceAll((slug, list) -> List.copyOf(list));
        referrers.forEach((slug, slugs) -> backlinks.put(slug, slugs.stream().map(entriesBySlug::get).toList()));
        this.recentlyUpdated = this.entries.stream()
                .sorted(Comparator.comparing(Entry::updated).reversed().thenComparing(byTitle))
                .toList();
    }

    /**
     * The key under which a slug or alias is looked up: lower case, spaces and underscores as hyphens,
     * so that "Liq Price", "liq_price" and "liq-price" are one name.
     */
    public static String nameKey(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c) || c == '_') {
                gap = true;
            } else {
                if (gap) {
                    key.append('-');
                    gap = false;
                }
                key.append(c);
            }
        }
        return key.toString();
    }

    /** The entry's body, headings and sources, read and rendered from its file now (callers cache the page). */
    public EntryDocument document(Entry entry) {
        return documents.read(entry, this::wikiTarget);
    }

    /** Where {@code [[name]]} leads and the words it shows: the title mid-sentence for a slug, the alias as written. */
    private Optional<com.leverageglossary.markdown.WikiTarget> wikiTarget(String name) {
        return entryNamed(name).map(entry -> new com.leverageglossary.markdown.WikiTarget(entry.url(),
                entry.slug().equals(nameKey(name)) ? com.leverageglossary.markdown.WikiTarget.inlineName(entry.title()) : name.strip()));
    }

    /**
     * Entries that embed a calculator or list it in their front matter: those that embed it first (a reader sees
     * it working there), then the others, each group by title.
     */
    public List<Entry> entriesUsingCalculator(String calculatorId) {
        return entries.stream()
                .filter(e -> e.calculatorIds().contains(calculatorId) || e.embeddedCalculatorIds().contains(calculatorId))
                .sorted(Comparator.comparing((Entry e) -> !e.embeddedCalculatorIds().contains(calculatorId)))
                .toList();
    }

    /** The curated search synonym groups of {@code synonyms.txt}. */
    public List<List<String>> synonyms() {
        return synonyms;
    }

    /** Every entry, sorted by title. */
    public List<Entry> entries() {
        return entries;
    }

    /** Every area, sorted by title. */
    public List<Area> areas() {
        return areas;
    }

    public Optional<Entry> entry(String slug) {
        return Optional.ofNullable(entriesBySlug.get(slug));
    }

    /** The entry whose slug or alias is {@code name}, in any case and spacing. */
    public Optional<Entry> entryNamed(String name) {
        return Optional.ofNullable(entriesByName.get(nameKey(name)));
    }

    public Optional<Area> area(String slug) {
        return Optional.ofNullable(areasBySlug.get(slug));
    }

    /** The area's entries, sorted by title. */
    public List<Entry> entriesOf(Area area) {
        return entriesByArea.getOrDefault(area.slug(), List.of());
    }

    /** Entries whose body links to {@code entry}, sorted by title. */
    public List<Entry> backlinksOf(Entry entry) {
        return backlinks.getOrDefault(entry.slug(), List.of());
    }

    /** The {@code limit} most recently updated entries, newest first. */
    public List<Entry> recentlyUpdated(int limit) {
        return recentlyUpdated.subList(0, Math.min(limit, recentlyUpdated.size()));
    }

    public List<Entry> entriesById(List<String> slugs) {
        return slugs.stream().map(entriesBySlug::get).filter(java.util.Objects::nonNull).toList();
    }
}
