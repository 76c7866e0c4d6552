package com.leverageglossary.content;

import java.util.List;

/**
 * An entry's page content, read and rendered from its file when a page needs it and never kept by the model.
 *
 * @param markdownSource the whole file as written, front matter included (served as the Markdown twin)
 * @param bodyMarkdown   the body as written, after the front matter
 * @param body           the body rendered by our Markdown renderer (trusted HTML), cut where calculators are embedded
 */
public record EntryDocument(
        Entry entry,
        String markdownSource,
        String bodyMarkdown,
        List<BodyPart> body,
        List<Heading> headings,
        List<Source> sources) {

    /** The rendered body without its calculators (for search text and tests). */
    public String bodyHtml() {
        StringBuilder html = new StringBuilder();
        body.forEach(part -> {
            if (part instanceof BodyPart.Html h) {
                html.append(h.html());
            }
        });
        return html.toString();
    }
}
