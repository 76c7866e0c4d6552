package com.leverageglossary.content;

import com.leverageglossary.markdown.Body;
import java.util.List;

/**
 * An entry's page content, read and parsed from its file when a page needs it and never kept by the model.
 *
 * @param markdownSource the whole file as written, front matter included (served as the Markdown twin)
 * @param bodyMarkdown   the body as written, after the front matter
 * @param body           the body parsed with its links resolved: HTML for the page, plain text for search
 */
public record EntryDocument(
        Entry entry,
        String markdownSource,
        String bodyMarkdown,
        Body body,
        List<Heading> headings,
        List<Source> sources) {

    /** The rendered body without its calculators (for tests and tools). */
    public String bodyHtml() {
        return body.html(calculator -> "");
    }
}
