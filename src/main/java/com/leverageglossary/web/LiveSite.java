package com.leverageglossary.web;

import com.leverageglossary.content.Site;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The site being served and the pages rendered from it. Both are replaced together as one
 * reference, so a reload never serves a page rendered from older content.
 */
final class LiveSite {
    private record Snapshot(Site site, Map<String, Responses.Rendered> pages) {
    }

    private volatile Snapshot snapshot;

    LiveSite(Site site) {
        replace(site);
    }

    Site site() {
        return snapshot.site();
    }

    void replace(Site site) {
        snapshot = new Snapshot(site, new ConcurrentHashMap<>());
    }

    /**
     * The page cached under {@code key}, rendered on first use. Keys are canonical paths of pages that
     * exist, so the cache is bounded by the number of pages the content defines.
     */
    Responses.Rendered page(String key, Supplier<Responses.Rendered> render) {
        return snapshot.pages().computeIfAbsent(key, k -> render.get());
    }
}
