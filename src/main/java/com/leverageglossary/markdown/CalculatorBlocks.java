package com.leverageglossary.markdown;

import com.leverageglossary.urls.SiteUrls;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The calculator directive as a flexmark extension: a post-processor turns each {@code ```calculator id}
 * fenced block into a {@link CalculatorBlock} (lines inside are {@code name=value} presets), and a renderer
 * draws it with a function the page supplies. The block stays valid Markdown everywhere, so the Markdown
 * twin reads well on its own; every other fenced block is still code.
 */
final class CalculatorBlocks implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** The info-string word that marks a fenced block as a calculator. */
    static final String FENCE_WORD = "calculator";
    private final Function<CalculatorBlock, String> widgets;

    private CalculatorBlocks(Function<CalculatorBlock, String> widgets) {
        this.widgets = widgets;
    }

    /** Parsing only: calculator blocks become nodes. */
    static CalculatorBlocks parsing() {
        return new CalculatorBlocks(null);
    }

    /** Rendering: each block becomes the HTML {@code widgets} gives for it. */
    static CalculatorBlocks rendering(Function<CalculatorBlock, String> widgets) {
        return new CalculatorBlocks(widgets);
    }

    /** Where no widget can be drawn (an area's description): a link to the calculator's own page. */
    static String linkTo(CalculatorBlock block) {
        String id = com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(block.calculatorId(), false);
        return "<p><a href=\"" + SiteUrls.calculator(id) + "\">Open the " + id + " calculator</a></p>";
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new NodePostProcessorFactory(false) {
            {
                addNodes(FencedCodeBlock.class);
            }

            @Override
            public NodePostProcessor apply(Document document) {
                return new NodePostProcessor() {
                    @Override
                    public void process(NodeTracker state, Node node) {
                        if (node instanceof FencedCodeBlock block && isCalculator(block)) {
                            CalculatorBlock calculator = blockOf(block);
                            block.insertBefore(calculator);
                            block.unlink();
                            state.nodeRemoved(block);
                            state.nodeAdded(calculator);
                        }
                    }
                };
            }
        });
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        if (widgets != null) {
            builder.nodeRendererFactory(options -> new NodeRenderer() {
                @Override
                public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
                    return Set.of(new NodeRenderingHandler<>(CalculatorBlock.class,
                            (CalculatorBlock block, NodeRendererContext context, HtmlWriter html) -> html.line().raw(widgets.apply(block)).line()));
                }
            });
        }
    }

    private static boolean isCalculator(FencedCodeBlock block) {
        String[] words = block.getInfo().toString().strip().split("\\s+");
        return words[0].equals(FENCE_WORD);
    }

    /** Reads the id from the info string and the presets from the lines; a malformed line becomes a preset named "" for validation to report. */
    private static CalculatorBlock blockOf(FencedCodeBlock block) {
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
        // Kept in the order written: Map.copyOf would iterate in an order that changes from JVM to JVM, and the
        // widget's share link follows it, so two instances (or two exports) would render different bytes.
        return new CalculatorBlock(block.getChars(), id, java.util.Collections.unmodifiableMap(presets));
    }
}
