package com.leverageglossary.search;

import com.leverageglossary.urls.SiteUrls;

import com.leverageglossary.markdown.PlainText;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.content.Area;
import com.leverageglossary.content.Entry;
import com.leverageglossary.content.EntryDocument;
import com.leverageglossary.content.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The in-memory Lucene index of every entry and calculator, built once per content load. Immutable
 * after construction and safe to share between request threads.
 */
public final class SearchIndex {
    /**
     * More results than this are never ranked, shown or counted ("200+" is all a reader needs to know);
     * it also lets ranking stop before the weaker tiers once enough has been found.
     */
    public static final int MAX_RESULTS = 200;
    /** Written last into a kept index folder: without it the folder is an interrupted build. */
    private static final String COMPLETE = "complete";
    /** Heap the writer may fill before flushing a segment to disk. */
    private static final double WRITE_BUFFER_MB = 8;
    /** Kept per document: what result lists show. Bodies and headings live in the index's stored fields. */
    private final List<SearchDocument> documents;
    private final IndexSearcher searcher;
    private final Synonyms synonyms;
    private final Suggester suggester;
    private final SpellCorrector speller;
    private final Path folder;

    /** Lucene document id → our document number, read once from doc values so that no query loads stored fields. */
    private final int[] numbers;
    /** Our document number → Lucene document id, for reading a shown result's stored text. */
    private final int[] luceneIds;
    /** Our document number → length of its shortest name, a tie-breaker computed once rather than per comparison. */
    private final int[] shortestNames;

    /** True for a folder of this process alone, deleted on close; false for a kept folder that a later run reopens. */
    private final boolean temporary;

    private SearchIndex(List<SearchDocument> documents, IndexSearcher searcher, Synonyms synonyms, Path folder, boolean temporary)
            throws IOException {
        this.temporary = temporary;
        this.documents = documents;
        this.searcher = searcher;
        this.synonyms = synonyms;
        this.folder = folder;
        this.numbers = new int[searcher.getIndexReader().maxDoc()];
        this.luceneIds = new int[documents.size()];
        this.shortestNames = documents.stream().mapToInt(SearchIndex::shortestName).toArray();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues values = DocValues.getNumeric(leaf.reader(), SearchFields.NUMBER);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                numbers[leaf.docBase + doc] = (int) values.longValue();
                luceneIds[(int) values.longValue()] = leaf.docBase + doc;
            }
        }
        this.suggester = new Suggester(searcher, documents, numbers);
        this.speller = new SpellCorrector(searcher);
    }

    public static SearchIndex build(Site site, List<Calculator> calculators) {
        return build(site, calculators, null);
    }

    /**
     * Builds the index into {@code kept}, a folder that outlives the process (see ContentCache), or reopens the
     * index a previous run completed there; with {@code kept} null, into a temporary folder.
     */
    public static SearchIndex build(Site site, List<Calculator> calculators, Path kept) {
        List<Entry> entries = site.entries();
        int count = entries.size() + calculators.size();
        // Each entry's body is read and rendered from its file only while it is indexed.
        IntFunction<SearchDocument> documentAt = i -> i < entries.size()
                ? document(site, entries.get(i)) : document(calculators.get(i - entries.size()));
        Synonyms synonyms = synonyms(site);
        if (kept != null && Files.exists(kept.resolve(COMPLETE))) {
            try {
                // The same content and code indexed it before: only the light part is made again, without reading bodies.
                List<SearchDocument> light = IntStream.range(0, count).mapToObj(i -> (i < entries.size()
                        ? lightDocument(site, entries.get(i)) : document(calculators.get(i - entries.size()))).withoutText()).toList();
                return new SearchIndex(light, new IndexSearcher(DirectoryReader.open(FSDirectory.open(kept))), synonyms, kept, false);
            } catch (IOException e) {
                // A damaged folder is built again below.
            }
        }
        return of(count, documentAt, synonyms, kept);
    }

    /** The site's synonym groups, and each entry's title with its aliases. */
    private static Synonyms synonyms(Site site) {
        List<List<String>> groups = new ArrayList<>(site.synonyms());
        for (Entry entry : site.entries()) {
            if (!entry.aliases().isEmpty()) {
                List<String> group = new ArrayList<>();
                group.add(entry.title());
                group.addAll(entry.aliases());
                groups.add(group);
            }
        }
        return new Synonyms(groups);
    }

    /**
     * The index of {@code after}, made from this index of {@code before} ({@code --dev} reloads): the
     * unchanged documents are copied as they are, and only changed entries are read, rendered and analysed
     * again. This index is left as it was, for searches still running on it.
     */
    public SearchIndex updated(Site before, Site after, List<Calculator> calculators) {
        Set<String> stale = staleUrls(before, after);
        try {
            Path copy = Files.createTempDirectory("leverage-glossary-index");
            OPEN_FOLDERS.add(copy);
            try (Directory source = FSDirectory.open(folder); Directory target = FSDirectory.open(copy);
                 IndexWriter writer = new IndexWriter(target, new IndexWriterConfig(SearchFields.ANALYZER).setRAMBufferSizeMB(WRITE_BUFFER_MB))) {
                writer.addIndexes(source);
                for (String url : stale) {
                    writer.deleteDocuments(new Term(SearchFields.URL, url));
                }
                // Documents are numbered in the site's order, which an added or deleted entry shifts.
                List<Entry> entries = after.entries();
                for (int i = 0; i < entries.size(); i++) {
                    Entry entry = entries.get(i);
                    if (stale.contains(entry.url())) {
                        writer.addDocument(SearchFields.document(i, document(after, entry)));
                    } else {
                        writer.updateNumericDocValue(new Term(SearchFields.URL, entry.url()), SearchFields.NUMBER, i);
                    }
                }
                for (int i = 0; i < calculators.size(); i++) {
                    writer.updateNumericDocValue(new Term(SearchFields.URL, document(calculators.get(i)).url()), SearchFields.NUMBER, entries.size() + i);
                }
                writer.commit();
            }
            List<SearchDocument> light = new ArrayList<>();
            after.entries().forEach(entry -> light.add(lightDocument(after, entry)));
            calculators.forEach(calculator -> light.add(document(calculator).withoutText()));
            return new SearchIndex(light, new IndexSearcher(DirectoryReader.open(FSDirectory.open(copy))), synonyms(after), copy, true);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the search index to a temporary folder: " + e.getMessage(), e);
        }
    }

    /**
     * URLs whose documents must be made again: entries added, removed or changed in any way (their file's
     * text, or what the site knows of them), and entries whose bodies link to a changed one, because a link
     * shows its target's title.
     */
    static Set<String> staleUrls(Site before, Site after) {
        Map<String, Entry> previous = new java.util.HashMap<>();
        before.entries().forEach(entry -> previous.put(entry.url(), entry));
        Set<String> stale = new LinkedHashSet<>();
        Set<String> changedSlugs = new java.util.HashSet<>();
        for (Entry entry : after.entries()) {
            if (!entry.equals(previous.remove(entry.url()))) {
                stale.add(entry.url());
                changedSlugs.add(entry.slug());
            }
        }
        previous.values().forEach(gone -> {
            stale.add(gone.url());
            changedSlugs.add(gone.slug());
        });
        for (Entry entry : after.entries()) {
            if (entry.linkedSlugs().stream().anyMatch(changedSlugs::contains)) {
                stale.add(entry.url());
            }
        }
        return stale;
    }

    /**
     * Indexes {@code count} documents in parallel into a folder of its own, memory-mapped (outside the Java
     * heap), and keeps only each document's light part in memory.
     */
    private static SearchIndex of(int count, IntFunction<SearchDocument> documentAt, Synonyms synonyms, Path kept) {
        try {
            // Built in a folder of its own; a kept index is then moved into place in one step, so that two
            // instances starting together never write into one folder, and a reader never sees half an index.
            Path folder = kept == null ? Files.createTempDirectory("leverage-glossary-index")
                    : Files.createDirectories(kept.resolveSibling(kept.getFileName() + "-" + java.util.UUID.randomUUID()));
            OPEN_FOLDERS.add(folder);
            Directory directory = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(SearchFields.ANALYZER).setRAMBufferSizeMB(WRITE_BUFFER_MB);
            List<SearchDocument> light;
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                light = IntStream.range(0, count).parallel().mapToObj(i -> {
                    SearchDocument document = documentAt.apply(i);
                    try {
                        writer.addDocument(SearchFields.document(i, document));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return document.withoutText();
                }).toList();
                writer.forceMerge(1);
                writer.commit();
            }
            directory.close();
            if (kept != null) {
                Files.createFile(folder.resolve(COMPLETE));
                try {
                    Files.move(folder, kept, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    OPEN_FOLDERS.remove(folder);
                    folder = kept;
                } catch (IOException e) {
                    // Another instance put its index there first: this one serves from its own folder, deleted on close.
                }
            }
            boolean temporary = OPEN_FOLDERS.contains(folder);
            return new SearchIndex(light, new IndexSearcher(DirectoryReader.open(FSDirectory.open(folder))), synonyms, folder, temporary);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot write the search index to a temporary folder: " + e.getMessage(), e);
        }
    }

    /** Index folders not yet deleted; whatever is left when the JVM exits is deleted then. */
    private static final Set<Path> OPEN_FOLDERS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN_FOLDERS.forEach(SearchIndex::delete), "index-cleanup"));
    }

    /** Releases the index files; searches still running on this index may fail, so callers wait before closing. */
    public void close() {
        try {
            searcher.getIndexReader().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index reader", e);
        }
        if (temporary) {
            delete(folder);
            OPEN_FOLDERS.remove(folder);
        }
    }

    private static void delete(Path folder) {
        try {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // Best effort: a temporary folder left behind is harmless.
        }
    }

    /** A shown result's body and headings, read from the index's stored fields. */
    private SearchDocument withText(int number) {
        try {
            return SearchFields.withStoredText(documents.get(number), searcher.storedFields().document(luceneIds[number], SearchFields.STORED_TEXT));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a stored field cannot fail", e);
        }
    }

    /** What result lists show of an entry, without reading its body. */
    private static SearchDocument lightDocument(Site site, Entry entry) {
        List<Area> areas = entry.areaSlugs().stream().map(slug -> site.area(slug).orElseThrow()).toList();
        return new SearchDocument(entry.title(), entry.url(), entry.kind().name().toLowerCase(java.util.Locale.ROOT), entry.aliases(),
                entry.areaSlugs(), areas.stream().map(Area::title).toList(), entry.summary(), null, List.of());
    }

    private static SearchDocument document(Site site, Entry entry) {
        List<Area> areas = entry.areaSlugs().stream().map(slug -> site.area(slug).orElseThrow()).toList();
        EntryDocument document = site.document(entry);
        return new SearchDocument(entry.title(), entry.url(), entry.kind().name().toLowerCase(java.util.Locale.ROOT), entry.aliases(),
                entry.areaSlugs(), areas.stream().map(Area::title).toList(), entry.summary(), document.body().plainText(),
                document.headings().stream().map(h -> new SearchDocument.Section(h.text(), h.anchor())).toList());
    }

    private static SearchDocument document(Calculator calculator) {
        String body = String.join(" ", calculator.explanation()) + " " + String.join(" ", calculator.formula());
        return new SearchDocument(calculator.title(), SiteUrls.calculator(calculator.id()), "calculator", List.of(),
                List.of(), List.of(), calculator.description(), body, List.of());
    }

    /**
     * Ranked results for {@code rawQuery}, filtered by area and kind (either may be null), one page of
     * {@code pageSize} from {@code offset}.
     */
    public SearchResults search(String rawQuery, String area, String kind, int offset, int pageSize) {
        String query = QueryText.clean(rawQuery);
        Corrections corrections = new Corrections(speller);
        List<Integer> ranked = query.isEmpty() ? List.of() : rank(query, corrections);
        Map<String, Integer> areaCounts = new LinkedHashMap<>();
        Map<String, Integer> kindCounts = new LinkedHashMap<>();
        List<Integer> filtered = new ArrayList<>();
        for (int n : ranked) {
            SearchDocument doc = documents.get(n);
            boolean kindOk = kind == null || doc.kind().equals(kind);
            boolean areaOk = area == null || doc.areaSlugs().contains(area);
            if (kindOk) {
                doc.areaSlugs().forEach(slug -> areaCounts.merge(slug, 1, Integer::sum));
            }
            if (areaOk) {
                kindCounts.merge(doc.kind(), 1, Integer::sum);
            }
            if (kindOk && areaOk) {
                filtered.add(n);
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        Snippets snippets = new Snippets(query);
        for (int i = offset; i < Math.min(filtered.size(), offset + pageSize); i++) {
            SearchDocument doc = withText(filtered.get(i));
            hits.add(new SearchHit(doc.title(), snippets.url(doc), doc.kind(), doc.areaSlugs(), doc.areaTitles(), snippets.of(doc)));
        }
        // Offered whenever a word is unknown to the index and its correction finds something, even if typo matching already did.
        String didYouMean = query.isEmpty() ? null : didYouMean(query, corrections, !ranked.isEmpty());
        return new SearchResults(query, filtered.size(), hits, sortedByCount(areaCounts), sortedByCount(kindCounts), didYouMean);
    }

    /** The query as search reads it: control characters gone, white space folded, cut at 200 characters. */
    public static String cleanQuery(String rawQuery) {
        return QueryText.clean(rawQuery);
    }

    public List<Suggestion> suggest(String rawQuery, int limit) {
        String query = QueryText.clean(rawQuery);
        return query.isEmpty() ? List.of() : suggester.suggest(query, limit);
    }

    /** The query with each unknown word replaced by its best correction, when that finds something. */
    private String didYouMean(String query, Corrections corrections, boolean typoTiersFoundSomething) {
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : SearchFields.terms(SearchFields.SPELL, query)) {
            List<String> candidates = corrections.apply(word);
            corrected.add(candidates.isEmpty() ? word : candidates.get(0));
            changed |= !candidates.isEmpty();
        }
        String suggestion = String.join(" ", corrected);
        // When the query already found results, the typo tiers matched these very corrections; no need to rank again.
        return changed && (typoTiersFoundSomething || !rank(suggestion, corrections).isEmpty()) ? suggestion : null;
    }

    /** Document numbers in contract order: tier by tier, each tier trying every synonym variant. */
    /** @param correct spelling candidates per word, shared by every ranking of one request */
    private List<Integer> rank(String query, Corrections correct) {
        List<String> variants = synonyms.variants(query);
        List<List<Query>> tiersByVariant = variants.stream().map(v -> TieredQueries.and(v, correct)).toList();
        Set<Integer> ranked = new LinkedHashSet<>();
        List<String> queryTerms = SearchFields.terms(SearchFields.BODY, query);
        int tiers = tiersByVariant.stream().mapToInt(List::size).max().orElse(0);
        for (int tier = 0; tier < tiers && ranked.size() < MAX_RESULTS; tier++) {
            List<Query> queries = new ArrayList<>();
            for (List<Query> variantTiers : tiersByVariant) {
                if (tier < variantTiers.size()) {
                    queries.add(variantTiers.get(tier));
                }
            }
            collect(queries, queryTerms, ranked);
        }
        if (ranked.isEmpty()) {
            collect(variants.stream().map(variant -> TieredQueries.or(variant, correct)).toList(), queryTerms, ranked);
        }
        return List.copyOf(ranked);
    }

    /**
     * A document's place in a tier: how many of the query's words its name (title or an alias) covers, then
     * its best score over every synonym variant of the query.
     */
    private record Scored(int number, int namedWords, float score) {
    }

    /**
     * How many of the query's own words appear in the document's title or aliases. It ranks before the score so
     * that covering the query's words by name beats an exact alias hit on one of them: "perp liquidation price"
     * puts Liquidation Price (two words by name) above Perpetual Futures (one, through the alias "perp").
     */
    private int namedWords(int number, List<String> queryTerms) {
        if (queryTerms.size() < 2) {
            return 0;
        }
        SearchDocument doc = documents.get(number);
        return (int) queryTerms.stream().filter(doc::namesWord).count();
    }

    /**
     * Adds one tier's hits, ranked by the query words their names cover, then by their best score over the
     * query's synonym variants (so a variant that matched first does not win by order alone). Equal scores
     * (prefix queries score constantly) put entries before calculators and shorter names first, so "lev lo"
     * offers Leverage Loops before Leverage Feedback Loops.
     */
    private void collect(List<Query> variants, List<String> queryTerms, Set<Integer> ranked) {
        Map<Integer, Float> best = new java.util.HashMap<>();
        int wanted = MAX_RESULTS - ranked.size() + 1;
        for (Query query : variants) {
            try {
                // Counting only as many hits as are wanted lets Lucene skip blocks that cannot make the top.
                for (ScoreDoc hit : searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted)).scoreDocs) {
                    best.merge(documentNumber(hit.doc), hit.score, Math::max);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("searching the index cannot fail", e);
            } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
                // A pathological query (very many prefix or fuzzy expansions) skips this tier rather than failing.
            }
        }
        best.entrySet().stream().map(e -> new Scored(e.getKey(), namedWords(e.getKey(), queryTerms), e.getValue()))
                .sorted(java.util.Comparator.comparingInt((Scored h) -> -h.namedWords())
                        .thenComparingDouble(h -> -h.score())
                        .thenComparingInt(h -> documents.get(h.number()).kind().equals("calculator") ? 1 : 0)
                        .thenComparingInt(h -> shortestNames[h.number()])
                        .thenComparingInt(Scored::number))
                .limit(MAX_RESULTS - ranked.size())
                .forEach(h -> ranked.add(h.number()));
    }

    private static int shortestName(SearchDocument doc) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(doc.title()), doc.aliases().stream())
                .mapToInt(String::length).min().orElse(doc.title().length());
    }

    private int documentNumber(int luceneDoc) {
        return numbers[luceneDoc];
    }

    private static Map<String, Integer> sortedByCount(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
