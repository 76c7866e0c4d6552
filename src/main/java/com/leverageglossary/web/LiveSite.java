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
    private record Snapshot(Site site, SearchIndex search, Map<String, Responses.Rendered> pages) {
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
        snapshot = new Snapshot(site, search, new ConcurrentHashMap<>());
    }

    /**
     * The page cached under {@code key}, rendered on first use. Keys are canonical paths of pages that
     * exist, so the cache is bounded by the number of pages the content defines.
     */
    Responses.Rendered page(String key, Supplier<Responses.Rendered> render) {
        return snapshot.pages().computeIfAbsent(key, k -> render.get());
    }
}
