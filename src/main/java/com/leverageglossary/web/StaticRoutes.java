package com.leverageglossary.web;

import io.javalin.http.Context;

/** Serves {@code static/} files under their content-hashed URLs. */
final class StaticRoutes {
    private final Assets assets;
    private final ErrorPages errors;

    StaticRoutes(Assets assets, ErrorPages errors) {
        this.assets = assets;
        this.errors = errors;
    }

    void asset(Context ctx) {
        assets.byUrl(ctx.path()).ifPresentOrElse(asset -> Responses.immutable(ctx, asset), () -> errors.notFound(ctx));
    }
}
