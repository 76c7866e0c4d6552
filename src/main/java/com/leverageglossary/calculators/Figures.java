package com.leverageglossary.calculators;

import java.util.Locale;

/** Numbers as people read them in the shown work: thousands separators and a fixed number of decimals. */
public final class Figures {
    private Figures() {
    }

    /**
     * Like {@link #of} with at most {@code maxDecimals}, dropping trailing zeros beyond two decimals, so that
     * 3,000.00 and 0.016667 both read naturally in one output.
     */
    public static String trimmed(double value, int maxDecimals) {
        String text = of(value, maxDecimals);
        int point = text.indexOf('.');
        if (point < 0) {
            return text;
        }
        int end = text.length();
        while (end > point + 3 && text.charAt(end - 1) == '0') {
            end--;
        }
        return text.substring(0, end);
    }

    /** A fraction written as a percentage number, e.g. 0.005 as "0.50" (the caller adds the "%"). */
    public static String percent(double fraction, int decimals) {
        return of(fraction * 100, decimals);
    }

    public static String of(double value, int decimals) {
        String text = format("%,." + decimals + "f", value);
        return text.startsWith("-") && roundsToZero(text) ? text.substring(1) : text.replace('-', '−');
    }

    /**
     * {@code String.format} in Locale.US, whose separators (',' '.' '0') are the Formatter's built-in ones: any other
     * locale, Locale.ROOT included, builds DecimalFormatSymbols and a NumberFormat on every call, which made number
     * formatting the largest cost of the shown work and the charts. ROOT and US write these patterns identically.
     */
    static String format(String pattern, double value) {
        return String.format(Locale.US, pattern, value);
    }

    /** A negative number written with no digit other than 0 (e.g. "-0.00"), whose minus would be noise. */
    private static boolean roundsToZero(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '0' && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }
}
