package com.leverageglossary.calculators;

import com.leverageglossary.formulas.DayCount;
import com.leverageglossary.formulas.OptionStrategy;
import com.leverageglossary.formulas.OptionType;
import com.leverageglossary.formulas.Side;
import com.leverageglossary.formulas.StrategyLeg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** A multi-leg option strategy: premium, Greeks, the nearest-expiry profile, a P&amp;L chart and a stress grid. */
final class OptionsStrategyCalculator {
    static final int MAX_LEGS = 8;
    private static final int OPTION_FIELDS = 6;
    private static final int FUTURE_FIELDS = 4;
    private static final double PER_CENT = 100;

    /** Shown work: prices and values to the cent, each Greek to the decimals of its output. */
    private static final WorkNotation WORK = WorkNotation.decimals(2).trimmed("q", 6)
            .decimals("Δ", 4).decimals("delta", 4).decimals("Γ", 8).decimals("gamma", 8)
            .decimals("ν", 4).decimals("vega", 4).decimals("Θ", 4).decimals("theta", 4);

    private OptionsStrategyCalculator() {
    }

    static Calculator declaration() {
        RowSpec legs = new RowSpec("leg", MAX_LEGS, FUTURE_FIELDS, List.of(
                Input.choice("side", "Side", "long", "long", "short"),
                Input.choice("type", "Type", "call", "call", "put", "future"),
                Input.number("quantity", "Quantity", "contracts").above(0).atMost(1e6),
                Input.number("strike", "Strike or entry", "USD").above(0),
                Input.number("days", "Days", "days").above(0).atMost(36500),
                Input.number("iv_pct", "Implied volatility", "%").above(0).atMost(1000)));
        return new Calculator("options-strategy", "Option strategy calculator",
                "Premium, Greeks, maximum profit and loss, breakevens and a stress table of a strategy of up to 8 option and future legs.",
                List.of("Each option leg is valued by Black–Scholes–Merton with its own strike, expiry and implied volatility; a future leg is linear and costs no premium. The net premium is what the strategy costs today (negative for a credit), and the Greeks are the legs' Greeks added with their signs: delta per unit of the underlying, vega per volatility point, theta per calendar day.",
                        "Maximum profit, maximum loss and breakevens are read at the nearest expiry, over every price from 0 up. Legs that expire later are still alive then and are valued by Black–Scholes–Merton at that date with their own volatility. Profit is the legs' value less the premium paid, without interest on the premium, as in textbook profit tables; a strategy that keeps a net long or short exposure above every strike has an unbounded profit or loss.",
                        "The stress table revalues every leg today after an instantaneous price shock and a volatility shock (shifted volatilities are floored at 1 point). Give the collateral backing the strategy to see which cells would be liquidated: a cell is marked liquidated when its loss uses up all of the collateral."),
                List.of(
                        Input.number("spot", "Spot price", "USD").above(0).example("60000"),
                        Input.number("rate_pct", "Interest rate", "%").defaultsTo(0.0).atLeast(-100).atMost(100),
                        Input.rowList("legs", "Legs", legs).example("long:call:1:60000:30:60,short:call:1:66000:30:55")
                                .help("One leg per row, side:type:quantity:strike:days:iv_pct; a future is side:future:quantity:entry_price. At most 8 legs."),
                        Input.number("collateral", "Collateral", "USD").optional().atLeast(0)
                                .help("Optional: the margin backing the strategy, to mark stress cells whose loss would use it all up.")),
                List.of(
                        Output.number("net_premium", "Net premium (paid)", "USD", 2),
                        Output.number("delta", "Delta", "", 4),
                        Output.number("gamma", "Gamma", "per USD", 8),
                        Output.number("vega", "Vega", "USD per vol point", 4),
                        Output.number("theta", "Theta", "USD per day", 4),
                        Output.number("max_profit", "Maximum profit at nearest expiry", "USD", 2).nullReads("unbounded"),
                        Output.number("max_loss", "Maximum loss at nearest expiry", "USD", 2).nullReads("unbounded"),
                        Output.numberList("breakevens", "Breakevens at nearest expiry", "USD", 2),
                        StressGrid.priceAndVolatilityOutput("P&L", "USD", 2)),
                formulaLines(),
                OptionsStrategyCalculator::compute,
                FormulaFields.of("spot", "spot").and("rate", "rate_pct").and("legs", "legs").and("quantity", "legs")
                        .and("strike", "legs").and("entryPrice", "legs").and("years", "legs").and("volatility", "legs")
                        .and("price", "spot").and("volShift", "legs").and("premium", "legs"))
                .withPresets(
                        preset("covered-call", "Covered call", "Long the underlying (a future at spot) and short an out-of-the-money call: income for a capped upside.",
                                "long:future:1:60000,short:call:1:66000:30:55"),
                        preset("protective-put", "Protective put", "Long the underlying and long an out-of-the-money put: the loss is floored at the put's strike.",
                                "long:future:1:60000,long:put:1:54000:30:65"),
                        preset("bull-call-spread", "Bull call spread", "Long the at-the-money call, short a higher call: bounded profit and loss, one breakeven.",
                                "long:call:1:60000:30:60,short:call:1:66000:30:55"),
                        preset("straddle", "Straddle", "Long a call and a put at the same strike: profits from a large move either way.",
                                "long:call:1:60000:30:60,long:put:1:60000:30:60"),
                        preset("strangle", "Strangle", "Long an out-of-the-money put and call: cheaper than a straddle, needs a larger move.",
                                "long:put:1:54000:30:65,long:call:1:66000:30:55"),
                        Preset.of("iron-condor", "Iron condor", "Short a put spread and a call spread for a credit, backed by 3,000 USD of collateral (less than its maximum loss, so the stress table marks the shocks that would use it up).",
                                inOrder("spot", "60000", "legs", "long:put:1:50000:30:70,short:put:1:55000:30:63,short:call:1:65000:30:56,long:call:1:70000:30:58",
                                        "collateral", "3000")),
                        preset("risk-reversal", "Risk reversal", "Short an out-of-the-money put to pay for an out-of-the-money call: a cheap bullish position with the downside of a long.",
                                "short:put:1:54000:30:65,long:call:1:66000:30:55"));
    }

    /** The formula lines, from the descriptions on a placeholder strategy (a formula line shows only symbols). */
    private static List<String> formulaLines() {
        OptionStrategy placeholder = OptionStrategy.of(List.of(StrategyLeg.option(Side.LONG, OptionType.CALL, 1, 1, 1, 1)), 1, 0);
        return List.of(placeholder.premiumFormula().line() + "; s = +1 long, −1 short, q = quantity, V = the leg's Black–Scholes–Merton value (a future has none)",
                placeholder.deltaFormula().line() + " (a future's Δ is 1); " + placeholder.gammaFormula().line(),
                placeholder.vegaFormula().line() + " per vol point; " + placeholder.thetaFormula().line() + " per day",
                placeholder.pnlAtHorizonFormula(1, 0).line() + " at the nearest expiry: a call pays max(S − K, 0), a put max(K − S, 0), a future S − EP, a later leg its value V then",
                "breakevens: P&L = 0; maximum profit and loss over S ≥ 0, unbounded when the calls and futures do not net to 0",
                "stress cell: Σ(s·q·V) − premium with S × (1 + price shock) and σ + volatility shock (at least 1 point), valued today");
    }

    private static Preset preset(String id, String label, String description, String legs) {
        return Preset.of(id, label, description, inOrder("spot", "60000", "legs", legs));
    }

    /** Values in the order given, so that every instance writes the same preset links (Map.of's order varies by JVM). */
    private static Map<String, String> inOrder(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    private static Result compute(Inputs in) {
        double spot = in.number("spot");
        List<StrategyLeg> legs = legs(in.rows("legs"));
        OptionStrategy strategy = OptionStrategy.of(legs, spot, in.fraction("rate_pct"));
        double premium = strategy.netPremium();
        OptionStrategy.ExpiryProfile profile = strategy.expiryProfile(premium);
        Double collateral = in.has("collateral") ? in.number("collateral") : null;
        Result.Builder result = Result.builder()
                .put("net_premium", premium)
                .put("delta", strategy.delta())
                .put("gamma", strategy.gamma())
                .put("vega", strategy.vegaPerPoint())
                .put("theta", strategy.thetaPerDay())
                .put("max_profit", boxed(profile.maxProfit()))
                .put("max_loss", boxed(profile.maxLoss()))
                .put("breakevens", Arrays.stream(profile.breakevens()).boxed().toList())
                .put(StressGrid.NAME, StressGrid.overPriceAndVolatility((priceShock, volShock) -> {
                    double pnl = strategy.pnlToday(spot * (1 + priceShock), volShock);
                    return new StressGrid.Cell(pnl, collateral != null && collateral + pnl <= 0);
                }));
        double horizonDays = strategy.horizonYears() * DayCount.DAYS_PER_YEAR;
        result.note(horizonDays > 0
                ? "Maximum profit, maximum loss and breakevens are at the nearest expiry, in " + Figures.trimmed(horizonDays, 2) + " days."
                : "Every leg is a future, so the profile is read at today's prices.");
        if (legs.stream().anyMatch(l -> l.isOption() && l.years() > strategy.horizonYears())) {
            result.note("Legs expiring later are valued by Black–Scholes–Merton at the nearest expiry; their maximum and minimum are read on a grid of prices and refined around the extremes.");
        }
        result.note(collateral == null
                ? "No collateral given, so no stress cell is marked liquidated."
                : "A stress cell is marked liquidated when its loss is at least the collateral of " + Figures.of(collateral, 2) + " USD.");
        result.work(WORK.line(strategy.premiumFormula(), "USD"))
                .work(WORK.line(strategy.deltaFormula()))
                .work(WORK.line(strategy.gammaFormula(), "per USD"))
                .work(WORK.line(strategy.vegaFormula(), "USD per vol point"))
                .work(WORK.line(strategy.thetaFormula(), "USD per day"));
        for (double breakeven : profile.breakevens()) {
            result.work(WORK.line(strategy.pnlAtHorizonFormula(breakeven, premium), "USD at a breakeven"));
        }
        return result
                .note("European exercise; the premium is paid today and the P&L ignores interest on it.")
                .chart(OptionStrategyChart.of(strategy, legs, spot, premium, profile.breakevens()))
                .build();
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** Each row as a leg; a future takes four fields and an option six, and a message names the leg that has not. */
    private static List<StrategyLeg> legs(List<List<Object>> rows) {
        List<StrategyLeg> legs = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            Side side = Side.valueOf(((String) row.get(0)).toUpperCase(Locale.ROOT));
            String type = (String) row.get(1);
            double quantity = (Double) row.get(2);
            double strike = (Double) row.get(3);
            if (type.equals("future")) {
                if (row.size() != FUTURE_FIELDS) {
                    throw new InputException("legs", "leg " + (i + 1) + " is a future, written side:future:quantity:entry_price (4 fields)");
                }
                legs.add(StrategyLeg.future(side, quantity, strike));
            } else {
                if (row.size() != OPTION_FIELDS) {
                    throw new InputException("legs", "leg " + (i + 1) + " is an option, written side:" + type + ":quantity:strike:days:iv_pct (6 fields)");
                }
                OptionType optionType = type.equals("call") ? OptionType.CALL : OptionType.PUT;
                legs.add(StrategyLeg.option(side, optionType, quantity, strike, DayCount.years((Double) row.get(4)), (Double) row.get(5) / PER_CENT));
            }
        }
        return legs;
    }
}
