package com.leverageglossary.search;

import com.leverageglossary.markdown.PlainText;

import com.leverageglossary.App;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Search and suggest latency (sampled, so JMH reports p50 and p99) over the real glossary and over a
 * generated corpus of 10,000 synthetic entries, plus the time to build each index. The corpus is made
 * here from the real entries' vocabulary and never committed.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {
    private static final String[] QUERIES = {"leverage loops", "liquidaton price", "helth factor", "lev lo", "cpp", "LTV",
            "what happens when leverage loops unwind", "funding cost calculator", "vomma", "maintenance margin tiers"};
    private static final String[] PREFIXES = {"liq", "lev lo", "helth fac", "cpp", "vo", "funding", "margin", "price"};

    @Param({"glossary", "synthetic-10000"})
    String corpus;

    List<SearchDocument> documents;
    Synonyms synonyms;
    SearchIndex index;
    int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        var site = App.load(Path.of("content"));
        SearchIndex real = SearchIndex.build(site, App.CALCULATORS.all());
        documents = corpus.equals("glossary") ? realDocuments(site) : synthetic(realDocuments(site), 10_000);
        synonyms = new Synonyms(site.synonyms());
        long before = usedHeap();
        long started = System.nanoTime();
        index = corpus.equals("glossary") ? real : SearchIndex.of(documents, synonyms);
        long built = System.nanoTime() - started;
        System.out.printf("%n[%s] %d documents, index built in %d ms, heap for the index about %d MB%n", corpus,
                documents.size(), built / 1_000_000, Math.max(0, usedHeap() - before) / (1024 * 1024));
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static List<SearchDocument> realDocuments(com.leverageglossary.content.Site site) {
        List<SearchDocument> docs = new ArrayList<>();
        for (var entry : site.entries()) {
            docs.add(new SearchDocument(entry.title(), entry.url(), entry.kind().name().toLowerCase(), entry.aliases(),
                    entry.areaSlugs(), entry.areaSlugs(), entry.summary(), PlainText.of(entry.bodyHtml()), List.of()));
        }
        return docs;
    }

    /** Entries whose titles, summaries and bodies recombine the real vocabulary, with the real entries among them. */
    private static List<SearchDocument> synthetic(List<SearchDocument> real, int size) {
        Random random = new Random(42);
        List<String> words = new ArrayList<>();
        for (SearchDocument doc : real) {
            for (String word : doc.body().split("\\s+")) {
                if (word.matches("[A-Za-z-]{3,}")) {
                    words.add(word.toLowerCase());
                }
            }
        }
        List<SearchDocument> docs = new ArrayList<>(real);
        while (docs.size() < size) {
            int n = docs.size();
            String title = capital(words.get(random.nextInt(words.size()))) + " " + capital(words.get(random.nextInt(words.size()))) + " " + n;
            docs.add(new SearchDocument(title, "/definition/synthetic-" + n + "/", "definition", List.of("syn " + n), List.of("area-" + n % 6),
                    List.of("Area " + n % 6), text(words, random, 20), text(words, random, 300), List.of()));
        }
        return docs;
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String text(List<String> words, Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(words.get(random.nextInt(words.size()))).append(' ');
        }
        return text.toString();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public SearchResults search() {
        return index.search(QUERIES[next++ % QUERIES.length], null, null, 0, 10);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public List<Suggestion> suggest() {
        return index.suggest(PREFIXES[next++ % PREFIXES.length], 8);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SearchIndex build() {
        return SearchIndex.of(documents, synonyms);
    }
}
