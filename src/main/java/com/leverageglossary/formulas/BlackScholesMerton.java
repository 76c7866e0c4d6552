package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.density;
import static com.leverageglossary.formulas.Expression.exp;
import static com.leverageglossary.formulas.Expression.ln;
import static com.leverageglossary.formulas.Expression.normal;
import static com.leverageglossary.formulas.Expression.quantity;
import static com.leverageglossary.formulas.Expression.sqrt;

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
    private static final double NEGLIGIBLE_PRICE = 1e-12;
    private final OptionType type;
    private final double spot;
    private final Expression s;
    private final Expression k;
    private final Expression t;
    private final Expression sigma;
    private final Expression r;
    private final Expression q;
    private final Formula d1;
    private final Formula d2;
    private final Expression dividendDiscount;
    private final Expression rateDiscount;

    private BlackScholesMerton(OptionType type, double spot, double strike, double years, double volatility,
                               double rate, double dividendYield) {
        this.type = type;
        this.spot = ArgChecks.positive("spot", spot);
        this.s = quantity("S", spot);
        this.k = quantity("K", ArgChecks.positive("strike", strike));
        this.t = quantity("T", ArgChecks.positive("years", years));
        this.sigma = quantity("σ", ArgChecks.positive("volatility", volatility));
        this.r = quantity("r", ArgChecks.finite("rate", rate));
        this.q = quantity("q", ArgChecks.finite("dividendYield", dividendYield));
        Expression volRoot = sigma.times(sqrt(t));
        this.d1 = Formula.of("d1", ln(s.over(k)).plus(r.minus(q).plus(sigma.squared().over(constant(2))).times(t)).over(volRoot));
        this.d2 = Formula.of("d2", d1.minus(volRoot));
        this.dividendDiscount = exp(q.times(t).negated());
        this.rateDiscount = exp(r.times(t).negated());
    }

    public static BlackScholesMerton of(OptionType type, double spot, double strike, double years, double volatility,
                                        double rate, double dividendYield) {
        return new BlackScholesMerton(type, spot, strike, years, volatility, rate, dividendYield);
    }

    public double d1() {
        return d1.value();
    }

    /** {@code d1 = (ln(S ÷ K) + (r − q + σ² ÷ 2) × T) ÷ (σ·√T)}. */
    public Formula d1Formula() {
        return d1;
    }

    public double d2() {
        return d2.value();
    }

    /** {@code d2 = d1 − σ·√T}. */
    public Formula d2Formula() {
        return d2;
    }

    public double price() {
        return priceFormula().value();
    }

    /** {@code call = S × e^(−q·T) × N(d1) − K × e^(−r·T) × N(d2)}; the put's mirror image with N(−d). */
    public Formula priceFormula() {
        return type == OptionType.CALL
                ? Formula.of("call", s.times(dividendDiscount).times(normal(d1)).minus(k.times(rateDiscount).times(normal(d2))))
                : Formula.of("put", k.times(rateDiscount).times(normal(d2.negated())).minus(s.times(dividendDiscount).times(normal(d1.negated()))));
    }

    public double delta() {
        return deltaFormula().value();
    }

    /** {@code delta = e^(−q·T) × N(d1)} for a call, {@code −e^(−q·T) × N(−d1)} for a put. */
    public Formula deltaFormula() {
        return Formula.of("delta", type == OptionType.CALL ? dividendDiscount.times(normal(d1))
                : dividendDiscount.negated().times(normal(d1.negated())));
    }

    public double gamma() {
        return gammaFormula().value();
    }

    /** {@code gamma = e^(−q·T) × φ(d1) ÷ (S·σ·√T)}. */
    public Formula gammaFormula() {
        return Formula.of("gamma", dividendDiscount.times(density(d1)).over(s.times(sigma).times(sqrt(t))));
    }

    /** ∂V/∂σ per unit of volatility; the same for calls and puts. */
    public double vega() {
        return vegaPerUnit().value();
    }

    /** ∂V/∂t per year of calendar time (negative of ∂V/∂T). */
    public double theta() {
        return thetaPerYear().value();
    }

    public double rho() {
        return rhoPerUnit().value();
    }

    /** ∂²V/∂S∂σ = −e^(−qT) φ(d1) d2 / σ, per unit of volatility. */
    public double vanna() {
        return vannaPerUnit().value();
    }

    /** ∂²V/∂σ² = vega · d1 · d2 / σ, per unit of volatility squared (also called vomma). */
    public double volga() {
        return volgaPerUnit().value();
    }

    /** Vega per volatility point (1 %). */
    public double vegaPerPoint() {
        return vegaFormula().value();
    }

    /** {@code vega = S × e^(−q·T) × φ(d1) × √T ÷ 100}, per volatility point. */
    public Formula vegaFormula() {
        return Formula.of("vega", vegaPerUnit().over(constant(100)));
    }

    /** Theta per calendar day. */
    public double thetaPerDay() {
        return thetaFormula().value();
    }

    /** Theta per calendar day: its value per year ÷ 365. */
    public Formula thetaFormula() {
        return Formula.of("theta", thetaPerYear().over(constant((long) DayCount.DAYS_PER_YEAR)));
    }

    /** Rho per rate point (1 %). */
    public double rhoPerPoint() {
        return rhoFormula().value();
    }

    /** {@code rho = K × T × e^(−r·T) × N(d2) ÷ 100} for a call, with −N(−d2) for a put. */
    public Formula rhoFormula() {
        return Formula.of("rho", rhoPerUnit().over(constant(100)));
    }

    /** Vanna: change of delta per volatility point. */
    public double vannaPerPoint() {
        return vannaFormula().value();
    }

    /** {@code vanna = −e^(−q·T) × φ(d1) × d2 ÷ σ ÷ 100}. */
    public Formula vannaFormula() {
        return Formula.of("vanna", vannaPerUnit().over(constant(100)));
    }

    /** Volga per volatility point squared. */
    public double volgaPerPoint() {
        return volgaFormula().value();
    }

    /** {@code volga = vega × d1 × d2 ÷ σ ÷ 10,000}, vega per unit of volatility. */
    public Formula volgaFormula() {
        return Formula.of("volga", volgaPerUnit().over(constant(100 * 100)));
    }

    /**
     * Elasticity (Haug's omega): delta × spot / price, the percentage change of the option's value for a 1 %
     * move in spot, its leverage. Empty when the option is worth too little for a ratio to mean anything.
     */
    public OptionalDouble elasticity() {
        return worthSomething() ? OptionalDouble.of(elasticityFormula().value()) : OptionalDouble.empty();
    }

    /** {@code elasticity = delta × S ÷ price}; see {@link #elasticity()} for when it means something. */
    public Formula elasticityFormula() {
        return Formula.of("elasticity", deltaFormula().times(s).over(priceFormula()));
    }

    /** Spot / price: the notional a unit of premium controls. Empty when the option is worth almost nothing. */
    public OptionalDouble premiumLeverage() {
        return worthSomething() ? OptionalDouble.of(premiumLeverageFormula().value()) : OptionalDouble.empty();
    }

    /** {@code premium leverage = S ÷ price}. */
    public Formula premiumLeverageFormula() {
        return Formula.of("premium leverage", s.over(priceFormula()));
    }

    private Expression vegaPerUnit() {
        return s.times(dividendDiscount).times(density(d1)).times(sqrt(t));
    }

    private Expression thetaPerYear() {
        Expression decay = s.negated().times(dividendDiscount).times(density(d1)).times(sigma).over(constant(2).times(sqrt(t)));
        return type == OptionType.CALL
                ? decay.minus(r.times(k).times(rateDiscount).times(normal(d2))).plus(q.times(s).times(dividendDiscount).times(normal(d1)))
                : decay.plus(r.times(k).times(rateDiscount).times(normal(d2.negated()))).minus(q.times(s).times(dividendDiscount).times(normal(d1.negated())));
    }

    private Expression rhoPerUnit() {
        return type == OptionType.CALL
                ? k.times(t).times(rateDiscount).times(normal(d2))
                : k.negated().times(t).times(rateDiscount).times(normal(d2.negated()));
    }

    private Expression vannaPerUnit() {
        return dividendDiscount.negated().times(density(d1)).times(d2).over(sigma);
    }

    private Expression volgaPerUnit() {
        return vegaPerUnit().times(d1).times(d2).over(sigma);
    }

    /** Below a trillionth of spot a price is rounding noise, and ratios over it are meaningless. */
    private boolean worthSomething() {
        return price() > spot * NEGLIGIBLE_PRICE;
    }
}
