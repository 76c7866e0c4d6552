/**
 * The static export ({@code export --out DIR}): the whole crawlable site written as files for nginx or a CDN, each
 * file exactly what the server answers for its URL. It runs the real web server in-process and writes its answers,
 * so the export cannot drift from the site. It may use {@code web}, {@code content}, {@code calculators} and
 * {@code urls}; only the application package uses it.
 */
package com.leverageglossary.export;
