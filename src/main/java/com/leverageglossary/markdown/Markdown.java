package com.leverageglossary.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Our Markdown dialect: CommonMark, GitHub tables, {@code [[slug|text]]} links, heading anchors and calculator blocks. */
public final class Markdown {
    private final Parser parser;
    /** Without the table extension: a table row's links are the same links read as a paragraph, found faster. */
    private final Parser linkParser;
    private final DataHolder options;

    public Markdown() {
        MutableDataSet set = new MutableDataSet();
        set.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        set.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // Defence in depth: the validator rejects raw HTML, and the renderer escapes any that slips by.
        set.set(HtmlRenderer.ESCAPE_HTML, true);
        set.set(TablesExtension.CLASS_NAME, "table");
        this.options = set.toImmutable();
        this.parser = Parser.builder(withExtensions(options, null, null)).build();
        this.linkParser = Parser.builder(new MutableDataSet(options)
                .set(Parser.EXTENSIONS, List.of(WikiLinkExtension.create(), CalculatorBlocks.parsing())).toImmutable()).build();
    }

    /**
     * Finds what validation checks (links, embeds, raw HTML) in text that is not rendered from this parse.
     * Start-up runs it over every entry body, and tables cost a third of the parse time;
     * {@code MarkdownTest} checks that it finds what {@link #parseForPage} finds.
     */
    public ParsedMarkdown scan(String markdown) {
        return collected(linkParser.parse(markdown), markdown);
    }

    /** Parses for validation: links, embeds and raw HTML; headings carry no anchors (see {@link #parseForPage}). */
    public ParsedMarkdown parse(String markdown) {
        return parse(markdown, false);
    }

    /** Parses a body to show: headings get their anchors, and links resolve through {@code targets}. */
    public Body body(String markdown, Function<String, Optional<WikiTarget>> targets) {
        return new Body(this, parseForPage(markdown), targets);
    }

    /** Parses to render a page: headings get their anchors. */
    public ParsedMarkdown parseForPage(String markdown) {
        return parse(markdown, true);
    }

    private ParsedMarkdown parse(String markdown, boolean anchors) {
        Document document = parser.parse(markdown);
        if (anchors) {
            new HeaderIdGenerator.Factory().create().generateIds(document);
        }
        return collected(document, markdown);
    }

    private static ParsedMarkdown collected(Document document, String markdown) {
        List<WikiLinkRef> links = new ArrayList<>();
        List<HeadingRef> headings = new ArrayList<>();
        List<Integer> rawHtml = new ArrayList<>();
        List<CalculatorEmbed> embeds = new ArrayList<>();
        List<LinkRef> plainLinks = new ArrayList<>();
        collect(document, new Found(links, headings, rawHtml, embeds, plainLinks, LineIndex.of(markdown)));
        return new ParsedMarkdown(document, List.copyOf(links), List.copyOf(headings), List.copyOf(rawHtml),
                List.copyOf(embeds), List.copyOf(plainLinks));
    }

    /**
     * Renders a parsed document; wiki links resolve to URLs through {@code targets} (unresolved ones render as
     * plain text) and each calculator block becomes the HTML {@code widgets} draws for it.
     */
    public String render(ParsedMarkdown markdown, Function<String, Optional<WikiTarget>> targets, Function<CalculatorBlock, String> widgets) {
        HtmlRenderer renderer = HtmlRenderer.builder(withExtensions(options, targets, widgets)).build();
        return renderer.render(markdown.document());
    }

    /** Renders a text where no widget can be drawn: a calculator block becomes a link to the calculator's page. */
    public String render(ParsedMarkdown markdown, Function<String, Optional<WikiTarget>> targets) {
        return render(markdown, targets, CalculatorBlocks::linkTo);
    }

    private static DataHolder withExtensions(DataHolder options, Function<String, Optional<WikiTarget>> targets,
                                             Function<CalculatorBlock, String> widgets) {
        List<Extension> extensions = new ArrayList<>();
        extensions.add(TablesExtension.create());
        extensions.add(WikiLinkExtension.create());
        extensions.add(new HeadingLinks());
        if (targets != null) {
            // Registered after the stock extensions: flexmark lets the last renderer for a node type win.
            extensions.add(new WikiLinkRendering(targets));
        }
        extensions.add(widgets == null ? CalculatorBlocks.parsing() : CalculatorBlocks.rendering(widgets));
        return new MutableDataSet(options).set(Parser.EXTENSIONS, extensions).toImmutable();
    }

    private record Found(List<WikiLinkRef> wikiLinks, List<HeadingRef> headings, List<Integer> rawHtml,
                         List<CalculatorEmbed> embeds, List<LinkRef> links, LineIndex lines) {
    }

    /**
     * Line numbers by binary search over line starts, computed once per document: flexmark's own
     * {@code getStartLineNumber()} scans from the start of the text each time, quadratic over a long file.
     */
    private record LineIndex(int[] starts) {
        static LineIndex of(String text) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                count += text.charAt(i) == '\n' ? 1 : 0;
            }
            int[] starts = new int[count];
            for (int i = 0, line = 1; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            return new LineIndex(starts);
        }

        /** The 1-based line holding {@code offset}. */
        int line(int offset) {
            int found = java.util.Arrays.binarySearch(starts, offset);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }

    private static void collect(Node node, Found found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            int line = found.lines().line(child.getStartOffset());
            if (child instanceof CalculatorBlock block) {
                found.embeds().add(new CalculatorEmbed(block.calculatorId(), block.presets(), line));
            } else if (child instanceof WikiLink link) {
                found.wikiLinks().add(new WikiLinkRef(link.getLink().toString().trim(), line));
            } else if (child instanceof Link link) {
                found.links().add(new LinkRef(link.getUrl().toString(), line));
            } else if (child instanceof Heading heading) {
                found.headings().add(new HeadingRef(heading.getLevel(), heading.getText().toString(), heading.getAnchorRefId()));
            } else if (child instanceof HtmlBlock || child instanceof HtmlInline) {
                found.rawHtml().add(line);
            }
            collect(child, found);
        }
    }
}
