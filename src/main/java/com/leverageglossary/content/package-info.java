/**
 * The content model: entries and areas read from {@code content/} (front matter, bodies, sources, FAQs), every
 * validation rule with file and line, internal links and backlinks, and the immutable {@link
 * com.leverageglossary.content.Site} that a reload replaces as one reference; also the start-up cache, the
 * {@code --dev} watcher and the folders shipped in the jar. It may use {@code markdown} to parse and render,
 * {@code calculators} to check embeds, {@code formulas}, and {@code urls} for entry and area addresses; never
 * search, seo or web.
 */
package com.leverageglossary.content;
