package com.leverageglossary.testing;

import com.leverageglossary.calculators.CalculatorRegistry;
import com.leverageglossary.content.ContentException;
import com.leverageglossary.content.ContentLoader;
import com.leverageglossary.content.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A writable copy of the valid content fixture that a test may change one file at a time. Web, search-route and
 * browser behaviour tests serve fixtures rather than the real {@code content/}, so that editing an entry cannot
 * break them.
 */
public final class Fixtures {
    public static final Path VALID = Path.of("src/test/resources/fixtures/valid");
    /**
     * Entries the web and browser tests ask for by name, laid over {@link #VALID}: an embedded calculator with
     * presets, aliases, a long word to misspell, and a third area. Kept apart so that tests counting the valid
     * fixture's entries stay as they are.
     */
    public static final Path WEB_ENTRIES = Path.of("src/test/resources/fixtures/web-entries");
    private final Path root;

    private Fixtures(Path root) {
        this.root = root;
    }

    /** Copies the valid fixture into {@code dir}. */
    public static Fixtures copyOfValid(Path dir) {
        return new Fixtures(dir).with(VALID);
    }

    /** Copies every file of {@code overlay} into this copy, replacing files of the same name. */
    public Fixtures with(Path overlay) {
        try (Stream<Path> files = Files.walk(overlay)) {
            for (Path file : files.toList()) {
                Path target = root.resolve(overlay.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The valid fixture with {@link #WEB_ENTRIES} laid over it, in {@code dir}, which is emptied first. */
    public static Fixtures copyOfValidWithWebEntries(Path dir) {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path file : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copyOfValid(dir).with(WEB_ENTRIES);
    }

    public Path root() {
        return root;
    }

    public Fixtures write(String file, String text) {
        return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public Fixtures writeBytes(String file, byte[] bytes) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the first occurrence of {@code from} in {@code file}; fails if it is not there. */
    public Fixtures replace(String file, String from, String to) {
        try {
            String text = Files.readString(root.resolve(file));
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            return write(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Site load() throws IOException, ContentException {
        return loader().load(root);
    }

    public static ContentLoader loader() {
        return new ContentLoader(CalculatorRegistry.standard());
    }

    /** A definition file in the fixture's format, for tests that need many entries. */
    public static String definition(String title, String area) {
        return "---\ntitle: " + title + "\nsummary: " + title + " is a generated fixture entry.\nareas: [" + area + "]\n"
                + "related: [alpha-term]\npublished: 2026-11-05\nupdated: 2026-11-05\n"
                + "sources:\n  - title: Generated\n    url: https://example.com/generated\n---\nGenerated body for " + title + ".\n";
    }
}
