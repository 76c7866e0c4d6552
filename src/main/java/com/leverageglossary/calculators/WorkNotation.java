package com.leverageglossary.calculators;

import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.Notation;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * How a calculator writes the quantities of its shown work: decimals by formula symbol (a quantity in base units
 * needs more than a dollar amount), rates as percentages. A line is {@link Formula#work} in this notation, with the
 * unit after the result: {@code name = substituted expression = result [unit]}.
 *
 * <p>Every value is written with at least one decimal, because a number without a decimal point reads as exact
 * (a constant of the formula or a count); that is what lets {@code WorkLinesTest} check each line's arithmetic.
 */
final class WorkNotation implements Notation {
    private final DoubleFunction<String> fallback;
    private final Map<String, DoubleFunction<String>> bySymbol;

    private WorkNotation(DoubleFunction<String> fallback, Map<String, DoubleFunction<String>> bySymbol) {
        this.fallback = fallback;
        this.bySymbol = Map.copyOf(bySymbol);
    }

    /** Every symbol with {@code decimals} decimals unless said otherwise. */
    static WorkNotation decimals(int decimals) {
        return new WorkNotation(fixed(decimals), Map.of());
    }

    /** Every symbol with up to {@code maxDecimals}, trailing zeros beyond two dropped, unless said otherwise. */
    static WorkNotation trimmed(int maxDecimals) {
        checkDecimals(maxDecimals);
        return new WorkNotation(value -> Figures.trimmed(value, maxDecimals), Map.of());
    }

    WorkNotation decimals(String symbol, int decimals) {
        return with(symbol, fixed(decimals));
    }

    /** Up to {@code maxDecimals}, trailing zeros beyond two dropped (a coin amount: 0.1 BTC reads 0.10). */
    WorkNotation trimmed(String symbol, int maxDecimals) {
        checkDecimals(maxDecimals);
        return with(symbol, value -> Figures.trimmed(value, maxDecimals));
    }

    /** A fraction written as a percentage, up to {@code maxDecimals} (at least two), e.g. 0.005 as "0.50 %" (no-break space). */
    WorkNotation percent(String symbol, int maxDecimals) {
        checkDecimals(maxDecimals);
        return with(symbol, value -> Figures.trimmed(value * 100, maxDecimals) + Notation.PERCENT);
    }

    /** The line for {@code formula}: {@code symbol = expression with values = result}. */
    String line(Formula formula) {
        return formula.work(this);
    }

    /** The line for {@code formula} with the result's unit after it, e.g. "×". */
    String line(Formula formula, String unit) {
        return formula.work(this) + " " + unit;
    }

    @Override
    public String magnitude(String symbol, double magnitude) {
        return bySymbol.getOrDefault(symbol, fallback).apply(magnitude);
    }

    private WorkNotation with(String symbol, DoubleFunction<String> format) {
        Map<String, DoubleFunction<String>> next = new HashMap<>(bySymbol);
        next.put(symbol, format);
        return new WorkNotation(fallback, next);
    }

    private static DoubleFunction<String> fixed(int decimals) {
        checkDecimals(decimals);
        return value -> Figures.of(value, decimals);
    }

    private static void checkDecimals(int decimals) {
        if (decimals < 1) {
            throw new IllegalArgumentException("shown work needs at least one decimal: a number without one reads as exact");
        }
    }
}
