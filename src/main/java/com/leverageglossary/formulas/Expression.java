package com.leverageglossary.formulas;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A formula's arithmetic, written once: named quantities carrying their values, exact constants, + − × ÷ and
 * powers, unary minus, and the functions the formulas need (ln, e^, √, N, φ, max, min, Σ, Π). An expression
 * evaluates itself as it is built (Java's own arithmetic, in the order written), and renders itself two ways:
 * {@link #symbolic()} ({@code (M + cum − s·Q·EP) ÷ (Q·MMR − s·Q)}) and {@link #substituted(Notation)} with the
 * values in place. Substitution folds signs: a ±1 side factor disappears into the sign of its product, a negative
 * value's minus moves to the front of its product, and a sum turns {@code + −} and {@code − −} into one operator.
 * Immutable. Name a result with {@link Formula}.
 */
public abstract class Expression {
    /** Σ and Π with more terms than this show their value, not every term, so a line stays readable. */
    static final int MAX_SHOWN_TERMS = 8;
    private final double value;

    Expression(double value) {
        this.value = value;
    }

    public final double value() {
        return value;
    }

    /** The expression in symbols, e.g. {@code Q·EP ÷ L}. */
    public final String symbolic() {
        return piece(null).signed();
    }

    /** The expression with values, each written as {@code notation} says, e.g. {@code 0.5000 × 60,000.00 ÷ 10.00}. */
    public final String substituted(Notation notation) {
        return piece(notation).signed();
    }

    /** Renders symbols when {@code notation} is null, values otherwise. */
    abstract Piece piece(Notation notation);

    // --- leaves -----------------------------------------------------------------------------------------------

    /** A named quantity and its value, e.g. {@code quantity("EP", 60_000)}. */
    public static Expression quantity(String symbol, double value) {
        return new Leaf(symbol, value, null);
    }

    /** A whole number, such as a count of loops, written as it is: exact, without decimals. */
    public static Expression count(String symbol, int count) {
        return new Leaf(symbol, count, Integer.toString(Math.abs(count)));
    }

    /** An exact constant of the formula, e.g. 1, 2 or 365. */
    public static Expression constant(long value) {
        // Locale.US: the Formatter's own separators, the same as ROOT's, without building locale data on every call.
        return new Constant(value, String.format(java.util.Locale.US, "%,d", Math.abs(value)));
    }

    /** An exact constant in percent, e.g. {@code percent(3)} is 0.03, written "3 %" (a no-break space: the sign stays with its number). */
    public static Expression percent(long percent) {
        return new Constant(percent / 100.0, Math.abs(percent) + Notation.PERCENT);
    }

    /** The s = ±1 of a side: shown as its symbol, and in substituted work only as the sign of its product. */
    public static Expression sign(String symbol, int sign) {
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("a sign is +1 or −1, not " + sign);
        }
        return new Sign(symbol, sign);
    }

    // --- operations -------------------------------------------------------------------------------------------

    public Expression plus(Expression other) {
        return new Operation(Operator.PLUS, this, other);
    }

    public Expression minus(Expression other) {
        return new Operation(Operator.MINUS, this, other);
    }

    public Expression times(Expression other) {
        return new Operation(Operator.TIMES, this, other);
    }

    public Expression over(Expression other) {
        return new Operation(Operator.DIVIDED, this, other);
    }

    /** {@code Math.pow(this, exponent)}. */
    public Expression power(Expression exponent) {
        return new Operation(Operator.POWER, this, exponent);
    }

    /** x × x, written x². */
    public Expression squared() {
        return new Operation(Operator.SQUARED, this, constant(2));
    }

    public Expression negated() {
        return new Negation(this);
    }

    public static Expression ln(Expression x) {
        return new Call(Function.LN, x, null);
    }

    /** e^x. */
    public static Expression exp(Expression x) {
        return new Call(Function.EXP, x, null);
    }

    public static Expression sqrt(Expression x) {
        return new Call(Function.SQRT, x, null);
    }

    /** N(x), the standard normal distribution function. */
    public static Expression normal(Expression x) {
        return new Call(Function.NORMAL, x, null);
    }

    /** φ(x), the standard normal density. */
    public static Expression density(Expression x) {
        return new Call(Function.DENSITY, x, null);
    }

    public static Expression max(Expression a, Expression b) {
        return new Call(Function.MAX, a, b);
    }

    public static Expression min(Expression a, Expression b) {
        return new Call(Function.MIN, a, b);
    }

    /** Σ terms, added in order; shown as {@code symbol} (e.g. "Σ(c·LT)") in symbols. */
    public static Expression sum(String symbol, List<Expression> terms) {
        return new Series(symbol, Operator.PLUS, terms);
    }

    /** Π factors, multiplied in order; shown as {@code symbol} in symbols. */
    public static Expression product(String symbol, List<Expression> factors) {
        return new Series(symbol, Operator.TIMES, factors);
    }

    // --- nodes ------------------------------------------------------------------------------------------------

    /** A value from outside the expression: a named quantity, or (with {@code exact}) a whole number. */
    private static final class Leaf extends Expression {
        private final String symbol;
        private final String exact;

        Leaf(String symbol, double value, String exact) {
            super(value);
            this.symbol = symbol;
            this.exact = exact;
        }

        @Override
        Piece piece(Notation notation) {
            return notation == null ? Piece.leaf(symbol, false) : valuePiece(notation, symbol, value(), exact);
        }
    }

    /** The value of a named quantity as {@code notation} writes it, its sign apart; a value that shows as 0 has none. */
    static Piece valuePiece(Notation notation, String symbol, double value, String exact) {
        String text = exact != null ? exact : notation.magnitude(symbol, Math.abs(value));
        return Piece.leaf(text, value < 0 && hasNonZeroDigit(text));
    }

    private static boolean hasNonZeroDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '1' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static final class Constant extends Expression {
        private final String text;

        Constant(double value, String text) {
            super(value);
            this.text = text;
        }

        @Override
        Piece piece(Notation notation) {
            return Piece.leaf(text, value() < 0);
        }
    }

    private static final class Sign extends Expression {
        private final String symbol;

        Sign(String symbol, int sign) {
            super(sign);
            this.symbol = symbol;
        }

        @Override
        Piece piece(Notation notation) {
            return notation == null ? Piece.leaf(symbol, false) : new Piece("1", Piece.ATOM, value() < 0, true);
        }
    }

    private static final class Negation extends Expression {
        private final Expression operand;

        Negation(Expression operand) {
            super(-operand.value());
            this.operand = operand;
        }

        @Override
        Piece piece(Notation notation) {
            return operand.piece(notation).negated();
        }
    }

    enum Operator {
        PLUS((a, b) -> a + b), MINUS((a, b) -> a - b), TIMES((a, b) -> a * b), DIVIDED((a, b) -> a / b),
        POWER(Math::pow), SQUARED((a, b) -> a * a);

        private final DoubleBinaryOperator apply;

        Operator(DoubleBinaryOperator apply) {
            this.apply = apply;
        }
    }

    private static final class Operation extends Expression {
        private final Operator operator;
        private final Expression left;
        private final Expression right;

        Operation(Operator operator, Expression left, Expression right) {
            super(operator.apply.applyAsDouble(left.value(), right.value()));
            this.operator = operator;
            this.left = left;
            this.right = right;
        }

        @Override
        Piece piece(Notation notation) {
            Piece l = left.piece(notation);
            Piece r = right.piece(notation);
            return switch (operator) {
                case PLUS, MINUS -> sum(l, operator == Operator.MINUS, r);
                case TIMES, DIVIDED -> product(l, operator, r, notation == null);
                case POWER -> Piece.of(l.atom() + "^" + r.atom(), Piece.POWER);
                case SQUARED -> Piece.of(l.atom() + "²", Piece.POWER);
            };
        }
    }

    /** {@code l ± r}, with r's own sign folded into the operator. */
    static Piece sum(Piece l, boolean minus, Piece r) {
        boolean subtract = minus != r.negative();
        return Piece.of(l.signed() + (subtract ? " − " : " + ") + r.wrappedBelow(Piece.PRODUCT), Piece.SUM);
    }

    /** {@code l × r} or {@code l ÷ r}, with both signs pulled to the front and ±1 side factors dropped. */
    static Piece product(Piece l, Operator operator, Piece r, boolean symbolic) {
        boolean negative = l.negative() != r.negative();
        boolean times = operator == Operator.TIMES;
        if (r.unit() || l.unit() && times) {
            Piece kept = r.unit() ? l : r;
            return new Piece(kept.text(), kept.precedence(), negative, kept.unit() && l.unit());
        }
        String left = l.wrappedBelow(Piece.PRODUCT);
        String right = r.wrappedBelow(times ? Piece.PRODUCT : Piece.POWER);
        String symbol = !times ? " ÷ " : symbolic && compact(left) && compact(right) ? "·" : " × ";
        return new Piece(left + symbol + right, Piece.PRODUCT, negative, false);
    }

    /** Short symbols multiply by juxtaposition with a dot ({@code s·Q·EP}); words and groups with " × ". */
    private static boolean compact(String symbols) {
        return !symbols.contains(" ") && !symbols.contains("(") && (symbols.length() <= 6 || symbols.contains("·"));
    }

    enum Function {
        LN(Math::log, null), EXP(Math::exp, null), SQRT(Math::sqrt, null),
        NORMAL(NormalDistribution::cumulative, null), DENSITY(NormalDistribution::density, null),
        MAX(null, Math::max), MIN(null, Math::min);

        private final DoubleUnaryOperator one;
        private final DoubleBinaryOperator two;

        Function(DoubleUnaryOperator one, DoubleBinaryOperator two) {
            this.one = one;
            this.two = two;
        }
    }

    private static final class Call extends Expression {
        private final Function function;
        private final Expression first;
        private final Expression second;

        Call(Function function, Expression first, Expression second) {
            super(second == null ? function.one.applyAsDouble(first.value()) : function.two.applyAsDouble(first.value(), second.value()));
            this.function = function;
            this.first = first;
            this.second = second;
        }

        @Override
        Piece piece(Notation notation) {
            Piece x = first.piece(notation);
            return switch (function) {
                case LN -> Piece.of("ln(" + x.signed() + ")", Piece.ATOM);
                case EXP -> Piece.of("e^" + x.atom(), Piece.POWER);
                case SQRT -> Piece.of("√" + x.atom(), Piece.POWER);
                case NORMAL -> Piece.of("N(" + x.signed() + ")", Piece.ATOM);
                case DENSITY -> Piece.of("φ(" + x.signed() + ")", Piece.ATOM);
                case MAX, MIN -> Piece.of(function.name().toLowerCase(java.util.Locale.ROOT) + "(" + x.signed() + ", "
                        + second.piece(notation).signed() + ")", Piece.ATOM);
            };
        }
    }

    private static final class Series extends Expression {
        private final String symbol;
        private final Operator operator;
        private final List<Expression> terms;

        Series(String symbol, Operator operator, List<Expression> terms) {
            super(fold(operator, terms));
            this.symbol = symbol;
            this.operator = operator;
            this.terms = List.copyOf(terms);
        }

        private static double fold(Operator operator, List<Expression> terms) {
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("a series needs at least one term");
            }
            double result = terms.get(0).value();
            for (int i = 1; i < terms.size(); i++) {
                result = operator.apply.applyAsDouble(result, terms.get(i).value());
            }
            return result;
        }

        @Override
        Piece piece(Notation notation) {
            if (notation == null) {
                return Piece.leaf(symbol, false);
            }
            if (terms.size() > MAX_SHOWN_TERMS) {
                return valuePiece(notation, symbol, value(), null);
            }
            Piece result = terms.get(0).piece(notation);
            for (int i = 1; i < terms.size(); i++) {
                Piece next = terms.get(i).piece(notation);
                result = operator == Operator.PLUS ? sum(result, false, next) : product(result, operator, next, false);
            }
            return result;
        }
    }
}
