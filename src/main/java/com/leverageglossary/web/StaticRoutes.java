package com.leverageglossary.web;


/** Serves {@code static/} files under their content-hashed URLs. */
final class StaticRoutes {
    private final Assets assets;
    private final ErrorPages errors;

    StaticRoutes(Assets assets, ErrorPages errors) {
        this.assets = assets;
        this.errors = errors;
    }

    void register(ReadOnlyRoutes routes) {
        routes.get(Assets.PREFIX + "<path>", ctx -> assets.byUrl(ctx.path()).ifPresentOrElse(
                asset -> Responses.immutable(ctx, asset),
                () -> errors.notFound(ctx)));
    }
}
