package com.leverageglossary.content;

import java.time.LocalDate;
import java.util.List;

/**
 * One glossary entry, loaded from {@code content/{kind folder}/{slug}.md}.
 *
 * @param markdownSource the whole file as written, front matter included (served as the Markdown twin)
 * @param bodyHtml       the body rendered by our Markdown renderer (trusted HTML)
 * @param linkedSlugs    canonical slugs this entry links to with wiki links, in order of first use
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
        List<Source> sources,
        String markdownSource,
        String bodyMarkdown,
        String bodyHtml,
        List<Heading> headings,
        List<String> linkedSlugs) {

    public String url() {
        return kind.url(slug);
    }

    public String markdownUrl() {
        return kind.markdownUrl(slug);
    }
}
