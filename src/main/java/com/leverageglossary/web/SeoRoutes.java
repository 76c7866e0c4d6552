package com.leverageglossary.web;

import io.javalin.http.Context;

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

    void sitemap(Context ctx) {
        file(ctx, "application/xml; charset=utf-8", () -> Sitemap.xml(pages.site(), pages.calculators().all(), pages.baseUrl()));
    }

    void robots(Context ctx) {
        file(ctx, "text/plain; charset=utf-8", () -> RobotsTxt.text(pages.baseUrl()));
    }

    void feed(Context ctx) {
        file(ctx, "application/atom+xml; charset=utf-8", () -> AtomFeed.xml(pages.site(), pages.baseUrl()));
    }

    void llms(Context ctx) {
        file(ctx, "text/plain; charset=utf-8", () -> LlmsTxt.text(pages.site(), pages.calculators().all(), pages.baseUrl()));
    }

    /** A text file made from the site once and kept with the rendered pages, under its own path. */
    private void file(Context ctx, String contentType, Supplier<String> text) {
        Responses.page(ctx, pages.live().page(ctx.path(),
                () -> Responses.Rendered.of(contentType, text.get().getBytes(StandardCharsets.UTF_8))));
    }
}
