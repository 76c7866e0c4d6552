package com.leverageglossary.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * The index schema: every field of a Lucene document, what it holds and how it is analysed, and how a
 * {@link SearchDocument} becomes one. Queries analyse their words with {@link #terms}, so a word is always
 * analysed the way the field it is looked up in was indexed.
 */
final class SearchFields {
    /** Our document number, as doc values: maps a hit to its {@link SearchDocument} without loading stored fields. */
    static final String NUMBER = "n";
    /** The page's URL, one unanalysed term: identifies a document when the index is updated. */
    static final String URL = "url";
    /** Stored only: the body as plain text, read back for the snippet of a shown result. */
    static final String STORED_BODY = "stored_body";
    /** Stored only: the headings, one "text TAB anchor" line each, read back to link a result to its section. */
    static final String STORED_HEADINGS = "stored_headings";
    static final Set<String> STORED_TEXT = Set.of(STORED_BODY, STORED_HEADINGS);

    /** Title and aliases as {@link QueryText#key keys}, with and without a plural ending, unanalysed: exact name matches. */
    static final String KEY = "key";
    /** The title, analysed as a name ({@link Analyzers#NAMES}). */
    static final String TITLE = "title";
    /** Each alias, analysed as a name. */
    static final String ALIASES = "aliases";
    /** The title again, analysed as prose, so that it ranks with summary and body in the all-words tier and in phrases. */
    static final String TITLE_PROSE = "title_prose";
    /** Prose ({@link Analyzers#PROSE}). */
    static final String SUMMARY = "summary";
    /** Each heading, as prose. */
    static final String HEADINGS = "headings";
    /** The body as plain text, as prose. */
    static final String BODY = "body";

    /** Title and aliases in {@link Suggester#normal normal} form, unanalysed: suggestions that start with what was typed. */
    static final String NAME_START = "name_start";
    /** Title and aliases as whole words ({@link Analyzers#WORDS}): suggestions holding every word typed. */
    static final String NAME_WORDS = "name_words";
    /**
     * Names and summary as whole words: the vocabulary {@link SpellCorrector} corrects against, smaller than the
     * bodies', and the words people look up.
     */
    static final String SPELL = "spell";

    /** How each field is analysed, at index and at query time; fields not listed are prose. */
    static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(Analyzers.PROSE, Map.of(
            TITLE, Analyzers.NAMES,
            ALIASES, Analyzers.NAMES,
            NAME_WORDS, Analyzers.WORDS,
            SPELL, Analyzers.WORDS));

    private SearchFields() {
    }

    /** The distinct terms {@code text} gives when analysed as {@code field} is, in order. */
    static List<String> terms(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!terms.contains(term.toString())) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        return terms;
    }

    /** The Lucene document of {@code doc}, numbered {@code number}. */
    static Document document(int number, SearchDocument doc) {
        Document lucene = new Document();
        lucene.add(new NumericDocValuesField(NUMBER, number));
        lucene.add(new StringField(URL, doc.url(), Field.Store.NO));
        // Only the part of the body a snippet can come from is stored: reading ten results then decompresses a
        // fraction of the bytes, and the index shrinks (long-form terms run to tens of kilobytes).
        lucene.add(new StoredField(STORED_BODY, Snippets.window(doc.body())));
        StringBuilder headings = new StringBuilder();
        doc.headings().forEach(h -> headings.append(h.text().replace('\n', ' ').replace('\t', ' ')).append('\t').append(h.anchor()).append('\n'));
        lucene.add(new StoredField(STORED_HEADINGS, headings.toString()));
        Set<String> keys = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        names.add(doc.title());
        names.addAll(doc.aliases());
        for (String name : names) {
            keys.add(QueryText.key(name));
            keys.add(QueryText.singularKey(name));
            lucene.add(new StringField(NAME_START, Suggester.normal(name), Field.Store.NO));
            lucene.add(new TextField(NAME_WORDS, name, Field.Store.NO));
        }
        keys.forEach(key -> lucene.add(new StringField(KEY, key, Field.Store.NO)));
        lucene.add(new TextField(TITLE, doc.title(), Field.Store.NO));
        lucene.add(new TextField(TITLE_PROSE, doc.title(), Field.Store.NO));
        doc.aliases().forEach(alias -> lucene.add(new TextField(ALIASES, alias, Field.Store.NO)));
        lucene.add(new TextField(SUMMARY, doc.summary(), Field.Store.NO));
        doc.headings().forEach(h -> lucene.add(new TextField(HEADINGS, h.text(), Field.Store.NO)));
        lucene.add(new TextField(BODY, doc.body(), Field.Store.NO));
        lucene.add(new TextField(SPELL, String.join(" ", names) + " " + doc.summary(), Field.Store.NO));
        return lucene;
    }

    /** {@code light} with the body and headings read back from its {@code stored} fields ({@link #STORED_TEXT}). */
    static SearchDocument withStoredText(SearchDocument light, Document stored) {
        List<SearchDocument.Section> headings = new ArrayList<>();
        for (String line : stored.get(STORED_HEADINGS).split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                headings.add(new SearchDocument.Section(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return light.withText(stored.get(STORED_BODY), headings);
    }
}
