package com.leverageglossary.web;

import com.leverageglossary.urls.SiteUrls;

import com.leverageglossary.content.Entry;
import com.leverageglossary.seo.JsonLd;
import io.javalin.http.Context;
import java.util.List;

/** The home page. */
final class HomeRoutes {
    static final int RECENT_ENTRIES = 5;
    static final int MOST_REFERENCED = 8;
    /**
     * The newcomer's path, in reading order: what leverage is, what the exchange holds against it, where it ends,
     * which price decides that, what holding it costs, and the same ideas in DeFi lending. Declared here, once;
     * entries missing from the content being served are left out ({@code StartHerePathTest} checks the real content
     * has them all).
     */
    static final List<String> START_HERE = List.of("leverage-ratio", "initial-margin", "maintenance-margin", "liquidation-price",
            "mark-price", "funding-rate", "health-factor", "leverage-loops");
    private final Pages pages;

    HomeRoutes(Pages pages) {
        this.pages = pages;
    }

    void home(Context ctx) {
        Responses.page(ctx, pages.live().page(SiteUrls.HOME, () -> pages.html(home())));
    }

    private PageModels.HomePage home() {
        var site = pages.site();
        Chrome chrome = pages.chrome(Pages.SITE_NAME + " — leverage in crypto derivatives, options and DeFi lending",
                "Plain definitions and working calculators for leverage, margin, liquidation, option Greeks and DeFi lending loops.",
                "/", List.of()).withJsonLd(JsonLd.script(List.of(JsonLd.webSite(pages.baseUrl()))));
        List<PageModels.AreaSummary> areas = site.areas().stream()
                .map(area -> new PageModels.AreaSummary(area, site.entriesOf(area).size())).toList();
        return new PageModels.HomePage(chrome, pages.calculators().all(), site.entriesById(START_HERE), mostReferenced(),
                areas, site.recentlyUpdated(RECENT_ENTRIES), site.entries().size());
    }

    /**
     * "Most-read" without analytics: the entries the rest of the glossary links to most. Authors link to an entry
     * when a reader needs it to follow another one, so these are the pages a reader meets most often.
     */
    private List<Entry> mostReferenced() {
        var site = pages.site();
        return site.entries().stream()
                .filter(entry -> !site.backlinksOf(entry).isEmpty())
                .sorted(java.util.Comparator.comparingInt((Entry entry) -> -site.backlinksOf(entry).size()).thenComparing(Entry::title))
                .limit(MOST_REFERENCED).toList();
    }
}
