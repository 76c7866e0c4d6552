package com.leverageglossary.calculators;

import java.util.List;

/**
 * The public ids of the thirteen calculators in {@code shared/calculators.md}, in the contract's order.
 * Content names them in {@code calculators:}; each id gets its full declaration in this package.
 */
public final class CalculatorIds {
    public static final List<String> ALL = List.of(
            "leverage-ratio", "position-margin", "liquidation-price", "leverage-loop", "health-factor",
            "option-leverage", "volatility-decay", "funding-cost", "risk-adjusted-leverage", "cppi",
            "basel-leverage-ratio", "liquidation-cascade", "leverage-skew");

    private CalculatorIds() {
    }
}
