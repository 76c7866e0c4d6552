package com.leverageglossary.calculators;

import java.util.Locale;

/** Numbers as people read them in the shown work: thousands separators and a fixed number of decimals. */
public final class Figures {
    private Figures() {
    }

    public static String of(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%,." + decimals + "f", value);
        return text.startsWith("-") && text.matches("-[0.,]+") ? text.substring(1) : text.replace('-', '−');
    }
}
