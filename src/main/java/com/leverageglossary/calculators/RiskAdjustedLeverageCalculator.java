package com.leverageglossary.calculators;

import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.RiskAdjustedLeverage;

import java.util.List;

/** Leverage from a volatility target and from the Kelly criterion. */
final class RiskAdjustedLeverageCalculator {
    /** Shown work: volatilities and returns as percentages, leverage to four places as the outputs show it. */
    private static final WorkNotation WORK = WorkNotation.decimals(4).percent("target σ", 4).percent("σ", 4).percent("μ", 4)
            .percent("r", 4).percent("g(f*)", 2).percent("g(f* ÷ 2)", 2);

    private RiskAdjustedLeverageCalculator() {
    }

    static Calculator declaration() {
        return new Calculator("risk-adjusted-leverage", "Risk-adjusted leverage calculator",
                "Leverage that hits a volatility target, and the Kelly and half-Kelly leverage with their expected growth rates.",
                List.of("Volatility targeting sets leverage to target volatility ÷ asset volatility, so a 20 % target on an asset with 80 % volatility allows 0.25×, and the same target on a 10 % asset allows 2×. Funds that target volatility lever up when markets are calm and cut exposure when they are wild.",
                        "The Kelly leverage (μ − r) ÷ σ² maximises long-run growth of a continuously rebalanced position. It is aggressive: estimates of μ are noisy, and betting more than Kelly lowers growth while adding risk, which is why practitioners use half Kelly, which keeps three quarters of the growth at half the volatility."),
                List.of(
                        Input.number("target_volatility_pct", "Target volatility", "%").above(0).atMost(1000).example("20"),
                        Input.number("asset_volatility_pct", "Asset volatility", "%").above(0).atMost(1000).example("60"),
                        Input.number("max_leverage", "Leverage cap", "×").optional().above(0).atMost(1000).example("3"),
                        Input.number("expected_return_pct", "Expected return", "% a year").optional().atLeast(-100).atMost(1000).example("30")
                                .help("Needed for the Kelly outputs."),
                        Input.number("risk_free_pct", "Risk-free rate", "% a year").defaultsTo(0.0).atLeast(-100).atMost(100)),
                List.of(
                        Output.number("target_leverage", "Volatility-target leverage", "×", 4),
                        Output.number("kelly_leverage", "Kelly leverage", "×", 4),
                        Output.number("half_kelly_leverage", "Half-Kelly leverage", "×", 4),
                        Output.number("kelly_growth_pct", "Growth at Kelly", "% a year", 2),
                        Output.number("half_kelly_growth_pct", "Growth at half Kelly", "% a year", 2)),
                // Placeholder values: a formula line shows only the symbols of its description.
                List.of(RiskAdjustedLeverage.cappedVolatilityTargetFormula(1, 1, 1).line() + ", σ = asset volatility, cap = leverage cap",
                        RiskAdjustedLeverage.kellyFormula(0, 0, 1).line() + " (Kelly leverage), μ = expected return, r = risk-free rate; "
                                + RiskAdjustedLeverage.halfKellyFormula(0, 0, 1).line(),
                        RiskAdjustedLeverage.growthFormula(0, 0, 0, 1).line() + " (growth at leverage f)"),
                RiskAdjustedLeverageCalculator::compute,
                FormulaFields.of("targetVolatility", "target_volatility_pct").and("assetVolatility", "asset_volatility_pct").and("maxLeverage", "max_leverage")
                        .and("volatility", "asset_volatility_pct").and("expectedReturn", "expected_return_pct").and("riskFree", "risk_free_pct")
                        // The growth formula is evaluated at the Kelly leverage, which the expected return sets.
                        .and("leverage", "expected_return_pct"));
    }

    private static Result compute(Inputs in) {
        double target = in.fraction("target_volatility_pct");
        double sigma = in.fraction("asset_volatility_pct");
        double raw = RiskAdjustedLeverage.volatilityTarget(target, sigma);
        Result.Builder result = Result.builder();
        Formula leverage = in.has("max_leverage")
                ? RiskAdjustedLeverage.cappedVolatilityTargetFormula(target, sigma, in.number("max_leverage"))
                : RiskAdjustedLeverage.volatilityTargetFormula(target, sigma);
        if (leverage.value() < raw) {
            result.note("The volatility target asks for " + Figures.of(raw, 2) + "×; the cap holds it at " + Figures.of(leverage.value(), 2) + "×.");
        }
        result.put("target_leverage", leverage.value()).work(WORK.line(leverage, "×"));
        if (!in.has("expected_return_pct")) {
            return result.put("kelly_leverage", null).put("half_kelly_leverage", null)
                    .put("kelly_growth_pct", null).put("half_kelly_growth_pct", null)
                    .note("Give an expected return to get the Kelly leverage.")
                    .build();
        }
        double mu = in.fraction("expected_return_pct");
        double r = in.fraction("risk_free_pct");
        Formula kelly = RiskAdjustedLeverage.kellyFormula(mu, r, sigma);
        Formula halfKelly = RiskAdjustedLeverage.halfKellyFormula(mu, r, sigma);
        Formula kellyGrowth = RiskAdjustedLeverage.growthFormula(kelly.value(), mu, r, sigma).renamed("g(f*)");
        Formula halfKellyGrowth = RiskAdjustedLeverage.growthFormula(halfKelly.value(), mu, r, sigma).renamed("g(f* ÷ 2)");
        if (kelly.value() <= 0) {
            result.note("The expected return does not beat the risk-free rate, so Kelly says hold no position (a negative value means short).");
        }
        return result.put("kelly_leverage", kelly.value())
                .put("half_kelly_leverage", halfKelly.value())
                .percent("kelly_growth_pct", kellyGrowth.value())
                .percent("half_kelly_growth_pct", halfKellyGrowth.value())
                .work(WORK.line(kelly, "×"))
                .work(WORK.line(halfKelly, "×"))
                .work(WORK.line(kellyGrowth))
                .work(WORK.line(halfKellyGrowth))
                .note("Kelly assumes the expected return and volatility are known and constant; with estimated inputs, half Kelly or less is the usual choice.")
                .build();
    }
}
