package com.leverageglossary.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;

/**
 * A Markdown document parsed once, with what validation needs to know before it is rendered.
 *
 * @param rawHtmlLines 1-based lines holding raw HTML, which our content does not allow
 */
public record ParsedMarkdown(
        Document document,
        List<WikiLinkRef> wikiLinks,
        List<HeadingRef> headings,
        List<Integer> rawHtmlLines) {
}
