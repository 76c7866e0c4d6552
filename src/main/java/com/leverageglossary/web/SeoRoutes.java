package com.leverageglossary.web;

import com.leverageglossary.seo.AtomFeed;
import com.leverageglossary.seo.LlmsTxt;
import com.leverageglossary.seo.RobotsTxt;
import com.leverageglossary.seo.Sitemap;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** The site-wide files for crawlers and readers: sitemap, robots, Atom feed and llms.txt. */
final class SeoRoutes {
    private final Pages pages;

    SeoRoutes(Pages pages) {
        this.pages = pages;
    }

    void register(ReadOnlyRoutes routes) {
        file(routes, "/sitemap.xml", "application/xml; charset=utf-8",
                () -> Sitemap.xml(pages.site(), pages.calculators().all(), pages.baseUrl()));
        file(routes, "/robots.txt", "text/plain; charset=utf-8", () -> RobotsTxt.text(pages.baseUrl()));
        file(routes, "/feed.xml", "application/atom+xml; charset=utf-8", () -> AtomFeed.xml(pages.site(), pages.baseUrl()));
        file(routes, "/llms.txt", "text/plain; charset=utf-8", () -> LlmsTxt.text(pages.site(), pages.calculators().all(), pages.baseUrl()));
    }

    private void file(ReadOnlyRoutes routes, String path, String contentType, Supplier<String> text) {
        routes.get(path, ctx -> Responses.page(ctx, pages.live().page(path,
                () -> Responses.Rendered.of(contentType, text.get().getBytes(StandardCharsets.UTF_8)))));
    }
}
