package com.leverageglossary.calculators;

import com.leverageglossary.formulas.BlackScholesMerton;
import com.leverageglossary.formulas.DayCount;
import com.leverageglossary.formulas.OptionType;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Black–Scholes–Merton price, Greeks and leverage of a European option. */
final class OptionLeverageCalculator {
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
                List.of("d1 = (ln(S ÷ K) + (r − q + σ² ÷ 2) T) ÷ (σ √T), d2 = d1 − σ √T, T = days ÷ 365",
                        "call = S e^(−qT) N(d1) − K e^(−rT) N(d2); put = K e^(−rT) N(−d2) − S e^(−qT) N(−d1)",
                        "delta = e^(−qT) N(d1) (call), −e^(−qT) N(−d1) (put); gamma = e^(−qT) φ(d1) ÷ (S σ √T)",
                        "vega = S e^(−qT) φ(d1) √T ÷ 100; vanna = −e^(−qT) φ(d1) d2 ÷ σ ÷ 100; volga = vega × d1 d2 ÷ σ ÷ 100",
                        "elasticity = delta × S ÷ price; premium leverage = S ÷ price"),
                OptionLeverageCalculator::compute,
                FormulaFields.of("spot", "spot").and("strike", "strike").and("days", "days").and("years", "days")
                        .and("volatility", "volatility_pct").and("rate", "rate_pct").and("dividendYield", "dividend_yield_pct"));
    }

    private static Result compute(Inputs in) {
        OptionType type = OptionType.valueOf(in.choice("type").toUpperCase(Locale.ROOT));
        double spot = in.number("spot");
        double strike = in.number("strike");
        double years = DayCount.years(in.number("days"));
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
        OptionalDouble elasticity = option.elasticity();
        if (elasticity.isPresent()) {
            result.put("elasticity", elasticity.getAsDouble()).put("premium_leverage", option.premiumLeverage().getAsDouble())
                    .work("elasticity = " + Figures.of(option.delta(), 4) + " × " + Figures.of(spot, 2) + " ÷ " + Figures.of(price, 4)
                            + " = " + Figures.of(elasticity.getAsDouble(), 2) + "×");
        } else {
            result.put("elasticity", null).put("premium_leverage", null)
                    .note("The option is worth almost nothing, so its leverage is undefined.");
        }
        return result
                .work("d1 = " + Figures.of(option.d1(), 6) + ", d2 = " + Figures.of(option.d2(), 6) + ", T = " + Figures.of(years, 6) + " years")
                .work((type == OptionType.CALL ? "call" : "put") + " = " + Figures.of(price, 4))
                .note("European exercise; Deribit's options are European, so this matches their model up to the volatility surface.")
                .charts(OptionCharts.of(type, spot, strike, years, vol, rate, yield))
                .build();
    }
}
