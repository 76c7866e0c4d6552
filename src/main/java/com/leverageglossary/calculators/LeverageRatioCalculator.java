package com.leverageglossary.calculators;

import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.LeverageRatio;

import java.util.List;

/** Gross and net leverage of an account or book. */
final class LeverageRatioCalculator {
    /** Shown work: amounts to the cent, leverage to four places, shares as percentages. */
    private static final WorkNotation WORK = WorkNotation.decimals(2).decimals("gross leverage", 4).decimals("net leverage", 4)
            .percent("margin", 2).percent("adverse move to wipe-out", 2);

    private LeverageRatioCalculator() {
    }

    static Calculator declaration() {
        return new Calculator("leverage-ratio", "Leverage ratio calculator",
                "Gross and net leverage of an account from its equity and position sizes, and the move that would wipe it out.",
                List.of("Leverage is exposure divided by equity. Gross leverage adds up every position's size whatever its direction; net leverage lets longs and shorts offset, so a hedged book can have high gross and low net leverage.",
                        "Enter one total notional, or a list of signed position notionals with shorts negative (for example 50000,-20000). The adverse move to wipe-out is 100 divided by gross leverage: the uniform move against every position that erases the equity, before any maintenance margin is charged."),
                List.of(
                        Input.number("equity", "Equity", "USD").above(0).example("10000")
                                .help("Account value: deposited margin plus unrealized profit and loss."),
                        Input.number("notional", "Notional", "USD").optional().above(0).example("50000")
                                .help("Total position size at the current price. Leave empty when you list positions."),
                        Input.numberList("positions", "Positions", "USD").optional().example("50000,-20000")
                                .help("Signed notionals, comma-separated; shorts negative. Used instead of notional when given.")),
                List.of(
                        Output.number("gross_leverage", "Gross leverage", "×", 2),
                        Output.number("net_leverage", "Net leverage", "×", 2),
                        Output.number("margin_pct", "Equity as margin", "%", 2),
                        Output.number("adverse_move_to_wipeout_pct", "Adverse move to wipe-out", "%", 2)),
                // Placeholder values: a formula line shows only the symbols of its description.
                List.of(LeverageRatio.grossFormula(1, new double[] {1}).line() + ", n = each position's notional",
                        LeverageRatio.netFormula(1, new double[] {1}).line() + " (shorts negative)",
                        LeverageRatio.marginFormula(1, new double[] {1}).line(),
                        LeverageRatio.adverseMoveToWipeoutFormula(1).line()),
                LeverageRatioCalculator::compute,
                // The calculator measures the positions when given, else the one notional.
                FormulaFields.of("equity", "equity").and("signedNotionals", "positions", "notional")
                        .and("grossLeverage", "positions", "notional"));
    }

    private static Result compute(Inputs in) {
        double equity = in.number("equity");
        Result.Builder result = Result.builder();
        double[] positions;
        if (in.has("positions")) {
            positions = in.numbers("positions");
            if (in.has("notional")) {
                result.note("Both notional and positions were given; the positions were used.");
            }
        } else if (in.has("notional")) {
            positions = new double[] {in.number("notional")};
        } else {
            throw new InputException("notional", "is required (or give a list of positions)");
        }
        Formula gross = LeverageRatio.grossFormula(equity, positions);
        Formula net = LeverageRatio.netFormula(equity, positions);
        Formula margin = LeverageRatio.marginFormula(equity, positions);
        Formula adverseMove = LeverageRatio.adverseMoveToWipeoutFormula(gross.value());
        return result
                .put("gross_leverage", gross.value())
                .put("net_leverage", net.value())
                .percent("margin_pct", margin.value())
                .percent("adverse_move_to_wipeout_pct", adverseMove.value())
                .work(WORK.line(gross, "×"))
                .work(WORK.line(net, "×"))
                .work(WORK.line(margin))
                .work(WORK.line(adverseMove))
                .note("Wipe-out ignores maintenance margin: an exchange liquidates before equity reaches zero.")
                .build();
    }
}
