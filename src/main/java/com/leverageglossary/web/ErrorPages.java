package com.leverageglossary.web;

import com.leverageglossary.content.Entry;
import com.leverageglossary.search.SimilarEntries;
import io.javalin.http.Context;
import java.util.List;

/** The 404 page with spelling suggestions, and the error page that never shows internals. */
final class ErrorPages {
    private static final int SUGGESTIONS = 5;
    private static final String RENDERED = "error-page-rendered";
    private final Pages pages;

    ErrorPages(Pages pages) {
        this.pages = pages;
    }

    void notFound(Context ctx) {
        List<Entry> suggestions = SimilarEntries.to(pages.site(), lastSegment(ctx.path()), SUGGESTIONS);
        send(ctx, 404, new PageModels.ErrorPage(chrome("Page not found"), 404, "Page not found",
                "There is no page at this address. It may have moved, or the link may have a typo.", suggestions));
    }

    /** Only GET and HEAD are served; anything else is told so, with the methods that are. */
    void methodNotAllowed(Context ctx) {
        ctx.header("Allow", "GET, HEAD");
        send(ctx, 405, new PageModels.ErrorPage(chrome("Method not allowed"), 405, "Method not allowed",
                "This site only answers GET and HEAD requests.", List.of()));
    }

    void serverError(Context ctx) {
        send(ctx, 500, new PageModels.ErrorPage(chrome("Something went wrong"), 500, "Something went wrong",
                "The page could not be shown because of an error on our side. It has been logged; please try again later.",
                List.of()));
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
        ctx.result(pages.html("error.jte", model).body());
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
