package com.leverageglossary.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns {@code ```calculator id} blocks into embed markers; every other fenced block renders as code.
 * The block stays valid Markdown everywhere, so the Markdown twin reads well on its own.
 */
final class CalculatorBlockRendering implements HtmlRenderer.HtmlRendererExtension {

    static boolean isCalculator(FencedCodeBlock block) {
        String[] words = block.getInfo().toString().strip().split("\\s+");
        return words.length >= 1 && words[0].equals(CalculatorEmbed.FENCE_WORD);
    }

    /** Reads the id from the info string and {@code name=value} presets from the lines; malformed lines become presets named "" for validation to report. */
    static CalculatorEmbed embedOf(FencedCodeBlock block, int blockLine) {
        String[] words = block.getInfo().toString().strip().split("\\s+");
        String id = words.length > 1 ? words[1] : "";
        Map<String, List<String>> presets = new LinkedHashMap<>();
        for (String line : block.getContentChars().toString().split("\n")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            int equals = text.indexOf('=');
            String name = equals > 0 ? text.substring(0, equals).strip() : "";
            String value = equals > 0 ? text.substring(equals + 1).strip() : text;
            presets.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
        }
        presets.replaceAll((name, values) -> List.copyOf(values));
        return new CalculatorEmbed(id, Map.copyOf(presets), blockLine);
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {
        private int next;

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
            if (isCalculator(block)) {
                html.line().raw(CalculatorEmbed.marker(next++)).line();
            } else {
                context.delegateRender();
            }
        }
    }
}
