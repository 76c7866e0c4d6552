package com.leverageglossary.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** How a rendered body is sent: with a strong ETag, answering 304 when the client already has it. */
final class Responses {
    static final String HTML = "text/html; charset=utf-8";
    static final String MARKDOWN = "text/markdown; charset=utf-8";

    private Responses() {
    }

    /** Bodies smaller than this are sent as they are: gzip would save almost nothing. */
    private static final int GZIP_MIN_BYTES = 1024;

    /**
     * A rendered page, document or asset with its validator and, when worth it, its gzip form computed
     * once, so cached answers cost no compression per request.
     */
    record Rendered(String contentType, byte[] body, String etag, byte[] gzipBody, String gzipEtag) {
        static Rendered of(String contentType, byte[] body) {
            return of(contentType, body, "\"" + Assets.sha256(body).substring(0, 20) + "\"");
        }

        static Rendered of(String contentType, byte[] body, String etag) {
            boolean compressible = !contentType.startsWith("image/png") && body.length >= GZIP_MIN_BYTES;
            // Each encoding is its own representation, so it has its own strong validator.
            return compressible
                    ? new Rendered(contentType, body, etag, gzip(body), etag.replaceFirst("\"$", "--gzip\""))
                    : new Rendered(contentType, body, etag, null, null);
        }

        /** Bytes held: both bodies and the validators. */
        int bytes() {
            return body.length + (gzipBody == null ? 0 : gzipBody.length) + 2 * (etag.length() + contentType.length()) + 64;
        }

        /** Whether the answer depends on Accept-Encoding. */
        boolean varies() {
            return gzipBody != null;
        }

        /** The form to send for a request's Accept-Encoding: gzip when both sides have it. */
        boolean sendsGzip(String acceptEncoding) {
            return gzipBody != null && acceptsGzip(acceptEncoding);
        }

        /** True when the client's If-None-Match already names either form of this answer. */
        boolean notModified(String ifNoneMatch) {
            return matches(ifNoneMatch, etag);
        }
    }

    private static byte[] gzip(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 3);
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            zip.write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("compressing in memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Sends a page that may change when content changes: caches must revalidate with the ETag. */
    static void page(Context ctx, Rendered rendered) {
        send(ctx, rendered, "no-cache");
    }


    /** Sends a file whose URL changes with its content. */
    static void immutable(Context ctx, Rendered rendered) {
        send(ctx, rendered, "public, max-age=31536000, immutable");
    }

    /** Redirects to {@code location} with the request's query string, for pages whose answer depends on it. */
    static void redirectWithQuery(Context ctx, String location) {
        String query = ctx.queryString();
        redirect(ctx, query == null || query.isEmpty() ? location : location + "?" + query);
    }

    static void redirect(Context ctx, String location) {
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.redirect(location, HttpStatus.MOVED_PERMANENTLY);
    }

    static void send(Context ctx, Rendered rendered, String cacheControl) {
        Reply reply = Reply.of(rendered, cacheControl, ctx.header("Accept-Encoding"), ctx.header("If-None-Match"));
        reply.forEachHeader(ctx::header);
        if (reply.notModified()) {
            ctx.status(HttpStatus.NOT_MODIFIED);
        } else {
            ctx.result(reply.body());
        }
    }

    /**
     * What to send for a rendered answer, decided in one place for both answer paths: Javalin's
     * ({@link #send}) and the Jetty fast path for cached pages ({@link CachedPageHandler}).
     *
     * The status is the caller's (a 400 page is sent the same way as a 200) unless the client already has
     * the answer: then it is a 304 without a body.
     *
     * @param body null when not modified
     */
    record Reply(boolean notModified, String etag, String cacheControl, boolean varies, String contentType, boolean gzip, byte[] body) {
        static Reply of(Rendered rendered, String cacheControl, String acceptEncoding, String ifNoneMatch) {
            boolean gzip = rendered.sendsGzip(acceptEncoding);
            String etag = gzip ? rendered.gzipEtag() : rendered.etag();
            if (rendered.notModified(ifNoneMatch)) {
                return new Reply(true, etag, cacheControl, rendered.varies(), null, false, null);
            }
            return new Reply(false, etag, cacheControl, rendered.varies(), rendered.contentType(), gzip,
                    gzip ? rendered.gzipBody() : rendered.body());
        }

        /** The headers, in order; a 304 carries the validator and caching headers but no content headers. */
        void forEachHeader(java.util.function.BiConsumer<String, String> header) {
            header.accept("ETag", etag);
            header.accept("Cache-Control", cacheControl);
            if (varies) {
                header.accept("Vary", "Accept-Encoding");
            }
            if (body != null) {
                header.accept("Content-Type", contentType);
                if (gzip) {
                    header.accept("Content-Encoding", "gzip");
                }
            }
        }
    }

    private static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(java.util.Locale.ROOT).split(",")) {
            // The limit keeps empty parts, so a bare ";" still yields a (blank) coding name.
            String[] parts = coding.strip().split(";", -1);
            if (parts[0].strip().equals("gzip") || parts[0].strip().equals("*")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
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
