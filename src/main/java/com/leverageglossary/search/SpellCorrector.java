package com.leverageglossary.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** "Did you mean": replaces each word the index has never seen with its closest indexed word. */
final class SpellCorrector {
    static final String FIELD = "spell";
    private final IndexSearcher searcher;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellCorrector(IndexSearcher searcher) {
        this.searcher = searcher;
        checker.setMinQueryLength(3);
    }

    /** The corrected query when it differs and finds something, else null. */
    String correct(String query, Predicate<String> findsSomething) {
        try {
            List<String> corrected = new ArrayList<>();
            boolean changed = false;
            for (String word : QueryText.terms(Analyzers.WORDS, FIELD, query)) {
                String replacement = word;
                if (searcher.getIndexReader().docFreq(new Term(FIELD, word)) == 0) {
                    SuggestWord[] suggestions = checker.suggestSimilar(new Term(FIELD, word), 1, searcher.getIndexReader(),
                            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (suggestions.length > 0) {
                        replacement = suggestions[0].string;
                        changed = true;
                    }
                }
                corrected.add(replacement);
            }
            String suggestion = String.join(" ", corrected);
            return changed && findsSomething.test(suggestion) ? suggestion : null;
        } catch (IOException e) {
            throw new UncheckedIOException("spell checking an in-memory index cannot fail", e);
        }
    }
}
