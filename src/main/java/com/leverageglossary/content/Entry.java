package com.leverageglossary.content;

import java.time.LocalDate;
import java.util.List;

/**
 * One glossary entry, loaded from {@code content/{kind folder}/{slug}.md}.
 *
 * @param markdownSource the whole file as written, front matter included (served as the Markdown twin)
 * @param body           the body rendered by our Markdown renderer (trusted HTML), cut where calculators are embedded
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
        List<BodyPart> body,
        List<Heading> headings,
        List<String> linkedSlugs) {

    public String url() {
        return kind.url(slug);
    }

    public String markdownUrl() {
        return kind.markdownUrl(slug);
    }

    /** The rendered body without its calculators (for tests and plain-text uses). */
    public String bodyHtml() {
        StringBuilder html = new StringBuilder();
        body.forEach(part -> {
            if (part instanceof BodyPart.Html h) {
                html.append(h.html());
            }
        });
        return html.toString();
    }

    /** Ids of calculators embedded in the body, in order. */
    public List<String> embeddedCalculatorIds() {
        return body.stream().filter(p -> p instanceof BodyPart.Calculator).map(p -> ((BodyPart.Calculator) p).calculatorId()).toList();
    }
}
