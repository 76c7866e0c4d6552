package com.leverageglossary.markdown;

import java.util.List;
import java.util.Map;

/**
 * A calculator placed in a document with a fenced block:
 * <pre>
 * ```calculator liquidation-price
 * side=short
 * leverage=20
 * ```
 * </pre>
 *
 * @param presets input values written in the block, as query-string values
 * @param line    1-based line of the opening fence in the document
 */
public record CalculatorEmbed(String calculatorId, Map<String, List<String>> presets, int line) {
}
