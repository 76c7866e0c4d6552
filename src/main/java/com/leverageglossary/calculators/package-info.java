/**
 * The calculators: one declaration per calculator (inputs with bounds, units and labels; outputs; formula text;
 * compute) and the registry of them all, the parsing and validation of query-string inputs into typed values or
 * one error per field, the shown work, and the SVG charts. Each declaration is the one home of its calculator's
 * facts, read by the form, the API, the docs and the structured data. It may use {@code formulas} only.
 */
package com.leverageglossary.calculators;
