package com.leverageglossary.web;

import io.javalin.http.Context;

/** A complete answer to a request that depends only on its URL, so it can be cached and sent again. */
record Answer(int status, Responses.Rendered rendered, String cacheControl) {
    int bytes() {
        return rendered.bytes() + 2 * cacheControl.length() + 32;
    }

    void send(Context ctx) {
        if (status >= 400) {
            ErrorPages.answered(ctx);
        }
        ctx.status(status);
        Responses.send(ctx, rendered, cacheControl);
    }
}
