package com.leverageglossary.formulas;

import java.util.OptionalDouble;

/**
 * Black–Scholes–Merton price and Greeks of a European option on an asset with a continuous yield q
 * (Hull, "Options, Futures, and Other Derivatives", 10th ed., ch. 17 and 19; Haug, "The Complete Guide
 * to Option Pricing Formulas", 2nd ed., ch. 2). All inputs and results are in natural units: volatility,
 * rates and yield as annual decimals, time in years; vega, vanna and volga per unit of volatility,
 * theta per year, rho per unit of rate. The {@code ...PerPoint} and {@code ...PerDay} variants give the
 * quoting conventions of exchanges and of Hull's examples: per volatility or rate point (1 %) and per
 * calendar day (Actual/365, see {@link DayCount}).
 */
public final class BlackScholesMerton {
    private static final double PER_POINT = 100;
    private static final double NEGLIGIBLE_PRICE = 1e-12;
    private final OptionType type;
    private final double spot;
    private final double strike;
    private final double years;
    private final double volatility;
    private final double rate;
    private final double dividendYield;
    private final double d1;
    private final double d2;
    private final double dividendDiscount;
    private final double rateDiscount;

    private BlackScholesMerton(OptionType type, double spot, double strike, double years, double volatility,
                               double rate, double dividendYield) {
        this.type = type;
        this.spot = ArgChecks.positive("spot", spot);
        this.strike = ArgChecks.positive("strike", strike);
        this.years = ArgChecks.positive("years", years);
        this.volatility = ArgChecks.positive("volatility", volatility);
        this.rate = ArgChecks.finite("rate", rate);
        this.dividendYield = ArgChecks.finite("dividendYield", dividendYield);
        double volRoot = volatility * Math.sqrt(years);
        this.d1 = (Math.log(spot / strike) + (rate - dividendYield + volatility * volatility / 2) * years) / volRoot;
        this.d2 = d1 - volRoot;
        this.dividendDiscount = Math.exp(-dividendYield * years);
        this.rateDiscount = Math.exp(-rate * years);
    }

    public static BlackScholesMerton of(OptionType type, double spot, double strike, double years, double volatility,
                                        double rate, double dividendYield) {
        return new BlackScholesMerton(type, spot, strike, years, volatility, rate, dividendYield);
    }

    public double d1() {
        return d1;
    }

    public double d2() {
        return d2;
    }

    public double price() {
        return type == OptionType.CALL
                ? spot * dividendDiscount * n(d1) - strike * rateDiscount * n(d2)
                : strike * rateDiscount * n(-d2) - spot * dividendDiscount * n(-d1);
    }

    public double delta() {
        return type == OptionType.CALL ? dividendDiscount * n(d1) : -dividendDiscount * n(-d1);
    }

    public double gamma() {
        return dividendDiscount * pdf(d1) / (spot * volatility * Math.sqrt(years));
    }

    /** ∂V/∂σ per unit of volatility; the same for calls and puts. */
    public double vega() {
        return spot * dividendDiscount * pdf(d1) * Math.sqrt(years);
    }

    /** ∂V/∂t per year of calendar time (negative of ∂V/∂T). */
    public double theta() {
        double decay = -spot * dividendDiscount * pdf(d1) * volatility / (2 * Math.sqrt(years));
        return type == OptionType.CALL
                ? decay - rate * strike * rateDiscount * n(d2) + dividendYield * spot * dividendDiscount * n(d1)
                : decay + rate * strike * rateDiscount * n(-d2) - dividendYield * spot * dividendDiscount * n(-d1);
    }

    public double rho() {
        return type == OptionType.CALL
                ? strike * years * rateDiscount * n(d2)
                : -strike * years * rateDiscount * n(-d2);
    }

    /** ∂²V/∂S∂σ = −e^(−qT) φ(d1) d2 / σ, per unit of volatility. */
    public double vanna() {
        return -dividendDiscount * pdf(d1) * d2 / volatility;
    }

    /** ∂²V/∂σ² = vega · d1 · d2 / σ, per unit of volatility squared (also called vomma). */
    public double volga() {
        return vega() * d1 * d2 / volatility;
    }

    /** Vega per volatility point (1 %). */
    public double vegaPerPoint() {
        return vega() / PER_POINT;
    }

    /** Theta per calendar day. */
    public double thetaPerDay() {
        return theta() / DayCount.DAYS_PER_YEAR;
    }

    /** Rho per rate point (1 %). */
    public double rhoPerPoint() {
        return rho() / PER_POINT;
    }

    /** Vanna: change of delta per volatility point. */
    public double vannaPerPoint() {
        return vanna() / PER_POINT;
    }

    /** Volga per volatility point squared. */
    public double volgaPerPoint() {
        return volga() / (PER_POINT * PER_POINT);
    }

    /**
     * Elasticity (Haug's omega): delta × spot / price, the percentage change of the option's value for a 1 %
     * move in spot, its leverage. Empty when the option is worth too little for a ratio to mean anything.
     */
    public OptionalDouble elasticity() {
        return worthSomething() ? OptionalDouble.of(delta() * spot / price()) : OptionalDouble.empty();
    }

    /** Spot / price: the notional a unit of premium controls. Empty when the option is worth almost nothing. */
    public OptionalDouble premiumLeverage() {
        return worthSomething() ? OptionalDouble.of(spot / price()) : OptionalDouble.empty();
    }

    /** Below a trillionth of spot a price is rounding noise, and ratios over it are meaningless. */
    private boolean worthSomething() {
        return price() > spot * NEGLIGIBLE_PRICE;
    }

    private static double n(double x) {
        return NormalDistribution.cumulative(x);
    }

    private static double pdf(double x) {
        return NormalDistribution.density(x);
    }
}
