package com.leverageglossary.calculators;

import com.leverageglossary.formulas.BlackScholesMerton;
import com.leverageglossary.formulas.DayCount;
import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.OptionType;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Black–Scholes–Merton price, Greeks and leverage of a European option. */
final class OptionLeverageCalculator {
    /**
     * Shown work: prices to the cent in, four places out (as the outputs show them), d1 and d2 to six places, rates
     * as percentages; each Greek to the decimals of its output.
     */
    private static final WorkNotation WORK = WorkNotation.decimals(2).decimals("T", 6).percent("σ", 4).percent("r", 4).percent("q", 4)
            .decimals("d1", 6).decimals("d2", 6).decimals("call", 4).decimals("put", 4).decimals("delta", 4).decimals("gamma", 8)
            .decimals("vega", 4).decimals("theta", 4).decimals("rho", 4).decimals("vanna", 6).decimals("volga", 6);

    private OptionLeverageCalculator() {
    }

    static Calculator declaration() {
        return new Calculator("option-leverage", "Option leverage and Greeks calculator",
                "Black–Scholes–Merton price, delta, gamma, vega, theta, rho, vanna and volga of a European option, and the leverage it embeds.",
                List.of("An option is leveraged because a small premium controls the full move of the underlying. Premium leverage (spot ÷ price) overstates it; the elasticity, delta × spot ÷ price, is the percentage change in the option's value for a 1 % move in spot, and it is the number to compare with a futures position's leverage.",
                        "Prices follow Black–Scholes–Merton with a continuous dividend yield (for crypto, set it to the funding or borrow yield if you price off a perpetual). Time is in calendar days over 365. Theta is per calendar day, vega, vanna and volga per volatility point (1 %), volga per point squared, and rho per rate point."),
                List.of(
                        Input.choice("type", "Type", "call", "call", "put"),
                        Input.number("spot", "Spot price", "USD").above(0).example("60000"),
                        Input.number("strike", "Strike price", "USD").above(0).example("65000"),
                        Input.number("days", "Days to expiry", "days").above(0).atMost(36500).example("30"),
                        Input.number("volatility_pct", "Implied volatility", "%").above(0).atMost(1000).example("60"),
                        Input.number("rate_pct", "Interest rate", "%").defaultsTo(0.0).atLeast(-100).atMost(100),
                        Input.number("dividend_yield_pct", "Dividend yield", "%").defaultsTo(0.0).atLeast(-100).atMost(100)),
                List.of(
                        Output.number("price", "Option price", "USD", 2),
                        Output.number("delta", "Delta", "", 4),
                        Output.number("gamma", "Gamma", "per USD", 8),
                        Output.number("vega", "Vega", "USD per vol point", 4),
                        Output.number("theta", "Theta", "USD per day", 4),
                        Output.number("rho", "Rho", "USD per rate point", 4),
                        Output.number("vanna", "Vanna", "delta per vol point", 6),
                        Output.number("volga", "Volga", "USD per vol point²", 6),
                        Output.number("elasticity", "Elasticity (leverage)", "×", 2),
                        Output.number("premium_leverage", "Premium leverage", "×", 2)),
                formulaLines(),
                OptionLeverageCalculator::compute,
                FormulaFields.of("spot", "spot").and("strike", "strike").and("days", "days").and("years", "days")
                        .and("volatility", "volatility_pct").and("rate", "rate_pct").and("dividendYield", "dividend_yield_pct"));
    }

    /** The formula lines, from the descriptions on placeholder values (a formula line shows only symbols). */
    private static List<String> formulaLines() {
        BlackScholesMerton call = BlackScholesMerton.of(OptionType.CALL, 1, 1, 1, 1, 0, 0);
        BlackScholesMerton put = BlackScholesMerton.of(OptionType.PUT, 1, 1, 1, 1, 0, 0);
        return List.of(DayCount.yearsFormula(1).line() + "; S = spot, K = strike, σ = volatility, r = rate, q = dividend yield",
                call.d1Formula().line() + "; " + call.d2Formula().line(),
                call.priceFormula().line() + "; " + put.priceFormula().line(),
                call.deltaFormula().line() + " (call); " + put.deltaFormula().line() + " (put)",
                call.gammaFormula().line(),
                call.vegaFormula().line(),
                call.thetaFormula().line() + " (call, per day)",
                put.thetaFormula().line() + " (put, per day)",
                call.rhoFormula().line() + " (call); " + put.rhoFormula().line() + " (put)",
                call.vannaFormula().line() + "; " + call.volgaFormula().line(),
                call.elasticityFormula().line().replace("call", "price") + "; " + call.premiumLeverageFormula().line().replace("call", "price"));
    }

    private static Result compute(Inputs in) {
        OptionType type = OptionType.valueOf(in.choice("type").toUpperCase(Locale.ROOT));
        double spot = in.number("spot");
        double strike = in.number("strike");
        Formula yearsFormula = DayCount.yearsFormula(in.number("days"));
        double years = yearsFormula.value();
        double vol = in.fraction("volatility_pct");
        double rate = in.fraction("rate_pct");
        double yield = in.fraction("dividend_yield_pct");
        BlackScholesMerton option = BlackScholesMerton.of(type, spot, strike, years, vol, rate, yield);
        double price = option.price();
        Result.Builder result = Result.builder()
                .put("price", price)
                .put("delta", option.delta())
                .put("gamma", option.gamma())
                .put("vega", option.vegaPerPoint())
                .put("theta", option.thetaPerDay())
                .put("rho", option.rhoPerPoint())
                .put("vanna", option.vannaPerPoint())
                .put("volga", option.volgaPerPoint());
        result.work(WORK.line(yearsFormula, "years"))
                .work(WORK.line(option.d1Formula()))
                .work(WORK.line(option.d2Formula()))
                .work(WORK.line(option.priceFormula(), "USD"))
                .work(WORK.line(option.deltaFormula()))
                .work(WORK.line(option.gammaFormula(), "per USD"))
                .work(WORK.line(option.vegaFormula(), "USD per vol point"))
                .work(WORK.line(option.thetaFormula(), "USD per day"))
                .work(WORK.line(option.rhoFormula(), "USD per rate point"))
                .work(WORK.line(option.vannaFormula()))
                .work(WORK.line(option.volgaFormula()));
        OptionalDouble elasticity = option.elasticity();
        if (elasticity.isPresent()) {
            result.put("elasticity", elasticity.getAsDouble()).put("premium_leverage", option.premiumLeverage().getAsDouble())
                    .work(WORK.line(option.elasticityFormula(), "×"))
                    .work(WORK.line(option.premiumLeverageFormula(), "×"));
        } else {
            result.put("elasticity", null).put("premium_leverage", null)
                    .note("The option is worth almost nothing, so its leverage is undefined.");
        }
        return result
                .note("European exercise; Deribit's options are European, so this matches their model up to the volatility surface.")
                .chart(OptionCharts.svg(type, spot, strike, years, vol, rate, yield))
                .build();
    }
}
