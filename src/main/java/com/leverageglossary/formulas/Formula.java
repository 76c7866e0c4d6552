package com.leverageglossary.formulas;

/**
 * A named result and the one {@link Expression} that computes it: the formula line ({@link #line()}, e.g.
 * {@code LP = (M + cum − s·Q·EP) ÷ (Q·MMR − s·Q)}), the shown work ({@link #work(Notation)}, e.g.
 * {@code LP = (6,000.00 + 0.00 + 0.5000 × 60,000.00) ÷ (0.5000 × 0.50 % + 0.5000) = 65,621.89}) and the value all
 * come from it, so they cannot drift apart. Inside another expression a formula stands for its result: its symbol
 * in symbols, its value in substituted work.
 */
public final class Formula extends Expression {
    private final String symbol;
    private final Expression expression;

    private Formula(String symbol, Expression expression) {
        super(expression.value());
        this.symbol = symbol;
        this.expression = expression;
    }

    public static Formula of(String symbol, Expression expression) {
        return new Formula(symbol, expression);
    }

    public String symbol() {
        return symbol;
    }

    /** The same arithmetic under another name (a bankruptcy price is a liquidation price without maintenance). */
    public Formula renamed(String otherSymbol) {
        return new Formula(otherSymbol, expression);
    }

    /** {@code symbol = expression in symbols}. */
    public String line() {
        return symbol + " = " + expression.symbolic();
    }

    /**
     * {@code symbol = expression with values = result}, every value and the result written as {@code notation} says;
     * the shape a reader (and a parser) can check: the arithmetic in the middle gives the number at the end.
     */
    public String work(Notation notation) {
        return symbol + " = " + expression.substituted(notation) + " = " + valuePiece(notation, symbol, value(), null).signed();
    }

    @Override
    Piece piece(Notation notation) {
        return notation == null ? Piece.leaf(symbol, false) : valuePiece(notation, symbol, value(), null);
    }
}
