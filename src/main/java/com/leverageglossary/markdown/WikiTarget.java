package com.leverageglossary.markdown;

import java.util.Set;

/**
 * Where a {@code [[name]]} link goes and the words it shows when the author wrote no text of their own.
 *
 * @param url  the entry's canonical URL
 * @param text the words to show for a bare link
 */
public record WikiTarget(String url, String text) {
    /** Proper nouns that keep their capital letter mid-sentence. */
    private static final Set<String> PROPER_NOUNS = Set.of("Basel", "Kelly", "Black", "Scholes", "Merton", "Aave");

    /**
     * A title as it reads mid-sentence: "Leverage Management in CPPI" → "leverage management in CPPI",
     * "Loan-to-Value" → "loan-to-value"; acronyms (two or more capitals) and proper nouns keep their case.
     */
    public static String inlineName(String title) {
        StringBuilder text = new StringBuilder(title.length());
        for (String token : title.split("(?<=[\\s-])|(?=[\\s-])")) {
            boolean keep = token.chars().filter(Character::isUpperCase).count() >= 2 || PROPER_NOUNS.contains(token);
            text.append(keep ? token : token.toLowerCase(java.util.Locale.ROOT));
        }
        return text.toString();
    }
}
