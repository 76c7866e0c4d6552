package com.leverageglossary.web;

import com.leverageglossary.urls.SiteUrls;

import com.leverageglossary.content.Entry;
import com.leverageglossary.search.SimilarEntries;
import io.javalin.http.Context;
import java.util.List;

/** The 404 page with spelling suggestions, and the error page that never shows internals. */
final class ErrorPages {
    private static final int SUGGESTIONS = 5;
    private static final String RENDERED = "error-page-rendered";
    static final String ALLOWED_METHODS = "GET, HEAD";
    private final Pages pages;
    /** The fixed error answers, rendered once per status and format (a handful at most). */
    private final java.util.Map<String, Responses.Rendered> fixed = new java.util.concurrent.ConcurrentHashMap<>();

    ErrorPages(Pages pages) {
        this.pages = pages;
    }

    void notFound(Context ctx) {
        if (SiteUrls.isApi(ctx.path())) {
            JsonResponses.answer(404, java.util.Map.of("errors", List.of(JsonResponses.error("path",
                    "There is no API at this address; see /calculators/ and the search box for what exists."))), null).send(ctx);
            return;
        }
        List<Entry> suggestions = SimilarEntries.to(pages.site(), lastSegment(ctx.path()), SUGGESTIONS);
        send(ctx, 404, new PageModels.ErrorPage(chrome("Page not found"), 404, "Page not found",
                "There is no page at this address. It may have moved, or the link may have a typo.", suggestions));
    }

    /** 503 while the content loads or the search index is built at start-up. */
    void starting(Context ctx) {
        sendFixed(ctx, 503);
    }

    void serverError(Context ctx) {
        sendFixed(ctx, 500);
    }

    private void sendFixed(Context ctx, int status) {
        answered(ctx);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(Responses.HTML);
        ctx.result(fixed(status, false).body());
    }

    /**
     * The error answer for a status that needs no details of the request: HTML, or JSON in the APIs'
     * error shape. Nothing from the request is shown, so one rendering serves every request.
     */
    Responses.Rendered fixed(int status, boolean json) {
        return fixed.computeIfAbsent(status + (json ? "json" : "html"), key -> {
            String[] text = text(status);
            return json
                    ? JsonResponses.answer(status, java.util.Map.of("errors", List.of(JsonResponses.error("request", text[1]))), null).rendered()
                    : pages.html(new PageModels.ErrorPage(chrome(text[0]), status, text[0], text[1], List.of()));
        });
    }

    /** Heading and explanation for each status the server can answer with by itself. */
    private static String[] text(int status) {
        return switch (status) {
            case 400 -> new String[] {"Bad request", "The address or the headers of this request are malformed, so it cannot be answered."};
            case 405 -> new String[] {"Method not allowed", "This site only answers GET and HEAD requests."};
            case 414 -> new String[] {"Address too long", "This address is longer than the 8 KB the site accepts. Lists in calculator inputs take at most 1,000 items; shorten the list."};
            case 431 -> new String[] {"Request headers too large", "The headers of this request are larger than the 8 KB the site accepts."};
            case 500 -> new String[] {"Something went wrong", "The page could not be shown because of an error on our side. It has been logged; please try again later."};
            case 503 -> new String[] {"Starting up", "The site has just started and is still reading its content or preparing search. Please try again in a few seconds."};
            case 505 -> new String[] {"HTTP version not supported", "This site speaks HTTP/1.0 and HTTP/1.1."};
            default -> status < 500
                    ? new String[] {"Request not served", "This request cannot be answered as it was sent."}
                    : new String[] {"Service unavailable", "The site cannot answer right now; please try again shortly."};
        };
    }

    private Chrome chrome(String title) {
        return pages.noindexChrome(title + " — " + Pages.SITE_NAME, title, "/", List.of(Pages.HOME, new Crumb(title, null)));
    }

    /** True when a handler already answered with an error page, so the fallback must not replace it. */
    static boolean rendered(Context ctx) {
        return ctx.attribute(RENDERED) != null;
    }

    /** Marks an error status as fully answered by its handler (e.g. a JSON 404), so no error page replaces it. */
    static void answered(Context ctx) {
        ctx.attribute(RENDERED, Boolean.TRUE);
    }

    private void send(Context ctx, int status, PageModels.ErrorPage model) {
        answered(ctx);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(Responses.HTML);
        ctx.result(pages.html(model).body());
    }

    /** The last meaningful path segment, e.g. {@code leverge-loops} of {@code /term/leverge-loops/}. */
    private static String lastSegment(String path) {
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = segments[i].replaceFirst("\\.md$", "");
            if (!segment.isBlank()) {
                return segment.length() > 100 ? segment.substring(0, 100) : segment;
            }
        }
        return "";
    }
}
