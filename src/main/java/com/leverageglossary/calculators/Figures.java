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
        String text = String.format(Locale.ROOT, "%,." + decimals + "f", value);
        return text.startsWith("-") && text.matches("-[0.,]+") ? text.substring(1) : text.replace('-', '−');
    }
}
