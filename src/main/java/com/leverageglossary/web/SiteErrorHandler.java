package com.leverageglossary.web;

import com.leverageglossary.urls.SiteUrls;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Every error Jetty answers by itself, before a route sees the request (a malformed path, a missing Host,
 * a URI or headers over the limit, an unknown HTTP version, an unknown method), answered with the site's
 * own error page, or JSON under {@code /api/}, with the security headers and UTF-8.
 */
final class SiteErrorHandler extends ErrorHandler {
    private final ErrorPages errors;

    SiteErrorHandler(ErrorPages errors) {
        this.errors = errors;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        send(request, response, callback, status);
        return true;
    }

    /** Writes the error answer for {@code status}; also used by {@link CachedPageHandler} for methods other than GET and HEAD. */
    void send(Request request, Response response, Callback callback, int status) {
        Responses.Rendered page = errors.fixed(status, isApi(request));
        var headers = response.getHeaders();
        SecurityHeaders.HEADERS.forEach(headers::put);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(HttpHeader.CONTENT_TYPE, page.contentType());
        if (status == 405) {
            headers.put(HttpHeader.ALLOW, ErrorPages.ALLOWED_METHODS);
        }
        headers.put(HttpHeader.CONTENT_LENGTH, page.body().length);
        response.setStatus(status);
        response.write(true, "HEAD".equals(request.getMethod()) ? null : ByteBuffer.wrap(page.body()), callback);
    }

    private static boolean isApi(Request request) {
        try {
            String path = request.getHttpURI().getPath();
            return SiteUrls.isApi(path);
        } catch (RuntimeException e) {
            // A request Jetty could not parse has no trustworthy path: answer in HTML.
            return false;
        }
    }
}
