package com.leverageglossary.markdown;

import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders {@code [[slug|text]]} as a link with the given text, and {@code [[slug]]} with the entry's title
 * as it reads mid-sentence ("[[mark-price]]" reads "mark price"); a bare alias shows the alias as written.
 */
final class WikiLinkRendering implements HtmlRenderer.HtmlRendererExtension {
    private final Function<String, Optional<WikiTarget>> targets;

    WikiLinkRendering(Function<String, Optional<WikiTarget>> targets) {
        this.targets = targets;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** A bare link that opens a paragraph, cell or item, or follows the end of a sentence, reads "Mark price", not "mark price". */
    static boolean startsSentence(com.vladsch.flexmark.util.ast.Node link) {
        com.vladsch.flexmark.util.ast.Node previous = link.getPrevious();
        if (previous == null) {
            // Inside emphasis the sentence position is the emphasis's own.
            return !(link.getParent() instanceof com.vladsch.flexmark.util.ast.DelimitedNode) || startsSentence(link.getParent());
        }
        String before = previous.getChars().toString();
        return previous instanceof com.vladsch.flexmark.ast.Text && before.matches("(?s).*[.!?]\\s+");
    }

    /** The words a wiki link shows: the author's after a pipe, else the target's name (capitalised to start a sentence). */
    static String shownText(WikiLink link, Optional<WikiTarget> target) {
        // Without a pipe flexmark repeats the link as the text; only a pipe means the author chose the words.
        String explicitText = link.getTextSeparatorMarker().isEmpty() ? null : link.getText().toString().trim();
        if (explicitText != null) {
            return explicitText;
        }
        if (target.isEmpty()) {
            return link.getLink().toString();
        }
        String text = target.get().text();
        return startsSentence(link) && !text.isEmpty() ? text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1) : text;
    }

    private final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(WikiLink.class, this::render));
        }

        private void render(WikiLink link, NodeRendererContext context, HtmlWriter html) {
            Optional<WikiTarget> target = targets.apply(link.getLink().toString().trim());
            String text = shownText(link, target);
            if (target.isEmpty()) {
                html.text(text);
                return;
            }
            html.attr("href", target.get().url()).withAttr().tag("a").text(text).closeTag("a");
        }
    }
}
