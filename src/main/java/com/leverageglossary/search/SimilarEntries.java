package com.leverageglossary.search;

import com.leverageglossary.content.Entry;
import com.leverageglossary.content.Site;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.search.spell.LevenshteinDistance;

/** Entries whose slug or alias is spelled like a requested name, for "did you mean" on 404 pages. */
public final class SimilarEntries {
    /** Lucene's normalised edit similarity, 1 for equal strings; below this a match is noise. */
    private static final float MIN_SIMILARITY = 0.6f;
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

    private SimilarEntries() {
    }

    public static List<Entry> to(Site site, String requested, int limit) {
        String wanted = Site.nameKey(requested);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return site.entries().stream()
                .map(entry -> new Scored(entry, bestSimilarity(entry, wanted)))
                .filter(scored -> scored.similarity() >= MIN_SIMILARITY)
                .sorted(Comparator.comparing(Scored::similarity, Comparator.reverseOrder())
                        .thenComparing(scored -> scored.entry().title()))
                .limit(limit)
                .map(Scored::entry)
                .toList();
    }

    private record Scored(Entry entry, float similarity) {
    }

    private static float bestSimilarity(Entry entry, String wanted) {
        return Stream.concat(Stream.of(entry.slug()), entry.aliases().stream().map(Site::nameKey))
                .map(name -> DISTANCE.getDistance(name, wanted))
                .max(Float::compare)
                .orElse(0f);
    }
}
