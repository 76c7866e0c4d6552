package com.leverageglossary.formulas;

/**
 * A rendered part of an {@link Expression}: its text without a leading sign, the sign kept apart so that a sum
 * can fold it into its operator ({@code a − −b} becomes {@code a + b}) and a product can pull it to the front.
 *
 * @param precedence how tightly the text binds: {@link #SUM} needs parentheses inside a product, and so on
 * @param negative   a minus sign belongs in front of the text
 * @param unit       the text is a ±1 side factor that a product drops, keeping only its sign
 */
record Piece(String text, int precedence, boolean negative, boolean unit) {
    static final int SUM = 1;
    static final int PRODUCT = 2;
    static final int POWER = 3;
    static final int ATOM = 4;

    static Piece of(String text, int precedence) {
        return new Piece(text, precedence, false, false);
    }

    /** A leaf: a word with a space, or a number with a "%", binds less tightly than a bare symbol or number. */
    static Piece leaf(String text, boolean negative) {
        return new Piece(text, text.contains(" ") || text.contains(Notation.PERCENT) ? POWER : ATOM, negative, false);
    }

    /** The text with its sign. */
    String signed() {
        return negative ? "−" + text : text;
    }

    /** The text with its sign, in parentheses unless it is a bare atom. */
    String atom() {
        return precedence == ATOM && !negative ? text : "(" + signed() + ")";
    }

    Piece negated() {
        return precedence == SUM ? new Piece("(" + text + ")", ATOM, true, false) : new Piece(text, precedence, !negative, unit);
    }

    String wrappedBelow(int minimum) {
        return precedence < minimum ? "(" + text + ")" : text;
    }
}
