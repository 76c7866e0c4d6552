package com.leverageglossary.search;

import com.leverageglossary.App;
import com.leverageglossary.content.Site;
import com.leverageglossary.testing.CorpusGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Search and suggest latency (sampled, so JMH reports p50 and p99) over the real glossary and over generated
 * corpora of real-size entries (the real bodies copied under new slugs by {@link CorpusGenerator}), plus the
 * time to build each index. Generated files live in a temporary folder and are never committed.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {
    /** Typos, prefixes, acronyms, questions, multi-word and calculator queries. */
    private static final String[] QUERIES = {"leverage loops", "liquidaton price", "helth factor", "lev lo", "cpp", "LTV",
            "what happens when leverage loops unwind", "funding cost calculator", "vomma", "maintenance margin tiers",
            "perp liquidation price", "value at risk", "reg t", "basis trade"};
    private static final String[] PREFIXES = {"liq", "lev lo", "helth fac", "cpp", "vo", "funding", "margin", "price"};

    @Param({"glossary", "generated-1000", "generated-10000"})
    String corpus;

    Site site;
    SearchIndex index;
    Path generated;
    int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path content = Path.of("content");
        if (corpus.startsWith("generated-")) {
            generated = Files.createTempDirectory("search-bench");
            CorpusGenerator.generate(content, generated, Integer.parseInt(corpus.substring("generated-".length())));
            content = generated;
        }
        site = App.load(content);
        long started = System.nanoTime();
        index = SearchIndex.build(site, App.CALCULATORS.all());
        System.out.printf("%n[%s] %d entries, index built in %d ms%n", corpus, site.entries().size(), (System.nanoTime() - started) / 1_000_000);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        index.close();
        if (generated != null) {
            try (var files = Files.walk(generated)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
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
}
