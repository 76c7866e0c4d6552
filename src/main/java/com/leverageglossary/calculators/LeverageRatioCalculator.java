package com.leverageglossary.calculators;

import com.leverageglossary.formulas.LeverageRatio;

import java.util.List;

/** Gross and net leverage of an account or book. */
final class LeverageRatioCalculator {
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
                List.of("gross leverage = Σ |notional| ÷ equity",
                        "net leverage = Σ notional ÷ equity (shorts negative)",
                        "margin = equity ÷ Σ |notional| × 100",
                        "adverse move to wipe-out = 100 ÷ gross leverage"),
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
        double gross = LeverageRatio.gross(equity, positions);
        double net = LeverageRatio.net(equity, positions);
        double adverseMove = LeverageRatio.adverseMoveToWipeoutPct(gross);
        return result
                .put("gross_leverage", gross)
                .put("net_leverage", net)
                .put("margin_pct", LeverageRatio.marginPct(equity, positions))
                .put("adverse_move_to_wipeout_pct", adverseMove)
                .work("gross leverage = " + Figures.of(LeverageRatio.grossNotional(positions), 2) + " ÷ " + Figures.of(equity, 2) + " = " + Figures.of(gross, 2) + "×")
                .work("net leverage = " + Figures.of(LeverageRatio.netNotional(positions), 2) + " ÷ " + Figures.of(equity, 2) + " = " + Figures.of(net, 2) + "×")
                .work("adverse move to wipe-out = 100 ÷ " + Figures.of(gross, 4) + " = " + Figures.of(adverseMove, 2) + " %")
                .note("Wipe-out ignores maintenance margin: an exchange liquidates before equity reaches zero.")
                .build();
    }
}
