package com.leverageglossary.calculators;

import com.leverageglossary.formulas.MaintenanceBracket;
import com.leverageglossary.formulas.MaintenanceTiers;
import java.util.List;
import java.util.Optional;

/**
 * The {@code tiers} input and the bracket outputs that {@code liquidation-price} and {@code position-margin} share:
 * declared once here, so that both calculators parse, name and show a maintenance margin table the same way.
 */
final class MaintenanceTierFields {
    static final String TIERS = "tiers";
    static final String BRACKET = "bracket";
    static final String BRACKET_RATE = "bracket_rate_pct";
    static final String BRACKET_AMOUNT = "bracket_amount";

    /** Binance's BTCUSDT 125x perpetual brackets as its announcement of 2021-03-18 lists them (see the preset). */
    static final String BINANCE_BTCUSDT_2021_03_18 = "50000:0.4,250000:0.5,1000000:1,10000000:2.5,20000000:5,"
            + "50000000:10,100000000:12.5,200000000:15,300000000:25,500000000:50";

    private MaintenanceTierFields() {
    }

    /** {@code tiers}: notional caps and maintenance rates, the caps in the unit of the contract's margin. */
    static Input input(String capUnit) {
        return Input.pairList(TIERS, "Maintenance margin tiers", capUnit + " cap:rate %").optional().atLeast(0)
                .help("Optional: an exchange's brackets as notional_cap:maintenance_rate_pct pairs in ascending order, "
                        + "e.g. 50000:0.4,250000:0.5,1000000:1. They take precedence over the flat maintenance rate.");
    }

    static List<Output> outputs(String amountUnit) {
        return List.of(Output.number(BRACKET, "Maintenance bracket", "", 0),
                Output.number(BRACKET_RATE, "Maintenance rate used", "%", 2),
                Output.number(BRACKET_AMOUNT, "Maintenance amount used", amountUnit, 2));
    }

    /** The table given, or one flat bracket with the given rate and amount when there is none. */
    static MaintenanceTiers from(Inputs in, double flatRate, double flatAmount) {
        if (!in.has(TIERS)) {
            return MaintenanceTiers.flat(flatRate, flatAmount);
        }
        double[][] pairs = in.pairs(TIERS);
        double[] rates = pairs[1].clone();
        for (int i = 0; i < rates.length; i++) {
            rates[i] /= 100; // the _pct convention, item by item
        }
        return MaintenanceTiers.of(pairs[0], rates);
    }

    /**
     * The bracket outputs: its number (null without a table, with a note), rate and amount; all null when no bracket
     * applies. With a table, the work shows where the position falls and how the bracket's amount follows from the
     * one below it.
     */
    static void put(Result.Builder result, Inputs in, MaintenanceTiers tiers, Optional<MaintenanceBracket> used,
                    double notional, String where, int amountDecimals) {
        boolean table = in.has(TIERS);
        if (!table) {
            result.note("No tiers were given: one maintenance rate applies at every size, so there is no bracket number.");
        }
        if (used.isEmpty()) {
            result.put(BRACKET, null).put(BRACKET_RATE, null).put(BRACKET_AMOUNT, null);
            return;
        }
        MaintenanceBracket bracket = used.get();
        result.put(BRACKET, table ? (double) bracket.number() : null)
                .percent(BRACKET_RATE, bracket.rate())
                .put(BRACKET_AMOUNT, bracket.amount());
        if (!table) {
            return;
        }
        result.work("bracket " + bracket.number() + ": notional " + where + " = " + Figures.trimmed(notional, amountDecimals)
                        + ", within (" + Figures.trimmed(bracket.floor(), amountDecimals) + ", " + Figures.trimmed(bracket.cap(), amountDecimals) + "]");
        if (bracket.number() > 1) {
            MaintenanceBracket below = tiers.brackets().get(bracket.number() - 2);
            result.work("cum" + bracket.number() + " = cum" + below.number() + " + floor × (rate" + bracket.number() + " − rate" + below.number() + ") = "
                    + Figures.trimmed(below.amount(), amountDecimals) + " + " + Figures.trimmed(bracket.floor(), amountDecimals) + " × ("
                    + Figures.percent(bracket.rate(), 2) + " % − " + Figures.percent(below.rate(), 2) + " %) = " + Figures.trimmed(bracket.amount(), amountDecimals));
        }
    }
}
