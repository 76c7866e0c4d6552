package com.leverageglossary.web;

import io.javalin.config.RoutesConfig;

/** Serves {@code static/} files under their content-hashed URLs. */
final class StaticRoutes {
    private final Assets assets;
    private final ErrorPages errors;

    StaticRoutes(Assets assets, ErrorPages errors) {
        this.assets = assets;
        this.errors = errors;
    }

    void register(RoutesConfig routes) {
        routes.get(Assets.PREFIX + "<path>", ctx -> assets.byUrl(ctx.path()).ifPresentOrElse(
                asset -> Responses.immutable(ctx, new Responses.Rendered(asset.contentType(), asset.body(), asset.etag())),
                () -> errors.notFound(ctx)));
    }
}
