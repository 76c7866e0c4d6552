package com.leverageglossary.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Spelling candidates for the words of one request: each word is looked up once, and at most
 * {@link #MAX_CORRECTED_WORDS} unknown words are sent to the spell checker, its costliest step, so a long
 * query full of typos costs little more than a short one. Further unknown words stay as typed.
 */
final class Corrections implements Function<String, List<String>> {
    static final int MAX_CORRECTED_WORDS = 3;
    private final SpellCorrector speller;
    private final Map<String, List<String>> found = new HashMap<>();
    private int corrected;

    Corrections(SpellCorrector speller) {
        this.speller = speller;
    }

    @Override
    public List<String> apply(String word) {
        List<String> candidates = found.get(word);
        if (candidates == null) {
            boolean lookUp = speller.correctable(word) && corrected < MAX_CORRECTED_WORDS;
            if (lookUp) {
                corrected++;
            }
            candidates = lookUp ? speller.candidates(word) : List.of();
            found.put(word, candidates);
        }
        return candidates;
    }
}
