package com.leverageglossary.calculators;

import com.leverageglossary.formulas.Formula;
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
    /** The exchanges' rule for each bracket's amount, as the formula lines state it. */
    static final String AMOUNT_RULE = "cum_1 = 0, " + MaintenanceTiers.of(new double[] {1, 2}, new double[] {0, 0}).amountFormula(2).line();

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
     * applies. With a table, a note says where the notional falls, and the work shows the notional (when it is not
     * shown already) and how the bracket's amount follows from the one below it.
     *
     * @param notional the notional's formula, to show; null when no bracket applies or the work shows it already
     * @param at       where the notional is taken, e.g. "the liquidation price"
     */
    static void put(Result.Builder result, Inputs in, MaintenanceTiers tiers, Optional<MaintenanceBracket> used,
                    Formula notional, double notionalValue, String at, WorkNotation notation, String unit) {
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
        if (notional != null) {
            result.work(notation.line(notional, unit));
        }
        if (bracket.number() > 1) {
            result.work(notation.line(tiers.amountFormula(bracket.number()), unit));
        }
        // Written as the work writes the notional, the bounds and the rate, so the note and the lines agree.
        result.note("At " + at + " the notional, " + notation.magnitude("N", notionalValue) + " " + unit + ", lies in bracket "
                + bracket.number() + " of " + tiers.brackets().size() + " (above " + notation.magnitude("floor_n", bracket.floor())
                + ", up to " + notation.magnitude("floor_n", bracket.cap()) + "): maintenance rate " + notation.magnitude("MMR_n", bracket.rate())
                + ", amount " + notation.magnitude("cum_n", bracket.amount()) + (bracket.number() > 1 ? " (cum_n with n = " + bracket.number() + ")." : "."));
    }
}
