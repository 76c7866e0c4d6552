/**
 * Every URL shape of the site (entries, areas and their pages, calculators and their API, search, feeds, the
 * API documents) and the route patterns made from the same builders. Imports nothing of ours; every layer above
 * {@code calculators} may use it, so routes, templates, sitemap, feeds, search and link checks cannot disagree.
 */
package com.leverageglossary.urls;
