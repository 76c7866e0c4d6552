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

    /** A body that was not read: no links, headings, raw HTML or embeds. */
    public static final ParsedMarkdown NOTHING = new ParsedMarkdown(null, List.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * What cross-file checks need, kept while thousands of other files are read: no parse tree and no
     * headings (a page reads its headings from its own parse).
     */
    public ParsedMarkdown withoutDocument() {
        return new ParsedMarkdown(null, wikiLinks, List.of(), rawHtmlLines, embeds, links);
    }
}
