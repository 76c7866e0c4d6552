package com.leverageglossary.search;

import java.text.Normalizer;
import java.util.Locale;

/** What a user typed, made safe: never parsed as Lucene syntax, bounded in length, cleaned of control characters. */
final class QueryText {
    /** Longer queries are cut here: no real question needs more, and it bounds the work per request. */
    static final int MAX_CHARS = 200;
    /** Words after the twelfth are dropped: each word adds clauses to every tier, and no name is that long. */
    static final int MAX_WORDS = 12;

    private QueryText() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.length() > MAX_CHARS * 4 ? raw.substring(0, MAX_CHARS * 4) : raw;
        text = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}]", " ").replaceAll("\\s+", " ").strip();
        text = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS).strip() : text;
        String[] words = text.split(" ");
        return words.length > MAX_WORDS ? String.join(" ", java.util.Arrays.asList(words).subList(0, MAX_WORDS)) : text;
    }

    /** A name reduced to letters and digits, for exact title and alias matches: "Loan-to-Value" → "loantovalue". */
    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The key without a plural ending, so "leverage loop" finds "Leverage Loops". */
    static String singularKey(String name) {
        String key = key(name);
        return key.length() > 3 && key.endsWith("s") && !key.endsWith("ss") ? key.substring(0, key.length() - 1) : key;
    }
}
