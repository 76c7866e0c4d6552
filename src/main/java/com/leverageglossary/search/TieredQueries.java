package com.leverageglossary.search;

import static com.leverageglossary.search.SearchFields.ALIASES;
import static com.leverageglossary.search.SearchFields.BODY;
import static com.leverageglossary.search.SearchFields.HEADINGS;
import static com.leverageglossary.search.SearchFields.KEY;
import static com.leverageglossary.search.SearchFields.SPELL;
import static com.leverageglossary.search.SearchFields.SUMMARY;
import static com.leverageglossary.search.SearchFields.TITLE;
import static com.leverageglossary.search.SearchFields.TITLE_PROSE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The ranking contract as a list of queries, strongest first: exact title or alias, every word in the
 * title or aliases, every word anywhere (phrase and proximity rank higher), prefixes, typos (1 edit for
 * words of 4–7 letters, 2 for longer, none below 4, via {@link SpellCorrector}); and the OR
 * fallback used only when all of those find nothing. Queries are built from terms, never parsed.
 */
final class TieredQueries {
    private static final int PHRASE_SLOP = 3;
    /**
     * A query word in an entry's title says the entry is about it: worth more than the word in a summary, a
     * heading and the body together, so covering the query's words by name outranks incidental mentions.
     */
    private static final float TITLE_WORD_BOOST = 6;

    private TieredQueries() {
    }

    /**
     * The AND tiers for one variant of the query, in rank order; tiers that cannot apply are left out.
     * Typo tiers only exist when a word is unknown to the index: expanding correctly spelled words to
     * their one- and two-edit neighbours finds little and costs most of the search time.
     */
    static List<Query> and(String query, Function<String, List<String>> corrections) {
        List<Query> tiers = new ArrayList<>();
        tiers.add(exact(query));
        List<String> names = SearchFields.terms(TITLE, query);
        List<String> prose = SearchFields.terms(BODY, query);
        List<String> words = words(query);
        if (!names.isEmpty()) {
            tiers.add(allInTitle(names));
        }
        if (!prose.isEmpty()) {
            tiers.add(allAnywhere(prose));
        }
        if (!words.isEmpty()) {
            tiers.add(prefixes(words));
            if (words.stream().anyMatch(w -> !corrections.apply(w).isEmpty())) {
                tiers.add(typos(words, corrections, true));
                tiers.add(typos(words, corrections, false));
            }
        }
        return tiers;
    }

    /** Any word anywhere, titles first: the fallback when no AND tier matches. */
    static Query or(String query, Function<String, List<String>> corrections) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : SearchFields.terms(BODY, query)) {
            any.add(new BoostQuery(new TermQuery(new Term(TITLE_PROSE, term)), 4), Occur.SHOULD);
            any.add(new BoostQuery(new TermQuery(new Term(SUMMARY, term)), 2), Occur.SHOULD);
            any.add(new BoostQuery(new TermQuery(new Term(HEADINGS, term)), 2), Occur.SHOULD);
            any.add(new TermQuery(new Term(BODY, term)), Occur.SHOULD);
        }
        for (String word : words(query)) {
            for (String spelling : corrections.apply(word)) {
                for (String term : SearchFields.terms(TITLE, spelling)) {
                    any.add(new TermQuery(new Term(TITLE, term)), Occur.SHOULD);
                }
            }
        }
        return any.build();
    }

    static Query exact(String query) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KEY, QueryText.key(query))), Occur.SHOULD)
                .add(new TermQuery(new Term(KEY, QueryText.singularKey(query))), Occur.SHOULD)
                .build();
    }

    private static Query allInTitle(List<String> terms) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            all.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(TITLE, term)), 2), Occur.SHOULD)
                    .add(new TermQuery(new Term(ALIASES, term)), Occur.SHOULD)
                    .build(), Occur.MUST);
        }
        return all.build();
    }

    private static Query allAnywhere(List<String> terms) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(TITLE_PROSE, term)), TITLE_WORD_BOOST), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(SUMMARY, term)), 2), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(HEADINGS, term)), 2), Occur.SHOULD);
            // In long bodies a one- or two-letter word is noise (an author's name, a unit), and as typed it is
            // usually the start of a word: leave it to names, summaries and the prefix tier.
            if (term.length() > 2) {
                anyField.add(new TermQuery(new Term(BODY, term)), Occur.SHOULD);
            }
            all.add(anyField.build(), Occur.MUST);
        }
        if (terms.size() > 1) {
            all.add(new BoostQuery(new PhraseQuery(1, TITLE_PROSE, terms.toArray(String[]::new)), 8), Occur.SHOULD);
            for (String field : List.of(SUMMARY, BODY)) {
                all.add(new BoostQuery(new PhraseQuery(PHRASE_SLOP, field, terms.toArray(String[]::new)), 3), Occur.SHOULD);
            }
        }
        return all.build();
    }

    /**
     * Each word scores by the best field it prefixes (names over summary), not by how many. Bodies are
     * left out: a two-letter prefix expands to thousands of body words and finds nothing a reader meant.
     */
    private static Query prefixes(List<String> words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            List<Query> fields = List.of(
                    new BoostQuery(new PrefixQuery(new Term(TITLE, word)), 3),
                    new BoostQuery(new PrefixQuery(new Term(ALIASES, word)), 3),
                    new PrefixQuery(new Term(SUMMARY, word)));
            all.add(new DisjunctionMaxQuery(fields, 0), Occur.MUST);
        }
        return all.build();
    }

    /**
     * Every word again, a misspelt one standing for its closest indexed words (see {@link SpellCorrector}):
     * first in titles and aliases only, then anywhere.
     */
    private static Query typos(List<String> words, Function<String, List<String>> corrections, boolean namesOnly) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            List<String> spellings = corrections.apply(word).isEmpty() ? List.of(word) : corrections.apply(word);
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (String spelling : spellings) {
                List<String> terms = namesOnly ? SearchFields.terms(TITLE, spelling) : SearchFields.terms(BODY, spelling);
                if (!terms.isEmpty()) {
                    either.add(namesOnly ? allInTitle(terms) : allAnywhere(terms), Occur.SHOULD);
                }
            }
            all.add(either.build(), Occur.MUST);
        }
        return all.build();
    }

    /** The query's words as typed (lower case, accents folded, stop words dropped), for prefix and typo matching. */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String word : SearchFields.terms(SPELL, query)) {
            if (!Analyzers.STOP_WORDS.contains(word) && word.length() >= 2 && words.size() < 8) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
