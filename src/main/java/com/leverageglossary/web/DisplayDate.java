package com.leverageglossary.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as readers see them ("24 November 2026"); the machine form stays ISO in {@code <time datetime>}. */
public final class DisplayDate {
    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private DisplayDate() {
    }

    public static String of(LocalDate date) {
        return HUMAN.format(date);
    }
}
