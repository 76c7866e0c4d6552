package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.quantity;


/**
 * Leverage sized to risk. Volatility targeting scales exposure to hit a target volatility (Moreira and
 * Muir, "Volatility-Managed Portfolios", J. Finance 2017). The continuous-time Kelly leverage
 * {@code f* = (μ − r) / σ²} maximises the expected log growth {@code g(f) = r + f(μ − r) − f²σ²/2}
 * (Thorp, "The Kelly Criterion in Blackjack, Sports Betting and the Stock Market", 2006, §7).
 * Inputs are annual fractions.
 */
public final class RiskAdjustedLeverage {
    private RiskAdjustedLeverage() {
    }

    /** target volatility / asset volatility. */
    public static double volatilityTarget(double targetVolatility, double assetVolatility) {
        return volatilityTargetFormula(targetVolatility, assetVolatility).value();
    }

    /** {@code target leverage = target σ ÷ σ}. */
    public static Formula volatilityTargetFormula(double targetVolatility, double assetVolatility) {
        return Formula.of("target leverage", quantity("target σ", ArgChecks.positive("targetVolatility", targetVolatility))
                .over(quantity("σ", ArgChecks.positive("assetVolatility", assetVolatility))));
    }

    /** {@code target leverage = min(target σ ÷ σ, cap)}: the volatility target held at a leverage cap. */
    public static Formula cappedVolatilityTargetFormula(double targetVolatility, double assetVolatility, double cap) {
        Formula uncapped = volatilityTargetFormula(targetVolatility, assetVolatility);
        return Formula.of(uncapped.symbol(), Expression.min(quantity("target σ", targetVolatility).over(quantity("σ", assetVolatility)),
                quantity("cap", ArgChecks.positive("maxLeverage", cap))));
    }

    public static double kelly(double expectedReturn, double riskFree, double volatility) {
        return kellyFormula(expectedReturn, riskFree, volatility).value();
    }

    /** {@code f* = (μ − r) ÷ σ²}. */
    public static Formula kellyFormula(double expectedReturn, double riskFree, double volatility) {
        Expression sigma = quantity("σ", ArgChecks.positive("volatility", volatility));
        Formula kelly = Formula.of("f*", quantity("μ", ArgChecks.finite("expectedReturn", expectedReturn))
                .minus(quantity("r", ArgChecks.finite("riskFree", riskFree))).over(sigma.squared()));
        ArgChecks.representable("volatility", kelly.value());
        return kelly;
    }

    /**
     * Half the Kelly leverage: the usual hedge against estimated inputs, which keeps three quarters of the
     * Kelly growth in excess of the risk-free rate at half its volatility (Thorp 2006, §7).
     */
    public static double halfKelly(double expectedReturn, double riskFree, double volatility) {
        return halfKellyFormula(expectedReturn, riskFree, volatility).value();
    }

    /** {@code half Kelly = f* ÷ 2}. */
    public static Formula halfKellyFormula(double expectedReturn, double riskFree, double volatility) {
        return Formula.of("half Kelly", kellyFormula(expectedReturn, riskFree, volatility).over(constant(2)));
    }

    /** Expected log growth rate per year at leverage f. */
    public static double growth(double leverage, double expectedReturn, double riskFree, double volatility) {
        return growthFormula(leverage, expectedReturn, riskFree, volatility).value();
    }

    /** {@code g(f) = r + f × (μ − r) − f² × σ² ÷ 2}. */
    public static Formula growthFormula(double leverage, double expectedReturn, double riskFree, double volatility) {
        Expression sigma = quantity("σ", ArgChecks.positive("volatility", volatility));
        Expression f = quantity("f", ArgChecks.finite("leverage", leverage));
        Expression mu = quantity("μ", ArgChecks.finite("expectedReturn", expectedReturn));
        Expression r = quantity("r", ArgChecks.finite("riskFree", riskFree));
        return Formula.of("g(f)", r.plus(f.times(mu.minus(r))).minus(f.squared().times(sigma.squared()).over(constant(2))));
    }
}
