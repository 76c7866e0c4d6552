package com.leverageglossary.formulas;

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
        return ArgChecks.positive("targetVolatility", targetVolatility) / ArgChecks.positive("assetVolatility", assetVolatility);
    }

    public static double kelly(double expectedReturn, double riskFree, double volatility) {
        double sigma = ArgChecks.positive("volatility", volatility);
        return ArgChecks.representable("volatility",
                (ArgChecks.finite("expectedReturn", expectedReturn) - ArgChecks.finite("riskFree", riskFree)) / (sigma * sigma));
    }

    /**
     * Half the Kelly leverage: the usual hedge against estimated inputs, which keeps three quarters of the
     * Kelly growth in excess of the risk-free rate at half its volatility (Thorp 2006, §7).
     */
    public static double halfKelly(double expectedReturn, double riskFree, double volatility) {
        return kelly(expectedReturn, riskFree, volatility) / 2;
    }

    /** Expected log growth rate per year at leverage f. */
    public static double growth(double leverage, double expectedReturn, double riskFree, double volatility) {
        double sigma = ArgChecks.positive("volatility", volatility);
        ArgChecks.finite("leverage", leverage);
        ArgChecks.finite("expectedReturn", expectedReturn);
        ArgChecks.finite("riskFree", riskFree);
        return riskFree + leverage * (expectedReturn - riskFree) - leverage * leverage * sigma * sigma / 2;
    }
}
