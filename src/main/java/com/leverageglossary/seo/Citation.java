package com.leverageglossary.seo;

import com.leverageglossary.content.Entry;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How to cite an entry, in APA style and as BibTeX. The site is the author (APA 7 for a web page with a
 * group author), the date is the entry's last update, and the URL is canonical. The access date is the
 * reader's own day, so the page adds it in the browser; without JavaScript a citation simply has none.
 *
 * @param apaDate  APA's date in parentheses, e.g. {@code 2026, November 24}
 * @param bibtex   a complete {@code @misc} record without an access date
 */
public record Citation(String author, String title, String apaDate, String url, String bibtex) {
    private static final DateTimeFormatter APA_DATE = DateTimeFormatter.ofPattern("uuuu, MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter BIBTEX_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    public static Citation of(Entry entry, String siteName, String baseUrl) {
        String url = baseUrl + entry.url();
        String bibtex = "@misc{" + siteName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "-" + entry.slug() + ",\n"
                + "  author = {{" + bibtexText(siteName) + "}},\n"
                // Double braces keep the title's capitals as written.
                + "  title = {{" + bibtexText(entry.title()) + "}},\n"
                + "  year = {" + entry.updated().getYear() + "},\n"
                + "  month = " + BIBTEX_MONTH.format(entry.updated()).toLowerCase(Locale.ROOT) + ",\n"
                + "  howpublished = {\\url{" + url + "}},\n"
                + "  url = {" + url + "},\n"
                + "  note = {Updated " + entry.updated() + "},";
        return new Citation(siteName, entry.title(), APA_DATE.format(entry.updated()), url, bibtex);
    }

    /** BibTeX's special characters escaped, so a title such as "P&L" compiles. */
    static String bibtexText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
