package com.leverageglossary.calculators;

import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.LeverageSkew;

import java.util.List;

/** Imbalance between leveraged longs and shorts. */
final class LeverageSkewCalculator {
    /** Shown work: open interest to the cent, the ratio to four places as shown, the skew as a percentage. */
    private static final WorkNotation WORK = WorkNotation.decimals(2).decimals("long/short", 4).percent("skew", 2);

    private LeverageSkewCalculator() {
    }

    static Calculator declaration() {
        return new Calculator("leverage-skew", "Leverage skew calculator",
                "Long/short ratio and skew of leveraged open interest, and whether funding agrees with the crowded side.",
                List.of("Every futures contract has a buyer and a seller, so exchange-wide open interest is always balanced. Skew measures something else: how positions are split among the accounts an exchange reports on (for example its top traders, or all accounts by count or size). A strong long skew means many leveraged longs share similar liquidation levels below the market.",
                        "Perpetual funding is how the market charges the crowded side: with a long skew funding is usually positive, so longs pay shorts. When the funding sign disagrees with the skew, the crowd is on one side but the marginal pressure is on the other."),
                List.of(
                        Input.number("long_open_interest", "Long open interest", "USD").atLeast(0).example("620"),
                        Input.number("short_open_interest", "Short open interest", "USD").atLeast(0).example("380"),
                        Input.number("funding_rate_pct", "Funding rate per interval", "%").optional().above(-100).below(100).example("0.01")),
                List.of(
                        Output.number("long_short_ratio", "Long/short ratio", "", 4),
                        Output.number("skew_pct", "Skew", "%", 2),
                        Output.text("dominant_side", "Dominant side")),
                // Placeholder values: a formula line shows only the symbols of its description.
                List.of(LeverageSkew.longShortRatioFormula(1, 1).line() + " (long and short open interest)",
                        LeverageSkew.skewFormula(1, 1).line()),
                LeverageSkewCalculator::compute,
                FormulaFields.of("longOpenInterest", "long_open_interest").and("shortOpenInterest", "short_open_interest"));
    }

    private static Result compute(Inputs in) {
        double longs = in.number("long_open_interest");
        double shorts = in.number("short_open_interest");
        Formula skewFormula = LeverageSkew.skewFormula(longs, shorts);
        double skew = skewFormula.value();
        String dominant = skew > 0 ? "long" : skew < 0 ? "short" : "balanced";
        Result.Builder result = Result.builder();
        if (shorts > 0) {
            Formula ratio = LeverageSkew.longShortRatioFormula(longs, shorts);
            result.put("long_short_ratio", ratio.value()).work(WORK.line(ratio));
        } else {
            result.put("long_short_ratio", null).note("With no shorts the long/short ratio is undefined.");
        }
        result.percent("skew_pct", skew)
                .put("dominant_side", dominant)
                .work(WORK.line(skewFormula));
        if (in.has("funding_rate_pct")) {
            result.note(fundingNote(in.number("funding_rate_pct"), dominant));
        }
        return result.build();
    }

    private static String fundingNote(double fundingPct, String dominant) {
        if (fundingPct == 0 || dominant.equals("balanced")) {
            return "Funding is neutral or positioning is balanced, so neither side is being charged for crowding.";
        }
        String payer = fundingPct > 0 ? "long" : "short";
        return payer.equals(dominant)
                ? "Funding agrees with the skew: the crowded " + dominant + " side pays the other."
                : "Funding disagrees with the skew: the " + payer + " side pays although the " + dominant + " side holds more.";
    }
}
