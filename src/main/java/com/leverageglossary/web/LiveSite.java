package com.leverageglossary.web;

import com.leverageglossary.content.Site;
import com.leverageglossary.search.SearchIndex;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The site being served, its search index and the pages rendered from it. All three are replaced
 * together as one reference, so a reload never serves a page or a result from older content.
 */
final class LiveSite {
    /** Answers computed from a URL's query (search, calculators): the most recently used are kept. */
    static final int MAX_ANSWERS = 4096;

    private record Snapshot(Site site, SearchIndex search, Map<String, Responses.Rendered> pages, Map<String, Answer> answers) {
    }

    private volatile Snapshot snapshot;

    LiveSite(Site site, SearchIndex search) {
        replace(site, search);
    }

    Site site() {
        return snapshot.site();
    }

    SearchIndex search() {
        return snapshot.search();
    }

    void replace(Site site, SearchIndex search) {
        snapshot = new Snapshot(site, search, new ConcurrentHashMap<>(), java.util.Collections.synchronizedMap(
                new java.util.LinkedHashMap<>(256, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                        return size() > MAX_ANSWERS;
                    }
                }));
    }

    /**
     * The page cached under {@code key}, rendered on first use. Keys are canonical paths of pages that
     * exist, so the cache is bounded by the number of pages the content defines.
     */
    /**
     * The answer cached under {@code key} (a path with its query string), computed on a miss. Bounded to the
     * {@link #MAX_ANSWERS} most recently used, so arbitrary query strings cannot grow memory.
     */
    Answer answer(String key, Supplier<Answer> compute) {
        Map<String, Answer> answers = snapshot.answers();
        Answer answer = answers.get(key);
        if (answer == null) {
            answer = compute.get();
            answers.put(key, answer);
        }
        return answer;
    }

    /** The page already rendered under {@code key}, or null; never renders. */
    Responses.Rendered renderedPage(String key) {
        return snapshot.pages().get(key);
    }

    Responses.Rendered page(String key, Supplier<Responses.Rendered> render) {
        return snapshot.pages().computeIfAbsent(key, k -> render.get());
    }
}
