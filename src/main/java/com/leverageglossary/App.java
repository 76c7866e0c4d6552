package com.leverageglossary;

import com.leverageglossary.calculators.CalculatorRegistry;
import com.leverageglossary.content.ContentCache;
import com.leverageglossary.content.ContentException;
import com.leverageglossary.content.ContentWatcher;
import com.leverageglossary.content.ContentLoader;
import com.leverageglossary.content.Embedded;
import com.leverageglossary.content.Site;
import com.leverageglossary.web.WebServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point: parse options, load content, then either validate it or serve it. */
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
        System.exit(options.validateOnly() ? validate(options) : serve(options));
    }

    /** Runs the content checks and prints every error; exit code 0 when the content is valid. */
    static int validate(Options options) {
        try {
            Site site = load(options.contentDir());
            System.out.println("content OK: " + site.entries().size() + " entries, " + site.areas().size() + " areas");
            return 0;
        } catch (ContentException e) {
            e.errors().forEach(System.out::println);
            System.out.println(e.errors().size() + " content error(s)");
            return 1;
        } catch (IOException e) {
            System.err.println("leverage-glossary: cannot read content: " + e.getMessage());
            return 2;
        }
    }

    private static int serve(Options options) {
        long started = System.nanoTime();
        Path root = root(options.contentDir());
        // --dev edits content under the server, so it always loads afresh; otherwise an unchanged restart reuses the cache.
        Optional<ContentCache> cache = options.dev() ? Optional.empty() : ContentCache.forContent(root);
        Site site;
        try {
            site = cache.flatMap(c -> c.site(root)).orElse(null);
            if (site == null) {
                site = load(options.contentDir());
                Site loaded = site;
                cache.ifPresent(c -> c.save(loaded));
            }
        } catch (ContentException e) {
            e.errors().forEach(error -> System.err.println(error));
            System.err.println("leverage-glossary: not starting: " + e.errors().size() + " content error(s)");
            return 1;
        } catch (IOException e) {
            System.err.println("leverage-glossary: cannot read content: " + e.getMessage());
            return 2;
        }
        WebServer server = WebServer.start(site, CALCULATORS, options.port(), options.baseUrl(),
                cache.map(ContentCache::indexFolder).orElse(null));
        LOG.info("serving {} entries on {} (started in {} ms)", site.entries().size(), options.baseUrl(),
                (System.nanoTime() - started) / 1_000_000);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "shutdown"));
        if (options.dev()) {
            try {
                ContentWatcher.start(options.contentDir(), App::load, server::replace);
                LOG.info("--dev: watching {} for changes", options.contentDir().toAbsolutePath());
            } catch (IOException e) {
                LOG.warn("--dev: cannot watch {}: {}", options.contentDir(), e.getMessage());
            }
        }
        return server.awaitStop();
    }

    /** Loads content from {@code dir}, or from the copy embedded in the jar when {@code dir} is null. */
    public static Site load(Path dir) throws IOException, ContentException {
        return new ContentLoader(CALCULATORS).load(root(dir));
    }

    private static Path root(Path dir) {
        return dir != null ? dir : Embedded.folder("content");
    }
}
