/**
 * Site search on Lucene: the index of every entry and calculator built from the {@code Site} model, the
 * analyzers, the tiered ranking queries, synonyms, spelling correction, autocomplete, snippets, and the close
 * slugs offered on 404 pages. It answers plain records and knows nothing of HTTP. It may use {@code content},
 * {@code markdown}, {@code calculators}, {@code formulas} and {@code urls}.
 */
package com.leverageglossary.search;
