package com.leverageglossary.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Map;

/**
 * A calculator placed in a document: the node {@link CalculatorBlocks} makes of a {@code ```calculator id}
 * fenced block, with the input values its author preset.
 */
public final class CalculatorBlock extends Block {
    private final String calculatorId;
    private final Map<String, List<String>> presets;

    CalculatorBlock(BasedSequence chars, String calculatorId, Map<String, List<String>> presets) {
        super(chars);
        this.calculatorId = calculatorId;
        this.presets = presets;
    }

    public String calculatorId() {
        return calculatorId;
    }

    public Map<String, List<String>> presets() {
        return presets;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
