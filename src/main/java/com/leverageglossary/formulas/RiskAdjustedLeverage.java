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
        return ArgChecks.positive("target_volatility_pct", targetVolatility) / ArgChecks.positive("asset_volatility_pct", assetVolatility);
    }

    public static double kelly(double expectedReturn, double riskFree, double volatility) {
        double sigma = ArgChecks.positive("asset_volatility_pct", volatility);
        return ArgChecks.representable("asset_volatility_pct",
                (ArgChecks.finite("expected_return_pct", expectedReturn) - ArgChecks.finite("risk_free_pct", riskFree)) / (sigma * sigma));
    }

    /** Expected log growth rate per year at leverage f. */
    public static double growth(double leverage, double expectedReturn, double riskFree, double volatility) {
        double sigma = ArgChecks.positive("asset_volatility_pct", volatility);
        ArgChecks.finite("max_leverage", leverage);
        ArgChecks.finite("expected_return_pct", expectedReturn);
        ArgChecks.finite("risk_free_pct", riskFree);
        return riskFree + leverage * (expectedReturn - riskFree) - leverage * leverage * sigma * sigma / 2;
    }
}
