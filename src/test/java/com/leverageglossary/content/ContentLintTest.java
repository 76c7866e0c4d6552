package com.leverageglossary.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.App;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's editorial lint over the shipped glossary: boilerplate shared between entries, long sentences,
 * and entries nothing links to. Each check prints its figure and fails past its threshold.
 */
class ContentLintTest {
    /** A ten-word run found in this many entries or more is boilerplate. */
    private static final int BOILERPLATE_ENTRIES = 3;
    private static final int RUN_WORDS = 10;
    private static final int MAX_BOILERPLATE_RUNS = 0;
    private static final double MAX_MEAN_SENTENCE_WORDS = 20;
    private static final double MAX_ENTRY_MEAN_SENTENCE_WORDS = 24;
    private static final int MAX_SENTENCE_WORDS = 45;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static Site site;

    @BeforeAll
    static void load() throws Exception {
        // -Dcontent.dir=… lints another folder, e.g. an older checkout, to compare figures.
        site = App.load(Path.of(System.getProperty("content.dir", "content")));
    }

    @Test
    void noTenWordRunIsSharedByThreeOrMoreEntries() {
        Map<String, Set<String>> entriesByRun = new HashMap<>();
        for (Entry entry : site.entries()) {
            List<String> words = words(prose(site.document(entry).bodyMarkdown()).toLowerCase(Locale.ROOT));
            for (int i = 0; i + RUN_WORDS <= words.size(); i++) {
                entriesByRun.computeIfAbsent(String.join(" ", words.subList(i, i + RUN_WORDS)), k -> new HashSet<>()).add(entry.slug());
            }
        }
        List<String> boilerplate = entriesByRun.entrySet().stream().filter(e -> e.getValue().size() >= BOILERPLATE_ENTRIES)
                .map(e -> e.getKey() + " " + e.getValue()).sorted().toList();
        System.out.printf("content lint: %d ten-word runs shared by %d+ entries%n", boilerplate.size(), BOILERPLATE_ENTRIES);
        assertThat(boilerplate).hasSizeLessThanOrEqualTo(MAX_BOILERPLATE_RUNS);
    }

    @Test
    void sentencesAreShort() {
        List<Integer> all = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Entry entry : site.entries()) {
            List<Integer> lengths = sentenceLengths(site.document(entry).bodyMarkdown());
            all.addAll(lengths);
            double mean = mean(lengths);
            if (mean > MAX_ENTRY_MEAN_SENTENCE_WORDS) {
                problems.add(entry.slug() + ": mean " + String.format(Locale.ROOT, "%.1f", mean));
            }
            lengths.stream().filter(n -> n > MAX_SENTENCE_WORDS).forEach(n -> problems.add(entry.slug() + ": a sentence of " + n + " words"));
        }
        System.out.printf(Locale.ROOT, "content lint: %d sentences, mean %.1f words, %d over %d words%n", all.size(), mean(all),
                all.stream().filter(n -> n > MAX_SENTENCE_WORDS).count(), MAX_SENTENCE_WORDS);
        assertThat(mean(all)).isLessThanOrEqualTo(MAX_MEAN_SENTENCE_WORDS);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyEntryHasAnInboundLink() {
        Set<String> linked = new HashSet<>();
        for (Entry entry : site.entries()) {
            entry.linkedSlugs().stream().filter(slug -> !slug.equals(entry.slug())).forEach(linked::add);
        }
        List<String> orphans = site.entries().stream().map(Entry::slug).filter(slug -> !linked.contains(slug)).sorted().toList();
        System.out.printf("content lint: %d entries with no inbound link%n", orphans.size());
        assertThat(orphans).isEmpty();
    }

    /**
     * Sentence lengths of a body's prose. Headings, table rows and list items are units of their own, as a
     * reader sees them; inside each, a sentence ends at . ! or ? followed by a space.
     */
    static List<Integer> sentenceLengths(String markdown) {
        List<Integer> lengths = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : prose(markdown).split("\n")) {
            String trimmed = line.strip();
            boolean ownUnit = trimmed.startsWith("#") || trimmed.startsWith("|") || trimmed.matches("([-*+]|\\d+[.)])\\s.*");
            if (ownUnit || trimmed.isEmpty()) {
                addSentences(paragraph.toString(), lengths);
                paragraph.setLength(0);
                if (trimmed.startsWith("|")) {
                    for (String cell : trimmed.split("\\|")) {
                        addSentences(cell, lengths);
                    }
                } else if (ownUnit) {
                    addSentences(trimmed, lengths);
                }
            } else {
                paragraph.append(' ').append(trimmed);
            }
        }
        addSentences(paragraph.toString(), lengths);
        return lengths;
    }

    private static void addSentences(String text, List<Integer> lengths) {
        for (String sentence : SENTENCE_END.split(text)) {
            int words = words(sentence).size();
            // Fragments of three words or fewer (labels, figures in a table) are not sentences.
            if (words > 3) {
                lengths.add(words);
            }
        }
    }

    /** The body without calculator blocks, link destinations and inline code: what a reader reads as prose. */
    private static String prose(String markdown) {
        return markdown.replaceAll("(?s)```calculator.*?```", " ")
                .replaceAll("\\]\\([^)]*\\)", "]")
                .replaceAll("`[^`\\n]*`", "x")
                .replaceAll("\\[\\[([^\\]|]*\\|)?([^\\]]*)\\]\\]", "$2");
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static double mean(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElse(0);
    }
}
