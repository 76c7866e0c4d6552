package com.leverageglossary.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Query-time synonyms: groups of equivalent phrases from every entry's aliases and the curated list in
 * {@code content/synonyms.txt} (read by the content loader). A query is
 * searched as written and with each group member it contains replaced by the group's first member.
 */
final class Synonyms {
    private static final int MAX_VARIANTS = 4;
    private final List<List<String>> groups;

    Synonyms(List<List<String>> groups) {
        this.groups = groups.stream().map(g -> g.stream().map(Synonyms::words).filter(w -> !w.isBlank()).distinct().toList())
                .filter(g -> g.size() > 1).toList();
    }

    /** Lower case, punctuation as spaces: the form phrases are compared in. */
    static String words(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    /** The query as written first, then its rewrites with canonical phrases. */
    List<String> variants(String query) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(query);
        String padded = words(query);
        for (List<String> group : groups) {
            for (String member : group.subList(1, group.size())) {
                if (padded.contains(member) && !padded.contains(group.get(0)) && variants.size() < MAX_VARIANTS) {
                    variants.add(padded.replace(member, group.get(0)).strip());
                }
            }
        }
        return List.copyOf(variants);
    }
}
