package com.leverageglossary.content;

import java.time.LocalDate;
import java.util.List;

/**
 * One glossary entry as every request needs it: names, summary, places in the link graph and dates. The
 * body, sources and headings stay in the entry's file and are read on demand ({@link Site#document}), so the
 * cost of an entry in memory does not grow with its length.
 *
 * @param linkedSlugs           canonical slugs this entry links to with wiki links, in order of first use
 * @param embeddedCalculatorIds calculators embedded in the body, in order
 * @param sourceHash            identifies the text of the entry's file, so that a reload sees which entries changed
 */
public record Entry(
        Kind kind,
        String slug,
        String title,
        String summary,
        List<String> aliases,
        List<String> areaSlugs,
        List<String> relatedSlugs,
        List<String> calculatorIds,
        LocalDate published,
        LocalDate updated,
        List<String> linkedSlugs,
        List<String> embeddedCalculatorIds,
        long sourceHash) implements java.io.Serializable {

    public String url() {
        return kind.url(slug);
    }

    public String markdownUrl() {
        return kind.markdownUrl(slug);
    }
}
