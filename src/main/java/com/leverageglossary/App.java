package com.leverageglossary;

import com.leverageglossary.calculators.CalculatorRegistry;
import com.leverageglossary.content.ContentCache;
import com.leverageglossary.content.ContentException;
import com.leverageglossary.content.ContentWatcher;
import com.leverageglossary.content.ContentLoader;
import com.leverageglossary.content.Embedded;
import com.leverageglossary.content.Site;
import com.leverageglossary.export.SiteExport;
import com.leverageglossary.web.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point: parse options, load content, then validate it, export it as files or serve it. */
public final class App {
    /** The calculators entries may embed and the site serves. */
    public static final CalculatorRegistry CALCULATORS = CalculatorRegistry.standard();
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private App() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("leverage-glossary: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(switch (options.command()) {
            case VALIDATE -> validate(options);
            case EXPORT -> export(options);
            case SERVE -> serve(options);
        });
    }

    /** Runs the content checks and prints every error; exit code 0 when the content is valid. */
    static int validate(Options options) {
        return withCheckedContent(options, "cannot read content", site -> {
            System.out.println("content OK: " + site.entries().size() + " entries, " + site.areas().size() + " areas");
            return 0;
        });
    }

    /** Loads and checks the content like start-up, then writes the site as files; exit code 0 when all is written. */
    static int export(Options options) {
        // One access-log line per exported URL would bury the progress lines; set before the server creates its logger.
        System.setProperty("org.slf4j.simpleLogger.log.access", "warn");
        long started = System.nanoTime();
        return withCheckedContent(options, "export failed", site -> {
            System.out.println("export: " + site.entries().size() + " entries loaded and checked in " + millisSince(started) + " ms");
            SiteExport.Summary summary = SiteExport.write(site, CALCULATORS, options.baseUrl(), options.outDir(), System.out::println);
            System.out.printf("exported %d URLs (%,d bytes with the gzip files) to %s in %d ms%n",
                    summary.urls(), summary.bytes(), options.outDir(), summary.millis());
            return 0;
        });
    }

    /** A command run on content that passed every check; it returns the exit code. */
    private interface CheckedContentCommand {
        int run(Site site) throws IOException;
    }

    /** Loads and checks the content, then runs {@code command}; every content error is printed (exit 1), an I/O failure is one line (exit 2). */
    private static int withCheckedContent(Options options, String ioFailure, CheckedContentCommand command) {
        try {
            return command.run(load(options.contentDir()));
        } catch (ContentException e) {
            e.errors().forEach(System.out::println);
            System.out.println(e.errors().size() + " content error(s)");
            return 1;
        } catch (IOException e) {
            System.err.println("leverage-glossary: " + ioFailure + ": " + e.getMessage());
            return 2;
        }
    }

    /**
     * Starts in two steps when the content is new: entries are served as soon as their front matter is read
     * and checked, while the bodies' links are checked; /healthz says "starting" until that check and the
     * search index are done, so a load balancer only sends traffic to content that passed every check. An
     * error found in a body stops the server as it would have stopped before serving.
     */
    private static int serve(Options options) {
        long started = System.nanoTime();
        Path root = root(options.contentDir());
        // --dev edits content under the server, so it always loads afresh; otherwise an unchanged restart reuses the cache.
        Optional<ContentCache> cache = options.dev() ? Optional.empty() : ContentCache.forContent(root);
        Optional<Site> cached = cache.flatMap(c -> c.site(root));
        // Front matter is read on its own thread while Jetty starts; until it is in, every page answers 503.
        CompletableFuture<Site> early = cached.map(CompletableFuture::completedFuture).orElseGet(() -> CompletableFuture.supplyAsync(
                () -> loadUnchecked(new ContentLoader(CALCULATORS), root, true), task -> new Thread(task, "content-load").start()));
        WebServer server = WebServer.listen(CALCULATORS, options.port(), options.baseUrl());
        // For --dev reloads, a loader that remembers every file it read and re-parses only the ones that change.
        ContentLoader loader = options.dev() ? ContentLoader.remembering(CALCULATORS) : new ContentLoader(CALCULATORS);
        Site site;
        try {
            site = early.join();
            if (cached.isEmpty()) {
                server.preview(site);
                LOG.info("serving {} entries on {} after {} ms; checking their bodies", site.entries().size(), options.baseUrl(), millisSince(started));
                site = loadUnchecked(loader, root, false);
                Site loaded = site;
                cache.ifPresent(c -> CompletableFuture.runAsync(() -> c.save(loaded)));
            }
        } catch (CompletionException | UncheckedIOException e) {
            server.stop();
            return reportLoadFailure(e instanceof CompletionException ? e.getCause() : e);
        }
        // This method's frame lives as long as the server: let the preview site go (15 MB at 10,000 entries).
        early = null;
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "shutdown"));
        server.serve(site, cache.map(ContentCache::indexFolder).orElse(null));
        LOG.info("serving {} entries on {} (every check passed; started in {} ms)", site.entries().size(), options.baseUrl(), millisSince(started));
        if (options.dev()) {
            try {
                ContentWatcher.start(options.contentDir(), loader::load, server::replace);
                LOG.info("--dev: watching {} for changes", options.contentDir().toAbsolutePath());
            } catch (IOException e) {
                LOG.warn("--dev: cannot watch {}: {}", options.contentDir(), e.getMessage());
            }
        }
        return server.awaitStop();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** Loads without checked exceptions, so that loading can run on another thread: failures come back wrapped. */
    private static Site loadUnchecked(ContentLoader loader, Path root, boolean withoutBodies) {
        try {
            return withoutBodies ? loader.loadWithoutBodies(root) : loader.load(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ContentException e) {
            throw new CompletionException(e);
        }
    }

    private static int reportLoadFailure(Throwable cause) {
        if (cause instanceof ContentException e) {
            e.errors().forEach(error -> System.err.println(error));
            System.err.println("leverage-glossary: not starting: " + e.errors().size() + " content error(s)");
            return 1;
        }
        if (cause instanceof UncheckedIOException e) {
            System.err.println("leverage-glossary: cannot read content: " + e.getCause().getMessage());
            return 2;
        }
        throw new IllegalStateException("content could not be loaded", cause);
    }

    /** Loads content from {@code dir}, or from the copy embedded in the jar when {@code dir} is null. */
    public static Site load(Path dir) throws IOException, ContentException {
        return new ContentLoader(CALCULATORS).load(root(dir));
    }

    private static Path root(Path dir) {
        return dir != null ? dir : Embedded.folder("content");
    }
}
