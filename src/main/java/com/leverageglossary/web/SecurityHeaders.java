package com.leverageglossary.web;

import com.leverageglossary.urls.SiteUrls;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers on every answer. Scripts and styles come only from our own files; JSON-LD is data, which a
 * Content-Security-Policy does not execute, so no {@code unsafe-inline} is needed.
 */
final class SecurityHeaders {
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";
    static final String CONTENT_SECURITY_POLICY = POLICY + "'none'";
    /** The embed pages' policy: the same, except that any site may frame them. */
    static final String EMBED_CONTENT_SECURITY_POLICY = POLICY + "*";

    private SecurityHeaders() {
    }

    /** Every header, in order; both the Javalin routes and {@link CachedPageHandler} send exactly these. */
    static final Map<String, String> HEADERS = headers(CONTENT_SECURITY_POLICY, true);
    /**
     * The embed pages' headers: framing allowed by CSP, and no X-Frame-Options (DENY would forbid it again in
     * browsers that read only that header).
     */
    static final Map<String, String> EMBED_HEADERS = headers(EMBED_CONTENT_SECURITY_POLICY, false);

    private static Map<String, String> headers(String contentSecurityPolicy, boolean denyFraming) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", contentSecurityPolicy);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
        if (denyFraming) {
            headers.put("X-Frame-Options", "DENY");
        }
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        return Collections.unmodifiableMap(headers);
    }

    /** The headers for an answer at {@code path}: only the embed pages may be framed. */
    static Map<String, String> forPath(String path) {
        return SiteUrls.isEmbed(path) ? EMBED_HEADERS : HEADERS;
    }

    static void apply(Context ctx) {
        forPath(ctx.path()).forEach(ctx::header);
    }
}
