package com.leverageglossary.web;

import com.leverageglossary.content.Site;
import com.leverageglossary.search.SearchIndex;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The site being served, its search index and the answers rendered from it. All are replaced together as
 * one reference, so a reload never serves a page or a result from older content. Both caches are bounded
 * by bytes as a fraction of the heap, so no mix of requests can exhaust memory.
 */
final class LiveSite {
    /** Rendered pages of the content (entries, areas, calculators' own pages): a sixth of the heap. */
    static final long PAGE_BUDGET_BYTES = Runtime.getRuntime().maxMemory() / 6;
    /** Answers computed from a query (search, suggest, calculator forms and API): a twentieth of the heap. */
    static final long ANSWER_BUDGET_BYTES = Runtime.getRuntime().maxMemory() / 20;
    /** Larger answers (a CPPI path of 1,000 returns, say) are computed for each request and not kept. */
    static final int MAX_CACHED_ANSWER_BYTES = 64 * 1024;
    /**
     * A page larger than a quarter of the page budget is not kept either. No entry page comes near it; the
     * site-wide files do grow with the content (at 10,000 entries the sitemap is 1.2 MB and llms.txt 2.3 MB), and
     * they are kept, so that they are not made again for every crawler that asks.
     */
    static final long MAX_CACHED_PAGE_BYTES = PAGE_BUDGET_BYTES / 4;

    /** Pages and answers computed at once, across both caches (see ByteBoundedCache): twice the cores. */
    static final int COMPUTE_PERMITS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    /** Shared by every snapshot's caches, so a reload does not add permits. */
    private final Semaphore computePermits = new Semaphore(COMPUTE_PERMITS, true);

    private record Snapshot(Site site, SearchIndex search, ByteBoundedCache<Responses.Rendered> pages, ByteBoundedCache<Answer> answers) {
    }

    /** Null until the content is loaded: the server listens while it loads, answering 503 (see {@link CachedPageHandler}). */
    private volatile Snapshot snapshot;

    LiveSite() {
    }

    /** True once content is installed; before that no route may run. */
    boolean loaded() {
        return snapshot != null;
    }

    Site site() {
        return snapshot.site();
    }

    /** The search index, once built: at start-up it is built after the site begins serving pages. */
    Optional<SearchIndex> search() {
        return Optional.ofNullable(snapshot.search());
    }

    /** Installs the index built for {@code site}, unless newer content has replaced that site meanwhile. */
    synchronized void searchReady(Site site, SearchIndex search) {
        Snapshot current = snapshot;
        if (current.site() == site && current.search() == null) {
            snapshot = new Snapshot(site, search, current.pages(), current.answers());
        } else {
            search.close();
        }
    }

    /** How long a replaced index stays open for searches that started on it. */
    private static final long RETIRED_INDEX_CLOSE_SECONDS = 30;

    synchronized void replace(Site site, SearchIndex search) {
        Snapshot previous = snapshot;
        if (previous != null && previous.search() != null) {
            CompletableFuture.runAsync(previous.search()::close,
                    CompletableFuture.delayedExecutor(RETIRED_INDEX_CLOSE_SECONDS, TimeUnit.SECONDS));
        }
        snapshot = new Snapshot(site, search,
                new ByteBoundedCache<>(PAGE_BUDGET_BYTES, MAX_CACHED_PAGE_BYTES, Responses.Rendered::bytes, computePermits),
                new ByteBoundedCache<>(ANSWER_BUDGET_BYTES, MAX_CACHED_ANSWER_BYTES, Answer::bytes, computePermits));
    }

    /**
     * The answer cached under {@code key}, computed on a miss. The key must name the answer canonically
     * (only the parameters that change it, in a fixed order), so that noise in a URL cannot multiply entries.
     */
    Answer answer(String key, Supplier<Answer> compute) {
        return snapshot.answers().get(key, compute);
    }

    /** The page already rendered under {@code key}, or null; never renders. */
    Responses.Rendered renderedPage(String key) {
        return snapshot.pages().peek(key);
    }

    /** The page under {@code key} (a canonical path), rendered on first use. */
    Responses.Rendered page(String key, Supplier<Responses.Rendered> render) {
        return snapshot.pages().get(key, render);
    }
}
