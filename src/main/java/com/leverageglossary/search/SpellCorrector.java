package com.leverageglossary.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Typo tolerance and "did you mean", from Lucene's DirectSpellChecker over every word in the index:
 * a word the index has never seen is replaced by its closest indexed words, one edit away for words of
 * 4–7 letters, two for longer ones, none below 4.
 */
final class SpellCorrector {
    private static final int CANDIDATES = 3;
    private final IndexSearcher searcher;
    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    SpellCorrector(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    private static DirectSpellChecker checker(int edits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(edits);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(4);
        return checker;
    }

    /** True when the word occurs in a name or summary, or (stemmed) in a body. */
    boolean known(String word) {
        try {
            if (searcher.getIndexReader().docFreq(new Term(SearchFields.SPELL, word)) > 0) {
                return true;
            }
            for (String stem : SearchFields.terms(SearchFields.BODY, word)) {
                if (searcher.getIndexReader().docFreq(new Term(SearchFields.BODY, stem)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory index cannot fail", e);
        }
    }

    /** True for a word long enough to correct (4 letters or more) that the index does not know. */
    boolean correctable(String word) {
        return word.codePointCount(0, word.length()) >= 4 && !known(word);
    }

    /** Indexed words close to an unknown word, best first; empty for known or short words. */
    List<String> candidates(String word) {
        if (!correctable(word)) {
            return List.of();
        }
        int length = word.codePointCount(0, word.length());
        try {
            DirectSpellChecker checker = length <= 7 ? oneEdit : twoEdits;
            List<String> candidates = new ArrayList<>();
            for (SuggestWord suggestion : checker.suggestSimilar(new Term(SearchFields.SPELL, word), CANDIDATES, searcher.getIndexReader(),
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                candidates.add(suggestion.string);
            }
            return candidates;
        } catch (IOException e) {
            throw new UncheckedIOException("spell checking an in-memory index cannot fail", e);
        }
    }
}
