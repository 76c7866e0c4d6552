package com.leverageglossary.calculators;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of shown work read back: {@code name = substituted expression = printed result [unit]}, parsed by recursive
 * descent and evaluated in {@link Interval} arithmetic. Numbers: thousands separators, the minus sign −, a decimal
 * point marking a rounded value (no point: exact), a trailing "%" meaning hundredths. Operators + − × ÷ ^ ², unary
 * −, parentheses, and the functions ln(x), e^x, √x, N(x), φ(x), max(a, b), min(a, b). An ASCII hyphen, or anything
 * else, is not part of the language: {@link #parse} throws, naming the position.
 *
 * @param expression every value the substituted arithmetic can take on the printed numbers
 * @param result     every value that prints as the result
 */
record WorkLine(String name, Interval expression, Interval result, String unit) {
    private static final String SEPARATOR = " = ";
    private static final Pattern RESULT = Pattern.compile("(−?)(\\d[\\d,]*(?:\\.\\d+)?)([ \u00A0]?%)?(?: (\\D.*))?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    /** Whether the printed result can be what the printed arithmetic gives: the two intervals meet. */
    boolean addsUp() {
        return expression.intersects(result);
    }

    static WorkLine parse(String line) {
        int first = line.indexOf(SEPARATOR);
        int last = line.lastIndexOf(SEPARATOR);
        if (first < 0 || first == last) {
            throw new IllegalArgumentException("not of the shape name = expression = result");
        }
        String name = line.substring(0, first);
        Matcher result = RESULT.matcher(line.substring(last + SEPARATOR.length()));
        if (name.isBlank() || !result.matches()) {
            throw new IllegalArgumentException("the result is not a printed number with an optional unit");
        }
        Interval printed = number(result.group(2));
        if (result.group(3) != null) {
            printed = printed.percent();
        }
        if (!result.group(1).isEmpty()) {
            printed = printed.negate();
        }
        Parser parser = new Parser(line.substring(first + SEPARATOR.length(), last));
        return new WorkLine(name, parser.whole(), printed, result.group(4) == null ? "" : result.group(4));
    }

    private static Interval number(String digits) {
        if (!NUMBER.matcher(digits).matches()) {
            throw new IllegalArgumentException("badly grouped number " + digits);
        }
        String plain = digits.replace(",", "");
        return plain.contains(".") ? Interval.rounded(plain) : Interval.integer(plain);
    }

    /** expr := term (('+' | '−') term)*; term := unary (('×' | '÷') unary)*; unary := '−' unary | power. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Interval whole() {
            Interval value = expression();
            skipSpaces();
            if (at < text.length()) {
                throw error("unexpected '" + text.charAt(at) + "'");
            }
            return value;
        }

        private Interval expression() {
            Interval value = term();
            while (true) {
                if (take('+')) {
                    value = value.plus(term());
                } else if (take('−')) {
                    value = value.minus(term());
                } else {
                    return value;
                }
            }
        }

        private Interval term() {
            Interval value = unary();
            while (true) {
                if (take('×')) {
                    value = value.times(unary());
                } else if (take('÷')) {
                    value = value.over(unary());
                } else {
                    return value;
                }
            }
        }

        private Interval unary() {
            return take('−') ? unary().negate() : power();
        }

        /** power := atom ('²' | '^' atom)*. */
        private Interval power() {
            Interval value = atom();
            while (true) {
                if (take('²')) {
                    value = value.power(Interval.exact(2));
                } else if (take('^')) {
                    value = value.power(atom());
                } else {
                    return value;
                }
            }
        }

        private Interval atom() {
            skipSpaces();
            if (take('(')) {
                Interval inner = expression();
                expect(')');
                return inner;
            }
            if (take('√')) {
                return atom().sqrt();
            }
            if (word("e^")) {
                return atom().exp();
            }
            if (word("ln(")) {
                return closed(expression()).ln();
            }
            if (word("N(")) {
                return closed(expression()).normal();
            }
            if (word("φ(")) {
                return closed(expression()).density();
            }
            if (word("max(") || word("min(")) {
                boolean max = text.startsWith("max(", at - 4);
                Interval a = expression();
                expect(',');
                Interval b = closed(expression());
                return max ? a.max(b) : a.min(b);
            }
            int start = at;
            digits();
            // A comma groups thousands only when exactly three digits follow; otherwise it separates arguments.
            while (at < text.length() && text.charAt(at) == ',' && isDigits(at + 1, 3) && !isDigits(at + 4, 1)) {
                at += 4;
            }
            if (at < text.length() && text.charAt(at) == '.' && isDigits(at + 1, 1)) {
                at++;
                digits();
            }
            if (start == at) {
                throw error(at < text.length() ? "unexpected '" + text.charAt(at) + "'" : "unexpected end");
            }
            Interval value = number(text.substring(start, at));
            return take('%') ? value.percent() : value;
        }

        private void digits() {
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
        }

        private boolean isDigits(int from, int count) {
            if (from + count > text.length()) {
                return false;
            }
            for (int i = from; i < from + count; i++) {
                if (!Character.isDigit(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private Interval closed(Interval value) {
            expect(')');
            return value;
        }

        private boolean take(char c) {
            skipSpaces();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private boolean word(String w) {
            skipSpaces();
            if (text.startsWith(w, at)) {
                at += w.length();
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!take(c)) {
                throw error("expected '" + c + "'");
            }
        }

        private void skipSpaces() {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\u00A0')) {
                at++;
            }
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException(message + " at " + at + " of the expression");
        }
    }
}
