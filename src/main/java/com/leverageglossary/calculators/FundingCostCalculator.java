package com.leverageglossary.calculators;

import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.FundingCost;

import java.util.List;

/** Funding paid on a perpetual position and what it does to margin and leverage. */
final class FundingCostCalculator {
    /** Shown work: dollars to the cent, the rate as a percentage to six places (funding rates are tiny). */
    private static final WorkNotation WORK = WorkNotation.decimals(2).percent("rate", 6).percent("share of margin", 2)
            .percent("APR", 2).percent("APY", 2);

    private FundingCostCalculator() {
    }

    static Calculator declaration() {
        return new Calculator("funding-cost", "Funding cost calculator",
                "Funding paid on a perpetual futures position over a holding period, its annualised rate, and the leverage it leaves behind.",
                List.of("Perpetual futures charge funding at fixed intervals, usually every eight hours (one hour on Hyperliquid and dYdX): the position pays notional × rate when the rate is positive and it is long, and receives it when the rate is negative. Funding is taken from the margin, so a position that pays it slowly becomes more leveraged.",
                        "Enter the rate per interval with the sign that applies to your side: positive means you pay. The rate is held constant over the period, which real rates are not, so read the result as a scenario."),
                List.of(
                        Input.number("notional", "Notional", "USDT").above(0).example("100000"),
                        Input.number("margin", "Margin", "USDT").above(0).example("10000"),
                        Input.number("funding_rate_pct", "Funding rate per interval", "%").above(-100).below(100).example("0.01")
                                .help("Positive: you pay; negative: you receive."),
                        Input.number("interval_hours", "Funding interval", "hours").defaultsTo(8.0).above(0).atMost(8760),
                        Input.number("days", "Holding period", "days").above(0).atMost(36500).example("30")),
                List.of(
                        Output.number("funding_paid", "Funding paid", "USDT", 2),
                        Output.number("funding_pct_of_margin", "Funding as share of margin", "%", 2),
                        Output.number("equity_after", "Margin after funding", "USDT", 2),
                        Output.number("leverage_after", "Leverage after funding", "×", 2),
                        Output.number("apr_pct", "APR", "%", 2),
                        Output.number("apy_pct", "APY (compounded)", "%", 2)),
                // Placeholder values: a formula line shows only the symbols of its description.
                List.of(FundingCost.intervalsFormula(1, 1).line(),
                        FundingCost.paidFormula(1, 0, 0).line() + "; " + FundingCost.shareOfMarginFormula(0, 1).line(),
                        FundingCost.marginAfterFormula(1, 0).line() + "; " + FundingCost.leverageAfterFormula(1, 1).line(),
                        FundingCost.aprFormula(0, 1).line() + "; " + FundingCost.apyFormula(0, 1).line()),
                FundingCostCalculator::compute,
                FormulaFields.of("notional", "notional").and("margin", "margin").and("ratePerInterval", "funding_rate_pct")
                        .and("intervalHours", "interval_hours").and("days", "days").and("intervals", "days")
                        // What funding takes follows from its rate; what it leaves, from the margin.
                        .and("paid", "funding_rate_pct").and("marginAfter", "margin"));
    }

    private static Result compute(Inputs in) {
        double notional = in.number("notional");
        double margin = in.number("margin");
        double rate = in.fraction("funding_rate_pct");
        double hours = in.number("interval_hours");
        Formula intervals = FundingCost.intervalsFormula(in.number("days"), hours);
        Formula paid = FundingCost.paidFormula(notional, rate, intervals.value());
        Formula share = FundingCost.shareOfMarginFormula(paid.value(), margin);
        Formula after = FundingCost.marginAfterFormula(margin, paid.value());
        Formula apr = FundingCost.aprFormula(rate, hours);
        Result.Builder result = Result.builder()
                .put("funding_paid", paid.value())
                .percent("funding_pct_of_margin", share.value())
                .put("equity_after", after.value())
                .work(WORK.line(intervals))
                .work(WORK.line(paid, "USDT"))
                .work(WORK.line(share))
                .work(WORK.line(after, "USDT"));
        if (after.value() > 0) {
            Formula leverage = FundingCost.leverageAfterFormula(notional, after.value());
            result.put("leverage_after", leverage.value()).work(WORK.line(leverage, "×"));
        } else {
            result.put("leverage_after", null).note("Funding consumes the whole margin: the position would be liquidated before the period ends.");
        }
        result.percent("apr_pct", apr.value()).work(WORK.line(apr));
        double apy = FundingCost.apy(rate, hours);
        Formula shownApy = FundingCost.apyFormula(rate, hours);
        if (Double.isFinite(apy) && Double.isFinite(shownApy.value())) {
            result.percent("apy_pct", apy).work(WORK.line(shownApy));
        } else {
            result.put("apy_pct", null).note("Compounded over a year this rate grows beyond any number that can be shown.");
        }
        return result.note("Funding is charged on notional at each funding time; price moves, which change notional, are ignored.")
                .build();
    }
}
