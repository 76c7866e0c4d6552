/**
 * Our Markdown dialect on flexmark: CommonMark with GitHub tables, {@code [[slug|text]]} wiki links, heading
 * anchors and the {@code ```calculator id} block, with the limits that keep parsing fast and safe and the
 * parsed facts (links, embeds, headings, raw HTML) that content validation checks. It knows no entry or page:
 * link targets come in as a lookup. It may use flexmark, {@code calculators}, {@code formulas} and {@code urls}.
 */
package com.leverageglossary.markdown;
