package com.leverageglossary.web;

import com.leverageglossary.calculators.CalculatorRegistry;
import com.leverageglossary.content.Site;
import com.leverageglossary.search.SearchIndex;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: Javalin configured with every feature's routes, security headers, limits and the error mapping. */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Request line plus headers; larger requests are answered 431 (or 414 for a long URI) by Jetty. */
    static final int MAX_REQUEST_HEADER_BYTES = 8192;
    /** How long a stopping server lets requests in flight finish. */
    private static final long STOP_TIMEOUT_MS = 10_000;
    /** How long an idle keep-alive connection may stay open once stopping has begun. */
    private static final long SHUTDOWN_IDLE_TIMEOUT_MS = 50;

    private final Javalin javalin;
    private final CountDownLatch stopped;
    private final LiveSite live;
    private final CalculatorRegistry calculators;

    /** Requests being handled right now, so that stopping can wait for them. */
    private final AtomicInteger inFlight;
    /** Set when a stop begins, so that /healthz tells a proxy to send nothing more here. */
    private final AtomicBoolean draining;
    private final Assets assets;
    private final CountDownLatch searchBuilt = new CountDownLatch(1);

    private WebServer(Javalin javalin, CountDownLatch stopped, LiveSite live, CalculatorRegistry calculators, AtomicInteger inFlight,
            AtomicBoolean draining, Assets assets) {
        this.inFlight = inFlight;
        this.draining = draining;
        this.assets = assets;
        this.javalin = javalin;
        this.stopped = stopped;
        this.live = live;
        this.calculators = calculators;
    }

    /** Starts serving {@code site} (its search index follows in the background). */
    public static WebServer start(Site site, CalculatorRegistry calculators, int port, String baseUrl) {
        WebServer server = listen(calculators, port, baseUrl);
        server.serve(site, null);
        return server;
    }

    /**
     * Opens the port before there is content, so that starting Jetty overlaps loading it: every page
     * answers 503 "starting" until {@link #serve} installs the site.
     */
    public static WebServer listen(CalculatorRegistry calculators, int port, String baseUrl) {
        OutOfMemoryExit.install();
        LiveSite live = new LiveSite();
        Pages pages = new Pages(live, calculators, new Templates(), Assets.load(), baseUrl);
        ErrorPages errors = new ErrorPages(pages);
        SiteErrorHandler errorHandler = new SiteErrorHandler(errors);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicBoolean draining = new AtomicBoolean();
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.router.ignoreTrailingSlashes = false;
            // Compression is ours: cached answers carry a precomputed gzip body (see Responses.Rendered).
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
            });
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.setErrorHandler(errorHandler);
            });
            config.routes.before(ctx -> inFlight.incrementAndGet());
            config.routes.after(ctx -> inFlight.decrementAndGet());
            config.events.serverStopped(stopped::countDown);
            AccessLog accessLog = new AccessLog();
            config.requestLogger.http(accessLog::record);
            // Pages already rendered and static files skip Javalin entirely (most of the traffic).
            config.jetty.modifyServletContextHandler(context ->
                    context.insertHandler(new CachedPageHandler(live, pages.assets(), accessLog, inFlight, errorHandler)));
            config.routes.before(SecurityHeaders::apply);
            RouteTable.register(new ReadOnlyRoutes(config.routes), pages, errors, ctx -> health(ctx, live, draining));
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
        return new WebServer(javalin, stopped, live, calculators, inFlight, draining, pages.assets());
    }

    /**
     * Serves {@code site} from now on; its search index is built next, in the background.
     *
     * @param keptIndex a folder where the search index is kept between runs (see ContentCache), or null for a temporary one
     */
    public void serve(Site site, java.nio.file.Path keptIndex) {
        live.replace(site, null);
        buildSearchInBackground(site, keptIndex);
    }

    /**
     * Serves pages of content whose bodies are still being checked ({@code ContentLoader.loadWithoutBodies}):
     * no search, and /healthz says "starting" until {@link #serve} installs the checked site. The export serves
     * its checked site this way too: its pages need no search index.
     */
    public void preview(Site site) {
        live.replace(site, null);
    }

    /**
     * Pages are served at once; the search index (every body read, rendered and analysed) is built next, and
     * until it is ready search answers 503 and /healthz says "starting", so a load balancer waits for it.
     */
    private void buildSearchInBackground(Site site, java.nio.file.Path keptIndex) {
        Thread builder = new Thread(() -> {
            long started = System.nanoTime();
            try {
                live.searchReady(site, SearchIndex.build(site, calculators.all(), keptIndex));
                LOG.info("search index ready: {} entries in {} ms", site.entries().size(), (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.error("search index not built: {}", e.toString());
            } finally {
                searchBuilt.countDown();
            }
        }, "search-index");
        builder.setDaemon(true);
        builder.start();
    }

    /** Waits until the start-up search index is built (tests and tools that search at once). */
    public boolean awaitSearch(java.time.Duration timeout) throws InterruptedException {
        return searchBuilt.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static void health(Context ctx, LiveSite live, AtomicBoolean draining) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/plain; charset=utf-8");
        if (draining.get()) {
            ctx.status(503);
            ctx.result("draining: stopping after the requests in flight\n");
            return;
        }
        if (live.search().isEmpty()) {
            ctx.status(503);
            ctx.header("Retry-After", "2");
            ctx.result("starting: checking content and building the search index for " + live.site().entries().size() + " entries\n");
            return;
        }
        ctx.result("ok " + live.site().entries().size() + " entries\n");
    }

    /**
     * Swaps in newly loaded content ({@code --dev}) and its index in one step; pages are re-rendered on demand.
     * The index is updated from the current one where there is one, so an edit re-indexes only what it changed.
     */
    public void replace(Site site) {
        Site before = live.site();
        SearchIndex search = live.search()
                .map(current -> current.updated(before, site, calculators.all()))
                .orElseGet(() -> SearchIndex.build(site, calculators.all()));
        live.replace(site, search);
    }

    public int port() {
        return javalin.port();
    }

    /** The content-hashed URL of every static file, in a stable order (the export writes them all). */
    public java.util.List<String> staticUrls() {
        return assets.allUrls();
    }

    /**
     * Graceful stop (SIGTERM runs this through the shutdown hook): stops accepting connections, lets the
     * requests in flight finish for up to ten seconds, then stops the server.
     */
    public void stop() {
        draining.set(true);
        for (var connector : javalin.jettyServer().server().getConnectors()) {
            if (connector instanceof org.eclipse.jetty.server.AbstractConnector graceful) {
                // Shut down, the connector answers "Connection: close" and idle keep-alive connections time out at once.
                graceful.setShutdownIdleTimeout(SHUTDOWN_IDLE_TIMEOUT_MS);
                graceful.shutdown();
            }
            if (connector instanceof org.eclipse.jetty.server.NetworkConnector network) {
                network.close();
            }
        }
        long deadline = System.nanoTime() + STOP_TIMEOUT_MS * 1_000_000;
        while ((inFlight.get() > 0 || openConnections() > 0) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        javalin.stop();
        live.search().ifPresent(SearchIndex::close);
    }

    private int openConnections() {
        int open = 0;
        for (var connector : javalin.jettyServer().server().getConnectors()) {
            open += connector.getConnectedEndPoints().size();
        }
        return open;
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
