package com.leverageglossary.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a valid content folder of N real-size entries from the real glossary, for scale tests and benchmarks:
 * copy k of entry {@code slug} is {@code slug-k} titled "Title k", with the real body; copies drop their aliases;
 * wiki links and related entries point at the same copy when it exists, else at the original. Areas and
 * synonyms are copied as they are. Only the JDK is used, so the benchmark scripts can run it directly:
 * {@code java -cp target/test-classes com.leverageglossary.testing.CorpusGenerator content OUT N}.
 */
public final class CorpusGenerator {
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]|]+)(\\|[^\\]]*)?\\]\\]");
    private static final Pattern LIST_KEY = Pattern.compile("(?m)^(related): \\[(.*)\\]$");

    private record Source(String folder, String slug, String text) {
    }

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CorpusGenerator CONTENT_DIR OUT_DIR ENTRIES");
            System.exit(2);
        }
        generate(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
        System.out.println("wrote " + args[2] + " entries to " + args[1]);
    }

    /** Writes {@code entries} entries (at least the real glossary's count) plus areas and synonyms into {@code out}. */
    public static void generate(Path content, Path out, int entries) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (String folder : List.of("terms", "definitions")) {
            try (Stream<Path> files = Files.list(content.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    String name = file.getFileName().toString();
                    sources.add(new Source(folder, name.substring(0, name.length() - 3), Files.readString(file)));
                }
            }
        }
        Map<String, String> slugByName = names(sources);
        Map<String, Integer> indexBySlug = indexes(sources);
        int copies = (entries + sources.size() - 1) / sources.size();
        for (String folder : List.of("terms", "definitions", "areas")) {
            Files.createDirectories(out.resolve(folder));
        }
        copyFolder(content.resolve("areas"), out.resolve("areas"));
        if (Files.exists(content.resolve("synonyms.txt"))) {
            Files.copy(content.resolve("synonyms.txt"), out.resolve("synonyms.txt"));
        }
        int written = 0;
        for (int copy = 0; copy < copies && written < entries; copy++) {
            for (int i = 0; i < sources.size() && written < entries; i++, written++) {
                Source source = sources.get(i);
                // Copy k links to copy k of a target when that copy will exist (its index is below this round's count).
                int thisCopy = copy;
                int limit = entries - copy * sources.size();
                java.util.function.Function<String, String> target = slug -> thisCopy == 0 || indexBySlug.get(slug) >= limit
                        ? slug : slug + "-" + thisCopy;
                Files.writeString(out.resolve(source.folder()).resolve(copySlug(source.slug(), copy) + ".md"),
                        copyText(source, copy, slugByName, target));
            }
        }
    }

    private static String copySlug(String slug, int copy) {
        return copy == 0 ? slug : slug + "-" + copy;
    }

    private static String copyText(Source source, int copy, Map<String, String> slugByName, java.util.function.Function<String, String> target) {
        if (copy == 0) {
            return source.text();
        }
        int end = source.text().indexOf("\n---\n", 3);
        String frontMatter = source.text().substring(0, end + 5);
        String body = source.text().substring(end + 5);
        frontMatter = frontMatter.replaceFirst("(?m)^title: (.*)$", "title: $1 " + copy)
                .replaceFirst("(?m)^aliases: .*\\n", "");
        Matcher related = LIST_KEY.matcher(frontMatter);
        if (related.find()) {
            List<String> slugs = new ArrayList<>();
            for (String slug : related.group(2).split(",")) {
                slugs.add(target.apply(slug.strip()));
            }
            frontMatter = frontMatter.substring(0, related.start()) + "related: [" + String.join(", ", slugs) + "]" + frontMatter.substring(related.end());
        }
        StringBuilder rewritten = new StringBuilder();
        Matcher link = WIKI_LINK.matcher(body);
        while (link.find()) {
            String name = link.group(1).strip();
            String slug = slugByName.get(key(name));
            // Keep what the reader sees: a bare link keeps its original words as the link text.
            String text = link.group(2) != null ? link.group(2) : "|" + name;
            link.appendReplacement(rewritten, Matcher.quoteReplacement("[[" + target.apply(slug) + text + "]]"));
        }
        link.appendTail(rewritten);
        return frontMatter + rewritten;
    }

    private static Map<String, Integer> indexes(List<Source> sources) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            index.put(sources.get(i).slug(), i);
        }
        return index;
    }

    /** Every slug and alias, compared as the site compares names, mapped to its entry's slug. */
    private static Map<String, String> names(List<Source> sources) {
        Map<String, String> names = new HashMap<>();
        Pattern aliases = Pattern.compile("(?m)^aliases: \\[(.*)\\]$");
        for (Source source : sources) {
            names.put(key(source.slug()), source.slug());
            Matcher matcher = aliases.matcher(source.text());
            if (matcher.find()) {
                for (String alias : matcher.group(1).split(",")) {
                    names.put(key(alias.strip().replaceAll("^\"|\"$", "")), source.slug());
                }
            }
        }
        return names;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s_]+", "-");
    }

    private static void copyFolder(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
