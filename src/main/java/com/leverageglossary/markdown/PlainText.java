package com.leverageglossary.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;
import java.util.function.Function;

/**
 * A parsed document as plain text, for indexing and snippets: the words a reader sees, read from the
 * Markdown tree (a wiki link reads as the words it shows; calculator blocks are left out).
 */
public final class PlainText {
    private PlainText() {
    }

    public static String of(ParsedMarkdown markdown, Function<String, Optional<WikiTarget>> targets) {
        StringBuilder text = new StringBuilder();
        append(markdown.document(), targets, text);
        // Block ends add ". " so sentences stay apart; drop the extra one after text that already ends a sentence.
        return text.toString().replaceAll("\\s+", " ").replaceAll(" \\.( |$)", ".$1").replaceAll("([.:;!?])( ?\\.)+( |$)", "$1$3")
                .replaceAll("(\\. )+", ". ").strip();
    }

    private static void append(Node node, Function<String, Optional<WikiTarget>> targets, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof CalculatorBlock || child instanceof TableSeparator) {
                continue;
            }
            if (child instanceof WikiLink link) {
                text.append(WikiLinkRendering.shownText(link, targets.apply(link.getLink().toString().trim())));
            } else if (child instanceof Text || child instanceof HtmlEntity) {
                text.append(child.getChars().unescape());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak || child instanceof TableCell) {
                append(child, targets, text);
                text.append(' ');
            } else {
                append(child, targets, text);
                if (child instanceof Paragraph || child instanceof Heading || child instanceof ListItem
                        || child instanceof BlockQuote || child instanceof TableRow || child instanceof FencedCodeBlock
                        || child instanceof IndentedCodeBlock) {
                    text.append(". ");
                }
            }
        }
    }
}
