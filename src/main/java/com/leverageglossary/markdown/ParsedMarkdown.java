package com.leverageglossary.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;

/**
 * A Markdown document parsed once, with what validation needs to know before it is rendered.
 *
 * @param rawHtmlLines 1-based lines holding raw HTML, which our content does not allow
 * @param embeds       calculator blocks in document order; rendering leaves {@link CalculatorEmbed#marker} for each
 * @param links        destinations of ordinary Markdown links, so site-internal ones can be checked
 */
public record ParsedMarkdown(
        Document document,
        List<WikiLinkRef> wikiLinks,
        List<HeadingRef> headings,
        List<Integer> rawHtmlLines,
        List<CalculatorEmbed> embeds,
        List<LinkRef> links) {

    /** The same facts without the parse tree, for keeping while thousands of other files are read. */
    public ParsedMarkdown withoutDocument() {
        return new ParsedMarkdown(null, wikiLinks, headings, rawHtmlLines, embeds, links);
    }
}
