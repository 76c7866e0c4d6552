/**
 * What crawlers and machine readers get: schema.org JSON-LD per page type, the sitemap, the Atom feed,
 * {@code llms.txt} and {@code robots.txt}, each a pure function of the {@code Site} model and the base URL that
 * returns text. It may use {@code content}, {@code markdown}, {@code calculators}, {@code formulas} and {@code urls}; it knows
 * nothing of HTTP.
 */
package com.leverageglossary.seo;
