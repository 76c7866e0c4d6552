package com.leverageglossary.calculators;

import com.leverageglossary.formulas.DayCount;
import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.LeveragedProduct;

import java.util.List;

/** Path dependence of constant-leverage products: leveraged tokens, daily-reset ETFs. */
final class VolatilityDecayCalculator {
    /** A placeholder list for the formula lines, which show symbols only. */
    private static final double[] PLACEHOLDER_RETURNS = {0};
    /** Shown work: returns as percentages, leverage to two places, T and the drag to six. */
    private static final WorkNotation WORK = WorkNotation.decimals(2).percent("r", 4).percent("underlying return", 2)
            .percent("product return", 2).percent("naive return", 2).percent("decay", 2).percent("σ", 4)
            .decimals("T", 6).decimals("log drag", 6).percent("flat-market return", 2);

    private VolatilityDecayCalculator() {
    }

    static Calculator declaration() {
        return new Calculator("volatility-decay", "Volatility decay calculator",
                "How much a daily-rebalanced leveraged product loses against leverage × the underlying, along a return path or from volatility alone.",
                List.of("A product that resets to constant leverage every period multiplies its value by 1 + L × r each period. Over several periods that compounds differently from the underlying: after +10 % then −10 %, a 3× product is down 9 % while the underlying is down only 1 %. The gap between the naive L × underlying return and the product's actual return is the decay.",
                        "Give a list of per-period returns to follow one path, or an annual volatility and a number of days for the expected drag under continuous rebalancing, (L² − L) σ² T ÷ 2 in log terms. Inverse products have negative leverage; their drag is larger, since L² − L grows on both sides of 1."),
                List.of(
                        Input.number("leverage", "Leverage", "×").atLeast(-100).atMost(100).example("3")
                                .help("Negative for inverse products, e.g. −2; not 0."),
                        Input.numberList("returns_pct", "Underlying returns per period", "%").optional().above(-100).example("10,-10")
                                .help("Comma-separated, one per rebalancing period."),
                        Input.number("volatility_pct", "Annual volatility", "%").optional().atLeast(0).atMost(1000).example("80")
                                .help("Used with days when no returns are given."),
                        Input.number("days", "Days", "days").optional().above(0).atMost(36500).example("365")),
                List.of(
                        Output.number("underlying_return_pct", "Underlying return", "%", 2),
                        Output.number("leveraged_return_pct", "Product return", "%", 2),
                        Output.number("naive_return_pct", "Leverage × underlying", "%", 2),
                        Output.number("decay_pct", "Decay", "percentage points", 2),
                        Output.flag("wiped_out", "Wiped out"),
                        Output.number("flat_market_return_pct", "Return when the underlying ends flat", "%", 2),
                        Output.number("log_drag", "Log drag", "", 6)),
                // Placeholder values: a formula line shows only the symbols of its description.
                List.of(LeveragedProduct.productReturnFormula(1, PLACEHOLDER_RETURNS).line() + ", r = each period's return (at 0 once wiped out, it stays there)",
                        LeveragedProduct.underlyingReturnFormula(PLACEHOLDER_RETURNS).line() + "; " + LeveragedProduct.naiveReturnFormula(1, 0).line(),
                        LeveragedProduct.decayFormula(0, 0).line(),
                        LeveragedProduct.logDragFormula(1, 0, 1).line() + ", " + DayCount.yearsFormula(1).line()
                                + "; " + LeveragedProduct.flatMarketReturnFormula(0).line()),
                VolatilityDecayCalculator::compute,
                FormulaFields.of("leverage", "leverage").and("returns", "returns_pct").and("volatility", "volatility_pct")
                        .and("days", "days").and("years", "days")
                        // Values along the path follow from the returns.
                        .and("path", "returns_pct").and("underlyingPath", "returns_pct").and("underlyingReturn", "returns_pct")
                        .and("naiveReturn", "returns_pct").and("productReturn", "returns_pct"));
    }

    private static Result compute(Inputs in) {
        double leverage = in.number("leverage");
        if (leverage == 0) {
            throw new InputException("leverage", "must not be 0");
        }
        if (in.has("returns_pct")) {
            return fromPath(leverage, in.fractions("returns_pct"), in.has("volatility_pct"));
        }
        if (in.has("volatility_pct") && in.has("days")) {
            return fromVolatility(leverage, in.fraction("volatility_pct"), in.number("days"));
        }
        if (in.has("volatility_pct")) {
            throw new InputException("days", "is required with volatility");
        }
        throw new InputException("returns_pct", "is required (or give volatility and days)");
    }

    private static Result fromPath(double leverage, double[] returns, boolean volatilityIgnored) {
        double[] product = LeveragedProduct.path(leverage, returns);
        double[] underlying = LeveragedProduct.underlyingPath(returns);
        // The totals of the two paths, to the last bit (LeveragedProductTest), written as the formulas that give them.
        Formula productReturn = LeveragedProduct.productReturnFormula(leverage, returns);
        Formula underlyingReturn = LeveragedProduct.underlyingReturnFormula(returns);
        Formula naive = LeveragedProduct.naiveReturnFormula(leverage, underlyingReturn.value());
        Formula decay = LeveragedProduct.decayFormula(naive.value(), productReturn.value());
        boolean wipedOut = LeveragedProduct.wipedOut(product);
        Result.Builder result = Result.builder()
                .percent("underlying_return_pct", underlyingReturn.value())
                .percent("leveraged_return_pct", productReturn.value())
                .percent("naive_return_pct", naive.value())
                .percent("decay_pct", decay.value())
                .put("wiped_out", wipedOut)
                .put("flat_market_return_pct", null)
                .put("log_drag", null)
                .work(WORK.line(underlyingReturn))
                .work(WORK.line(productReturn))
                .work(WORK.line(naive))
                .work(WORK.line(decay, "(percentage points)"));
        if (volatilityIgnored) {
            result.note("Returns were given, so volatility and days were ignored.");
        }
        if (wipedOut) {
            result.note("A single period's loss of 100 ÷ leverage percent or more wiped the product out; it stays at 0.");
        }
        return result.chart(DecayChart.svg(leverage, product, underlying)).build();
    }

    private static Result fromVolatility(double leverage, double volatility, double days) {
        Formula years = DayCount.yearsFormula(days);
        Formula drag = LeveragedProduct.logDragFormula(leverage, volatility, years.value());
        Formula flat = LeveragedProduct.flatMarketReturnFormula(drag.value());
        return Result.builder()
                .put("underlying_return_pct", null)
                .put("leveraged_return_pct", null)
                .put("naive_return_pct", null)
                .put("decay_pct", null)
                .put("wiped_out", null)
                .percent("flat_market_return_pct", flat.value())
                .put("log_drag", drag.value())
                .work(WORK.line(years, "years"))
                .work(WORK.line(drag))
                .work(WORK.line(flat))
                .note("Continuous rebalancing under geometric Brownian motion; daily resets and fat tails make the real drag somewhat different.")
                .build();
    }
}
