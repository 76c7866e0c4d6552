package com.leverageglossary.content.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.App;
import com.leverageglossary.content.Site;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Worked examples that no calculator computes (VaR, debt-to-equity, Regulation T, …) are checked here:
 * a test recomputes the example's arithmetic and asserts that the entry prints the result.
 */
public final class WorkedExample {
    private static Site site;

    private WorkedExample() {
    }

    /** Asserts that the body of {@code slug} shows {@code value} rounded half-up to {@code decimals}, with thousands separators (1,234.50). */
    public static void assertShows(String slug, double value, int decimals) {
        String printed = format(value, decimals);
        assertThat(body(slug)).as(slug + " should show " + printed + " (computed " + value + ")").contains(printed);
    }

    /** The number as the glossary prints it: comma thousands separators, a full stop for decimals; the sign is the text's (written −, "a loss of", …), so the absolute value is printed. */
    public static String format(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(new BigDecimal(Double.toString(Math.abs(value))));
    }

    private static synchronized String body(String slug) {
        if (site == null) {
            try {
                site = App.load(Path.of("content"));
            } catch (Exception e) {
                throw new AssertionError("content does not load", e);
            }
        }
        return site.entry(slug).map(entry -> site.document(entry).bodyMarkdown()).orElseThrow(() -> new AssertionError("no entry " + slug));
    }
}
