package com.leverageglossary.web;

import com.leverageglossary.urls.SiteUrls;

import com.leverageglossary.content.Area;
import com.leverageglossary.search.SearchHit;
import com.leverageglossary.search.SearchIndex;
import com.leverageglossary.search.SearchResults;
import com.leverageglossary.search.Suggestion;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /search} (the results page), {@code /api/search} and {@code /api/suggest}. */
final class SearchRoutes {
    static final int PAGE_SIZE = 10;
    private static final int MAX_PAGE = 100;
    private static final int DEFAULT_API_LIMIT = 10;
    private static final int MAX_API_LIMIT = 50;
    private static final int SUGGESTIONS = 8;
    private static final List<String> KINDS = List.of("term", "definition", "calculator");
    private final Pages pages;
    private final ErrorPages errors;

    SearchRoutes(Pages pages, ErrorPages errors) {
        this.pages = pages;
        this.errors = errors;
    }

    /** Filters and page number, checked; a bad one is the user's mistake and answers 400. */
    private record Request(String query, String area, String kind, int page, String problemField, String problem) {
    }

    private Request request(Context ctx) {
        String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        String area = blankToNull(ctx.queryParam("area"));
        String kind = blankToNull(ctx.queryParam("kind"));
        String pageText = blankToNull(ctx.queryParam("page"));
        int page = 1;
        String field = null;
        String problem = null;
        if (area != null && pages.site().area(area).isEmpty()) {
            field = "area";
            problem = "There is no area with that name.";
        } else if (kind != null && !KINDS.contains(kind)) {
            field = "kind";
            problem = "Kind must be one of: " + String.join(", ", KINDS) + ".";
        } else if (pageText != null) {
            page = pageText.matches("\\d{1,3}") ? Integer.parseInt(pageText) : 0;
            if (page < 1 || page > MAX_PAGE) {
                field = "page";
                problem = "Page must be a whole number from 1 to " + MAX_PAGE + ".";
            }
        }
        return new Request(query, problem == null ? area : null, problem == null ? kind : null, Math.max(page, 1), field, problem);
    }

    /** Until the start-up index is built, search says so and asks to be retried; the answer is never cached. */
    private boolean starting(Context ctx, boolean json) {
        if (pages.live().search().isPresent()) {
            return false;
        }
        ctx.header("Retry-After", "2");
        if (json) {
            JsonResponses.answer(503, Map.of("errors", List.of(JsonResponses.error("q",
                    "Search is starting and will answer in a few seconds; try again."))), null).send(ctx);
        } else {
            errors.starting(ctx);
        }
        return true;
    }

    void page(Context ctx) {
        if (starting(ctx, false)) {
            return;
        }
        Request request = request(ctx);
        pages.live().answer(key(ctx, request, null), () -> pageAnswer(request)).send(ctx);
    }

    /**
     * Cache key: what the answer depends on, the query as search reads it (cleaned, cut) and the checked
     * filters, so tracking parameters or padding never make a new entry.
     */
    private static String key(Context ctx, Request request, String limit) {
        return ctx.path() + "\n" + SearchIndex.cleanQuery(request.query()) + "\n" + request.area() + "\n" + request.kind()
                + "\n" + request.page() + "\n" + request.problemField() + "\n" + limit;
    }

    private Answer pageAnswer(Request request) {
        SearchResults results = pages.live().search().orElseThrow().search(request.query(), request.area(), request.kind(),
                (request.page() - 1) * PAGE_SIZE, PAGE_SIZE);
        int pageCount = Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        String title = results.query().isEmpty() ? "Search" : "Search: " + results.query();
        Chrome chrome = pages.noindexChrome(title + " — " + Pages.SITE_NAME, "Search the Leverage Glossary.", SiteUrls.SEARCH,
                List.of(Pages.HOME, new Crumb("Search", null)), results.query());
        List<PageModels.FilterLink> kinds = new ArrayList<>();
        results.kindCounts().forEach((kind, count) -> kinds.add(new PageModels.FilterLink(SearchHit.kindLabel(kind),
                url(results.query(), request.area(), kind.equals(request.kind()) ? null : kind, 1), count, kind.equals(request.kind()))));
        List<PageModels.FilterLink> areas = new ArrayList<>();
        results.areaCounts().forEach((slug, count) -> areas.add(new PageModels.FilterLink(
                pages.site().area(slug).map(Area::title).orElse(slug),
                url(results.query(), slug.equals(request.area()) ? null : slug, request.kind(), 1), count, slug.equals(request.area()))));
        boolean filtered = request.area() != null || request.kind() != null;
        PageModels.Paging paging = new PageModels.Paging(request.page(), pageCount,
                request.page() > 1 ? url(results.query(), request.area(), request.kind(), request.page() - 1) : null,
                request.page() < pageCount ? url(results.query(), request.area(), request.kind(), request.page() + 1) : null);
        PageModels.Filters filters = new PageModels.Filters(kinds, areas, filtered ? url(results.query(), null, null, 1) : null);
        PageModels.SearchPage model = new PageModels.SearchPage(chrome, results.query(), request.problem(), results, paging, filters,
                results.didYouMean() == null ? null : url(results.didYouMean(), null, null, 1),
                results.total() == 0 ? pages.site().recentlyUpdated(6) : List.of());
        return new Answer(request.problem() == null ? 200 : 400, pages.html(model), "no-store");
    }

    void api(Context ctx) {
        if (starting(ctx, true)) {
            return;
        }
        Request request = request(ctx);
        String limit = blankToNull(ctx.queryParam("limit"));
        pages.live().answer(key(ctx, request, limit), () -> apiAnswer(request, limit)).send(ctx);
    }

    private Answer apiAnswer(Request request, String limitText) {
        int limit = DEFAULT_API_LIMIT;
        if (limitText != null) {
            limit = limitText.matches("\\d{1,3}") ? Integer.parseInt(limitText) : 0;
            if (limit < 1 || limit > MAX_API_LIMIT) {
                return JsonResponses.answer(400, Map.of("errors", List.of(JsonResponses.error("limit", "must be a whole number from 1 to " + MAX_API_LIMIT))), null);
            }
        }
        if (request.problem() != null) {
            return JsonResponses.answer(400, Map.of("errors", List.of(JsonResponses.error(request.problemField(), request.problem()))), null);
        }
        SearchResults results = pages.live().search().orElseThrow().search(request.query(), request.area(), request.kind(),
                (request.page() - 1) * limit, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", results.query());
        body.put("total", results.total());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit hit : results.hits()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", hit.title());
            item.put("url", hit.url());
            item.put("kind", hit.kind());
            item.put("areas", hit.areaSlugs());
            item.put("snippet", hit.snippetHtml());
            hits.add(item);
        }
        body.put("results", hits);
        body.put("did_you_mean", results.didYouMean());
        return JsonResponses.answer(200, body, "no-store");
    }

    void suggest(Context ctx) {
        if (starting(ctx, true)) {
            return;
        }
        String query = SearchIndex.cleanQuery(ctx.queryParam("q"));
        pages.live().answer(ctx.path() + "\n" + query, () -> suggestAnswer(query)).send(ctx);
    }

    private Answer suggestAnswer(String query) {
        List<Map<String, Object>> suggestions = new ArrayList<>();
        for (Suggestion s : pages.live().search().orElseThrow().suggest(query, SUGGESTIONS)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", s.title());
            item.put("url", s.url());
            item.put("kind", s.kind());
            suggestions.add(item);
        }
        return JsonResponses.answer(200, Map.of("suggestions", suggestions), "public, max-age=300");
    }

    static String url(String query, String area, String kind, int page) {
        StringBuilder url = new StringBuilder(SiteUrls.SEARCH).append("?q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        if (area != null) {
            url.append("&area=").append(area);
        }
        if (kind != null) {
            url.append("&kind=").append(kind);
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }


}
