package com.leverageglossary.web;

import io.javalin.http.Context;

/**
 * Headers on every answer. Scripts and styles come only from our own files; JSON-LD is data, which a
 * Content-Security-Policy does not execute, so no {@code unsafe-inline} is needed.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** Every header, in order; both the Javalin routes and {@link CachedPageHandler} send exactly these. */
    static final java.util.Map<String, String> HEADERS = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>() {
        {
            put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            put("X-Content-Type-Options", "nosniff");
            put("Referrer-Policy", "strict-origin-when-cross-origin");
            put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
            put("X-Frame-Options", "DENY");
            put("Cross-Origin-Opener-Policy", "same-origin");
        }
    });

    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
