package com.leverageglossary.content;

import com.leverageglossary.markdown.Markdown;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A validated site and its search index kept between runs, in a folder named by a hash of every content file
 * and of the jar that read them: an unchanged restart (a deploy, or a supervisor restarting after a crash)
 * skips parsing and indexing. Any change to the content or to the code makes a new folder.
 */
public final class ContentCache {
    /** Raise when the cached form of the model changes in a way the jar's identity would not show. */
    private static final int FORMAT = 3;
    private static final String SITE_FILE = "site.ser";
    private static final String INDEX_FOLDER = "index";
    private static final ObjectInputFilter ONLY_THE_MODEL = ObjectInputFilter.Config.createFilter(
            "com.leverageglossary.content.*;java.util.*;java.time.*;java.lang.*;!*");

    private final Path folder;

    private ContentCache(Path folder) {
        this.folder = folder;
    }

    private record SiteData(List<Entry> entries, List<Area> areas, List<List<String>> synonyms) implements Serializable {
    }

    /**
     * The cache for content at {@code root}, or empty when the code is not running from a jar (tests and
     * development builds change without the jar changing, so a cache could go stale).
     */
    public static Optional<ContentCache> forContent(Path root) {
        return runningJar().flatMap(jar -> forContent(root, jar, Path.of(System.getProperty("java.io.tmpdir"), "leverage-glossary-cache")));
    }

    /** The cache for content at {@code root} read by the code in {@code jar}, under {@code base}. */
    static Optional<ContentCache> forContent(Path root, Path jar, Path base) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("format " + FORMAT + "\0" + Files.size(jar) + "\0" + Files.getLastModifiedTime(jar) + "\0").getBytes());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            // Each file is hashed on every core (this runs before the first page can be served), then the
            // file hashes are combined in path order.
            List<byte[]> fileHashes = files.parallelStream().map(ContentCache::sha256).toList();
            for (int i = 0; i < files.size(); i++) {
                digest.update((root.relativize(files.get(i)).toString() + "\0").getBytes());
                digest.update(fileHashes.get(i));
            }
            return Optional.of(new ContentCache(base.resolve(HexFormat.of().formatHex(digest.digest()).substring(0, 32))));
        } catch (IOException | UncheckedIOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(Path file) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The site saved by an earlier run over the same content, bodies still read from {@code root}. */
    public Optional<Site> site(Path root) {
        Path file = folder.resolve(SITE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ONLY_THE_MODEL);
            SiteData data = (SiteData) objects.readObject();
            return Optional.of(new Site(data.entries(), data.areas(), data.synonyms(), new EntryDocuments(root, new Markdown())));
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalStateException e) {
            // A damaged or foreign file is ignored: the content is loaded as if there were no cache.
            return Optional.empty();
        }
    }

    /** Saves a validated site; written to a temporary name and moved, so a reader never sees half a file. */
    public void save(Site site) {
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "site", ".partial");
            try (OutputStream out = Files.newOutputStream(partial); ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(new SiteData(List.copyOf(site.entries()), List.copyOf(site.areas()), site.synonyms()));
            }
            Files.move(partial, folder.resolve(SITE_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the content cache in " + folder, e);
        }
        pruneOthers();
    }

    /** Caches of other content untouched for a day are deleted, so the folder does not grow with every deploy. */
    private void pruneOthers() {
        java.time.Instant dayAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(1));
        try (Stream<Path> siblings = Files.list(folder.getParent())) {
            for (Path sibling : siblings.filter(p -> !p.equals(folder)).toList()) {
                if (Files.getLastModifiedTime(sibling).toInstant().isBefore(dayAgo)) {
                    try (Stream<Path> tree = Files.walk(sibling)) {
                        tree.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                    }
                }
            }
        } catch (IOException e) {
            // Best effort: an old cache left behind costs only disk space.
        }
    }

    /** Where the search index of this content is kept. */
    public Path indexFolder() {
        return folder.resolve(INDEX_FOLDER);
    }

    private static Optional<Path> runningJar() {
        try {
            Path location = Path.of(ContentCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
