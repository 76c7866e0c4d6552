package com.leverageglossary.web;

import static com.leverageglossary.urls.SiteUrls.withoutTrailingSlash;

import com.leverageglossary.content.Kind;
import com.leverageglossary.urls.SiteUrls;
import io.javalin.http.Handler;

/**
 * Every route of the site, read top to bottom: which address runs which handler. Addresses come from
 * {@link SiteUrls}; each route answers GET and HEAD, and any other method is a 405 ({@link CachedPageHandler}).
 * An address without its trailing slash redirects to the canonical one.
 */
final class RouteTable {
    private RouteTable() {
    }

    static void register(ReadOnlyRoutes routes, Pages pages, ErrorPages errors, Handler health) {
        HomeRoutes home = new HomeRoutes(pages);
        GlossaryRoutes glossary = new GlossaryRoutes(pages, errors);
        EntryRoutes entries = new EntryRoutes(pages, errors);
        AreaRoutes areas = new AreaRoutes(pages, errors);
        CalculatorRoutes calculators = new CalculatorRoutes(pages, errors);
        SearchRoutes search = new SearchRoutes(pages, errors);
        SeoRoutes seo = new SeoRoutes(pages);
        OfflineRoutes offline = new OfflineRoutes(pages);

        routes.get(SiteUrls.HEALTH, health);
        routes.get(SiteUrls.HOME, home::home);
        routes.get(SiteUrls.GLOSSARY, glossary::firstPage);
        for (String toFirstPage : new String[] {withoutTrailingSlash(SiteUrls.GLOSSARY), SiteUrls.GLOSSARY_PAGES, withoutTrailingSlash(SiteUrls.GLOSSARY_PAGES)}) {
            routes.get(toFirstPage, ctx -> Responses.redirect(ctx, SiteUrls.GLOSSARY));
        }
        routes.get(SiteUrls.glossaryPagePattern("{n}"), ctx -> glossary.pageNumber(ctx, true));
        routes.get(withoutTrailingSlash(SiteUrls.glossaryPagePattern("{n}")), ctx -> glossary.pageNumber(ctx, false));

        for (Kind kind : Kind.values()) {
            String entry = kind.url("{slug}");
            routes.get(entry, ctx -> entries.page(ctx, kind, ctx.pathParam("slug")));
            // Also the Markdown twin, {slug}.md.
            routes.get(withoutTrailingSlash(entry), ctx -> entries.twinOrRedirect(ctx, kind, ctx.pathParam("slug")));
        }

        routes.get(SiteUrls.entryApi("{slug}"), ctx -> entries.api(ctx, ctx.pathParam("slug")));

        String area = SiteUrls.area("{slug}");
        String laterPages = SiteUrls.areaPages("{slug}");
        String laterPage = SiteUrls.areaPagePattern("{slug}", "{n}");
        routes.get(area, ctx -> areas.page(ctx, ctx.pathParam("slug"), 1));
        for (String toFirstPage : new String[] {withoutTrailingSlash(area), laterPages, withoutTrailingSlash(laterPages)}) {
            routes.get(toFirstPage, ctx -> areas.redirect(ctx, ctx.pathParam("slug"), 1));
        }
        routes.get(laterPage, ctx -> areas.pageNumber(ctx, true));
        routes.get(withoutTrailingSlash(laterPage), ctx -> areas.pageNumber(ctx, false));

        routes.get(SiteUrls.CALCULATORS, calculators::index);
        routes.get(withoutTrailingSlash(SiteUrls.CALCULATORS), ctx -> Responses.redirect(ctx, SiteUrls.CALCULATORS));
        routes.get(SiteUrls.calculator("{id}"), calculators::page);
        routes.get(withoutTrailingSlash(SiteUrls.calculator("{id}")), calculators::toPage);
        // Before the JSON route, which would otherwise take "{id}.csv" for an id: Javalin runs the first match.
        routes.get(SiteUrls.calculatorCsv("{id}"), calculators::csv);
        routes.get(SiteUrls.calculatorApi("{id}"), calculators::api);
        routes.get(SiteUrls.calculatorEmbed("{id}"), calculators::embed);
        routes.get(withoutTrailingSlash(SiteUrls.calculatorEmbed("{id}")), calculators::toEmbed);
        routes.get(SiteUrls.CALCULATORS_API, calculators::catalog);
        routes.get(SiteUrls.OPENAPI, calculators::openApi);

        routes.get(SiteUrls.SEARCH, search::page);
        routes.get(SiteUrls.SEARCH + "/", ctx -> Responses.redirectWithQuery(ctx, SiteUrls.SEARCH));
        routes.get(SiteUrls.SEARCH_API, search::api);
        routes.get(SiteUrls.SUGGEST_API, search::suggest);

        routes.get(SiteUrls.SITEMAP, seo::sitemap);
        routes.get(SiteUrls.ROBOTS, seo::robots);
        routes.get(SiteUrls.FEED, seo::feed);
        routes.get(SiteUrls.LLMS, seo::llms);

        routes.get(SiteUrls.MANIFEST, offline::manifest);
        routes.get(SiteUrls.SERVICE_WORKER, offline::serviceWorker);
        routes.get(SiteUrls.OFFLINE, offline::offlinePage);
        routes.get(withoutTrailingSlash(SiteUrls.OFFLINE), ctx -> Responses.redirect(ctx, SiteUrls.OFFLINE));

        routes.get(Assets.PREFIX + "<path>", new StaticRoutes(pages.assets(), errors)::asset);
    }
}
