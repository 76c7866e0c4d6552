package com.leverageglossary.web;

import com.leverageglossary.calculators.CalculatorRegistry;
import com.leverageglossary.content.Site;
import com.leverageglossary.search.SearchIndex;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: Javalin configured with every feature's routes and the error mapping. */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private final Javalin javalin;
    private final CountDownLatch stopped;

    private WebServer(Javalin javalin, CountDownLatch stopped) {
        this.javalin = javalin;
        this.stopped = stopped;
    }

    public static WebServer start(Site site, CalculatorRegistry calculators, int port, String baseUrl) {
        LiveSite live = new LiveSite(site, SearchIndex.build(site, calculators.all()));
        Pages pages = new Pages(live, calculators, new Templates(), Assets.load(), baseUrl);
        ErrorPages errors = new ErrorPages(pages);
        CountDownLatch stopped = new CountDownLatch(1);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.router.ignoreTrailingSlashes = false;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.events.serverStopped(stopped::countDown);
            new HomeRoutes(pages).register(config.routes);
            new EntryRoutes(pages, errors).register(config.routes);
            new AreaRoutes(pages, errors).register(config.routes);
            new CalculatorRoutes(pages, errors).register(config.routes);
            new SearchRoutes(pages).register(config.routes);
            new SeoRoutes(pages).register(config.routes);
            new StaticRoutes(pages.assets(), errors).register(config.routes);
            config.routes.error(404, ctx -> {
                if (!ErrorPages.rendered(ctx)) {
                    errors.notFound(ctx);
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed: {}", ctx.method(), ctx.path(), e.toString(), e);
                errors.serverError(ctx);
            });
        });
        javalin.start(port);
        return new WebServer(javalin, stopped);
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    /** Blocks until the server has stopped; returns the process exit code. */
    public int awaitStop() {
        try {
            stopped.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
