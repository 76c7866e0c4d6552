package com.leverageglossary.content;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For {@code --dev}: watches the content folders and, after a short quiet period, loads and validates
 * everything again off to the side. A valid result is handed on to be swapped in; an invalid one is
 * reported and the last good site keeps serving.
 */
public final class ContentWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);
    /** Editors write files in bursts; wait until they are done. */
    private static final long QUIET_MS = 300;
    private final WatchService watcher;
    private final Thread thread;

    private ContentWatcher(WatchService watcher, Thread thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    /**
     * @param load     loads the folder into a site, throwing {@link ContentException} for invalid content
     * @param replace  receives each valid new site
     */
    public static ContentWatcher start(Path root, Loader load, Consumer<Site> replace) throws IOException {
        WatchService watcher = FileSystems.getDefault().newWatchService();
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
        Thread thread = new Thread(() -> watch(watcher, root, load, replace), "content-watcher");
        thread.setDaemon(true);
        thread.start();
        return new ContentWatcher(watcher, thread);
    }

    /** Loading content, as {@code App.load} does. */
    @FunctionalInterface
    public interface Loader {
        Site load(Path root) throws IOException, ContentException;
    }

    private static void watch(WatchService watcher, Path root, Loader load, Consumer<Site> replace) {
        try {
            while (true) {
                var key = watcher.take();
                key.pollEvents();
                key.reset();
                drainUntilQuiet(watcher);
                reload(root, load, replace);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drainUntilQuiet(WatchService watcher) throws InterruptedException {
        var key = watcher.poll(QUIET_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        while (key != null) {
            key.pollEvents();
            key.reset();
            key = watcher.poll(QUIET_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    static void reload(Path root, Loader load, Consumer<Site> replace) {
        long started = System.nanoTime();
        try {
            Site site = load.load(root);
            replace.accept(site);
            LOG.info("content reloaded: {} entries in {} ms", site.entries().size(), (System.nanoTime() - started) / 1_000_000);
        } catch (ContentException e) {
            e.errors().forEach(error -> LOG.warn("{}", error));
            LOG.warn("content not reloaded: {} error(s); still serving the last valid content", e.errors().size());
        } catch (IOException e) {
            LOG.warn("content not reloaded: {}", e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // Whatever an edit contains, the watcher lives on: a later, valid edit must still be picked up.
            LOG.warn("content not reloaded: unexpected {} while loading; still serving the last valid content", e.toString());
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
