package com.leverageglossary.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Draws each {@code ##} and {@code ###} heading that has an anchor with a self-link beside it, in the same
 * markup as the templates' {@code partials/heading.jte}: the link sits next to the heading, not inside it, so
 * the heading's name stays its own words. Other headings render as flexmark draws them.
 */
final class HeadingLinks implements HtmlRenderer.HtmlRendererExtension {
    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
        }

        private void render(Heading heading, NodeRendererContext context, HtmlWriter html) {
            String id = context.getNodeId(heading);
            String tag = "h" + heading.getLevel();
            boolean linked = id != null && (heading.getLevel() == 2 || heading.getLevel() == 3);
            if (linked) {
                html.attr("class", "section-heading").withAttr().tag("div");
            }
            if (id != null) {
                html.attr("id", id);
            }
            html.withAttr().tag(tag);
            context.renderChildren(heading);
            html.closeTag(tag);
            if (linked) {
                html.attr("class", "heading-link").attr("href", "#" + id)
                        .attr("aria-label", "Link to this section: " + heading.getText().toString().strip())
                        .withAttr().tag("a").text("#").closeTag("a").closeTag("div");
            }
            html.line();
        }
    }
}
