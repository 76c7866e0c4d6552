package com.leverageglossary.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** How a rendered body is sent: with a strong ETag, answering 304 when the client already has it. */
final class Responses {
    static final String HTML = "text/html; charset=utf-8";
    static final String MARKDOWN = "text/markdown; charset=utf-8";

    private Responses() {
    }

    /** A rendered page or document with its validator. */
    record Rendered(String contentType, byte[] body, String etag) {
        static Rendered of(String contentType, byte[] body) {
            return new Rendered(contentType, body, "\"" + Assets.sha256(body).substring(0, 20) + "\"");
        }
    }

    /** Sends a page that may change when content changes: caches must revalidate with the ETag. */
    static void page(Context ctx, Rendered rendered) {
        send(ctx, rendered, "no-cache");
    }

    /** Sends a file whose URL changes with its content. */
    static void immutable(Context ctx, Rendered rendered) {
        send(ctx, rendered, "public, max-age=31536000, immutable");
    }

    static void redirect(Context ctx, String location) {
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.redirect(location, HttpStatus.MOVED_PERMANENTLY);
    }

    private static void send(Context ctx, Rendered rendered, String cacheControl) {
        ctx.header("ETag", rendered.etag());
        ctx.header("Cache-Control", cacheControl);
        if (matches(ctx.header("If-None-Match"), rendered.etag())) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(rendered.contentType());
        ctx.result(rendered.body());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            // A compressing layer may suffix the tag it sent (e.g. "--gzip"); the body is the same.
            if (tag.equals("*") || tag.equals(etag) || tag.replaceFirst("--gzip\"$", "\"").equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
