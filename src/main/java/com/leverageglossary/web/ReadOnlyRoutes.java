package com.leverageglossary.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * The only way routes are added: each answers GET and the same for HEAD (Jetty sends no body for HEAD).
 * Every other method is answered 405 by {@link WebServer}.
 */
final class ReadOnlyRoutes {
    private final RoutesConfig routes;

    ReadOnlyRoutes(RoutesConfig routes) {
        this.routes = routes;
    }

    void get(String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }
}
