package com.leverageglossary.search;

import static com.leverageglossary.search.SearchFields.NAME_START;
import static com.leverageglossary.search.SearchFields.NAME_WORDS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Autocomplete over titles and aliases: names that start with what was typed, then names containing
 * every word (the last one as a prefix, anywhere in the name), then the same with typos forgiven.
 */
final class Suggester {
    private static final int CANDIDATES = 50;
    private final IndexSearcher searcher;
    private final List<SearchDocument> documents;
    private final int[] numbers;

    Suggester(IndexSearcher searcher, List<SearchDocument> documents, int[] numbers) {
        this.searcher = searcher;
        this.documents = documents;
        this.numbers = numbers;
    }

    /** Lower case, accents folded, punctuation as single spaces: "Loan-to-Value" → "loan to value". */
    static String normal(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    List<Suggestion> suggest(String query, int limit) {
        List<String> words = SearchFields.terms(NAME_WORDS, query);
        if (words.isEmpty()) {
            return List.of();
        }
        Set<Integer> found = new LinkedHashSet<>();
        add(startsWith(normal(query)), found, limit, true);
        add(allWords(words, false), found, limit, false);
        add(allWords(words, true), found, limit, false);
        return found.stream().limit(limit).map(documents::get)
                .map(doc -> new Suggestion(doc.title(), doc.url(), doc.kind())).toList();
    }

    private static Query startsWith(String normal) {
        return new PrefixQuery(new Term(NAME_START, normal));
    }

    private static Query allWords(List<String> words, boolean forgiveTypos) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            either.add(last ? new PrefixQuery(new Term(NAME_WORDS, word)) : new TermQuery(new Term(NAME_WORDS, word)), Occur.SHOULD);
            int length = word.codePointCount(0, word.length());
            if (forgiveTypos && length >= 4) {
                either.add(new FuzzyQuery(new Term(NAME_WORDS, word), length <= 7 ? 1 : 2, 1), Occur.SHOULD);
            }
            all.add(either.build(), Occur.MUST);
        }
        return all.build();
    }

    /** Adds matches; the first tier lists shorter names first, so "cppi" offers "CPPI" before longer titles. */
    private void add(Query query, Set<Integer> found, int limit, boolean shortestFirst) {
        if (found.size() >= limit) {
            return;
        }
        try {
            List<Integer> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, CANDIDATES).scoreDocs) {
                hits.add(numbers[hit.doc]);
            }
            if (shortestFirst) {
                hits.sort(Comparator.comparingInt(n -> documents.get(n).title().length()));
            }
            found.addAll(hits);
        } catch (IOException e) {
            throw new UncheckedIOException("searching an in-memory index cannot fail", e);
        } catch (IndexSearcher.TooManyClauses e) {
            // Too many expansions: this tier adds nothing.
        }
    }
}
