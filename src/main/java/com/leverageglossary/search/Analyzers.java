package com.leverageglossary.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;

/**
 * How text becomes terms ({@link SearchFields} says which field is analysed how). Names split on hyphens and
 * other punctuation and also keep the joined word, so "leverage-induced", "leverage induced" and
 * "leverageinduced" meet; they are only de-pluralised. Prose gets English analysis with Porter stemming. Both
 * fold accents and drop English stop words.
 */
final class Analyzers {
    /** Question words people type that carry no meaning for matching ("what is", "how does"). */
    static final CharArraySet STOP_WORDS = stopWords();
    static final Analyzer NAMES = names();
    static final Analyzer PROSE = prose();
    static final Analyzer WORDS = words();

    private Analyzers() {
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        for (String word : new String[] {"what", "how", "why", "when", "does", "do", "is", "are", "can", "which", "who", "mean", "means",
                "calculated", "computed", "explained", "defined"}) {
            words.add(word);
        }
        return CharArraySet.unmodifiableSet(words);
    }

    private static Analyzer names() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new WhitespaceTokenizer();
                int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                        | WordDelimiterGraphFilter.CATENATE_WORDS | WordDelimiterGraphFilter.CATENATE_NUMBERS;
                // Flattened so the graph of split and joined parts can be indexed.
                TokenStream stream = new FlattenGraphFilter(new WordDelimiterGraphFilter(source, flags, null));
                stream = new ASCIIFoldingFilter(stream);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                stream = new EnglishMinimalStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static Analyzer prose() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new org.apache.lucene.analysis.standard.StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new ASCIIFoldingFilter(stream);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Whole words as written (lower case, folded): the vocabulary "did you mean" corrects against. */
    private static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new org.apache.lucene.analysis.standard.StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(source);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
