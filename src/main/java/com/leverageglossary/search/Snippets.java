package com.leverageglossary.search;


import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/** The best passage of a result with the query's words marked, escaped for HTML, and the section link. */
final class Snippets {
    private static final int FRAGMENT_CHARS = 180;
    private static final int MAX_CHARS_ANALYSED = 700;
    private final List<String> terms;
    private final Highlighter highlighter;

    Snippets(String query) {
        this.terms = SearchFields.terms(SearchFields.BODY, query);
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        terms.forEach(term -> words.add(new TermQuery(new Term(SearchFields.BODY, term)), Occur.SHOULD));
        // Term scoring, not QueryScorer: no per-document in-memory index, a fraction of the cost.
        this.highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
                new QueryTermScorer(words.build()));
        highlighter.setTextFragmenter(new SimpleFragmenter(FRAGMENT_CHARS));
        // The best passage is almost always early; analysing whole long-form terms costs milliseconds.
        highlighter.setMaxDocCharsToAnalyze(MAX_CHARS_ANALYSED);
    }

    /**
     * The start of a body that snippets are taken from: the characters the highlighter analyses, plus the rest
     * of the word it stops in, so the text it reads is the same as in the whole body.
     */
    static String window(String body) {
        if (body.length() <= MAX_CHARS_ANALYSED) {
            return body;
        }
        int end = MAX_CHARS_ANALYSED;
        while (end < body.length() && !Character.isWhitespace(body.charAt(end))) {
            end++;
        }
        // One character more than the highlighter analyses, so it treats the window like the longer body.
        return body.substring(0, Math.min(body.length(), end + 1));
    }

    /** A marked passage of the body, else of the summary, else the summary as it is. */
    String of(SearchDocument doc) {
        if (!terms.isEmpty()) {
            String body = best(doc.body());
            if (body != null) {
                return (doc.body().startsWith(encodedText(body)) ? "" : "… ") + body + " …";
            }
            String summary = best(doc.summary());
            if (summary != null) {
                return summary;
            }
        }
        return SimpleHTMLEncoder.htmlEncode(doc.summary());
    }

    /** The entry's URL, pointing at the first section whose heading holds a query word its title does not. */
    String url(SearchDocument doc) {
        List<String> titleTerms = SearchFields.terms(SearchFields.BODY, doc.title());
        for (SearchDocument.Section section : doc.headings()) {
            List<String> headingTerms = SearchFields.terms(SearchFields.BODY, section.text());
            if (terms.stream().anyMatch(t -> headingTerms.contains(t) && !titleTerms.contains(t))) {
                return doc.url() + "#" + section.anchor();
            }
        }
        return doc.url();
    }

    private String best(String text) {
        try {
            return highlighter.getBestFragment(SearchFields.ANALYZER, SearchFields.BODY, text);
        } catch (IOException | InvalidTokenOffsetsException e) {
            return null;
        }
    }

    /** The text of a highlighted fragment: marks dropped, and SimpleHTMLEncoder's entities decoded. */
    private static String encodedText(String fragment) {
        java.util.regex.Matcher entity = java.util.regex.Pattern.compile("&(#[0-9]+|quot|amp|lt|gt);")
                .matcher(fragment.replace("<mark>", "").replace("</mark>", ""));
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String decoded = switch (name) {
                case "quot" -> "\"";
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                default -> new String(Character.toChars(Integer.parseInt(name.substring(1))));
            };
            entity.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(decoded));
        }
        entity.appendTail(text);
        return text.toString();
    }
}
