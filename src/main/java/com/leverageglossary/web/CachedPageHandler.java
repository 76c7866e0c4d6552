package com.leverageglossary.web;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The fast path for pages already rendered and for static files: a Jetty handler in front of Javalin
 * that answers a plain GET or HEAD of a cached path straight from memory, with exactly the headers the
 * routes send (see {@link Responses#send}). Everything else, including the first request for a page,
 * goes on to Javalin.
 */
final class CachedPageHandler extends Handler.Wrapper {
    private static final String PAGE_CACHE_CONTROL = "no-cache";
    private static final String ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";
    private final LiveSite live;
    private final Assets assets;
    private final AccessLog accessLog;
    private final AtomicInteger inFlight;
    private final SiteErrorHandler errors;

    CachedPageHandler(LiveSite live, Assets assets, AccessLog accessLog, AtomicInteger inFlight, SiteErrorHandler errors) {
        this.live = live;
        this.assets = assets;
        this.accessLog = accessLog;
        this.inFlight = inFlight;
        this.errors = errors;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        try {
            return answer(request, response, callback);
        } catch (OutOfMemoryError e) {
            OutOfMemoryExit.halt();
            throw e;
        }
    }

    private boolean answer(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            // Any other token, "POST" or "get" or "M-SEARCH", is refused here: Javalin would fail on unknown ones.
            errors.send(request, response, callback, 405);
            accessLog.record(method, Request.getPathInContext(request), 405, "-", 0f);
            return true;
        }
        String path = Request.getPathInContext(request);
        if (!live.loaded() && !path.startsWith(Assets.PREFIX)) {
            // The server listens while the content loads; a proxy or browser is told to come back shortly.
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "2");
            errors.send(request, response, callback, 503);
            accessLog.record(method, path, 503, "-", 0f);
            return true;
        }
        if (request.getHttpURI().getQuery() != null) {
            return super.handle(request, response, callback);
        }
        Responses.Rendered page = live.loaded() ? live.renderedPage(path) : null;
        String cacheControl = PAGE_CACHE_CONTROL;
        if (page == null && path.startsWith(Assets.PREFIX)) {
            page = assets.byUrl(path).orElse(null);
            cacheControl = ASSET_CACHE_CONTROL;
        }
        if (page == null) {
            return super.handle(request, response, callback);
        }
        inFlight.incrementAndGet();
        try {
            send(request, response, callback, page, cacheControl, head);
        } finally {
            inFlight.decrementAndGet();
        }
        return true;
    }

    private void send(Request request, Response response, Callback callback, Responses.Rendered page, String cacheControl, boolean head) {
        long started = System.nanoTime();
        var headers = response.getHeaders();
        SecurityHeaders.forPath(Request.getPathInContext(request)).forEach(headers::put);
        Responses.Reply reply = Responses.Reply.of(page, cacheControl, request.getHeaders().get(HttpHeader.ACCEPT_ENCODING),
                request.getHeaders().get(HttpHeader.IF_NONE_MATCH));
        reply.forEachHeader(headers::put);
        String path = Request.getPathInContext(request);
        if (reply.notModified()) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            callback.succeeded();
            accessLog.record(request.getMethod(), path, HttpStatus.NOT_MODIFIED_304, "0", (System.nanoTime() - started) / 1e6f);
            return;
        }
        response.setStatus(HttpStatus.OK_200);
        headers.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        response.write(true, head ? null : ByteBuffer.wrap(reply.body()), callback);
        accessLog.record(request.getMethod(), path, HttpStatus.OK_200, String.valueOf(reply.body().length), (System.nanoTime() - started) / 1e6f);
    }
}
