package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.exp;
import static com.leverageglossary.formulas.Expression.ln;
import static com.leverageglossary.formulas.Expression.quantity;
import static com.leverageglossary.formulas.Expression.sqrt;

import static com.leverageglossary.formulas.NormalDistribution.cumulative;
import static com.leverageglossary.formulas.NormalDistribution.density;

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
    private final double strike;
    private final double years;
    private final double volatility;
    private final double rate;
    private final double dividendYield;
    // The model is evaluated thousands of times per request (price scans, stress grids, charts), so values come from
    // plain arithmetic below; the expression trees are built only when a description is shown. Each plain method
    // repeats its description's operations in the same order, and BlackScholesMertonDescriptionsTest pins the two
    // together to the last bit.
    private final double d1;
    private final double d2;
    private final double dividendDiscount;
    private final double rateDiscount;
    private Descriptions descriptions;

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
        this.dividendDiscount = Math.exp(-(dividendYield * years));
        this.rateDiscount = Math.exp(-(rate * years));
    }

    public static BlackScholesMerton of(OptionType type, double spot, double strike, double years, double volatility,
                                        double rate, double dividendYield) {
        return new BlackScholesMerton(type, spot, strike, years, volatility, rate, dividendYield);
    }

    public double d1() {
        return d1;
    }

    /** {@code d1 = (ln(S ÷ K) + (r − q + σ² ÷ 2) × T) ÷ (σ·√T)}. */
    public Formula d1Formula() {
        return descriptions().d1;
    }

    public double d2() {
        return d2;
    }

    /** {@code d2 = d1 − σ·√T}. */
    public Formula d2Formula() {
        return descriptions().d2;
    }

    public double price() {
        return type == OptionType.CALL
                ? spot * dividendDiscount * cumulative(d1) - strike * rateDiscount * cumulative(d2)
                : strike * rateDiscount * cumulative(-d2) - spot * dividendDiscount * cumulative(-d1);
    }

    /** {@code call = S × e^(−q·T) × N(d1) − K × e^(−r·T) × N(d2)}; the put's mirror image with N(−d). */
    public Formula priceFormula() {
        Descriptions x = descriptions();
        return type == OptionType.CALL
                ? Formula.of("call", x.s.times(x.dividendDiscount).times(Expression.normal(x.d1)).minus(x.k.times(x.rateDiscount).times(Expression.normal(x.d2))))
                : Formula.of("put", x.k.times(x.rateDiscount).times(Expression.normal(x.d2.negated())).minus(x.s.times(x.dividendDiscount).times(Expression.normal(x.d1.negated()))));
    }

    public double delta() {
        return type == OptionType.CALL ? dividendDiscount * cumulative(d1) : -dividendDiscount * cumulative(-d1);
    }

    /** {@code delta = e^(−q·T) × N(d1)} for a call, {@code −e^(−q·T) × N(−d1)} for a put. */
    public Formula deltaFormula() {
        Descriptions x = descriptions();
        return Formula.of("delta", type == OptionType.CALL ? x.dividendDiscount.times(Expression.normal(x.d1))
                : x.dividendDiscount.negated().times(Expression.normal(x.d1.negated())));
    }

    public double gamma() {
        return dividendDiscount * density(d1) / (spot * volatility * Math.sqrt(years));
    }

    /** {@code gamma = e^(−q·T) × φ(d1) ÷ (S·σ·√T)}. */
    public Formula gammaFormula() {
        Descriptions x = descriptions();
        return Formula.of("gamma", x.dividendDiscount.times(Expression.density(x.d1)).over(x.s.times(x.sigma).times(sqrt(x.t))));
    }

    /** ∂V/∂σ per unit of volatility; the same for calls and puts. */
    public double vega() {
        return spot * dividendDiscount * density(d1) * Math.sqrt(years);
    }

    /** ∂V/∂t per year of calendar time (negative of ∂V/∂T). */
    public double theta() {
        double decay = -spot * dividendDiscount * density(d1) * volatility / (2 * Math.sqrt(years));
        return type == OptionType.CALL
                ? decay - rate * strike * rateDiscount * cumulative(d2) + dividendYield * spot * dividendDiscount * cumulative(d1)
                : decay + rate * strike * rateDiscount * cumulative(-d2) - dividendYield * spot * dividendDiscount * cumulative(-d1);
    }

    public double rho() {
        return type == OptionType.CALL
                ? strike * years * rateDiscount * cumulative(d2)
                : -strike * years * rateDiscount * cumulative(-d2);
    }

    /** ∂²V/∂S∂σ = −e^(−qT) φ(d1) d2 / σ, per unit of volatility. */
    public double vanna() {
        return -dividendDiscount * density(d1) * d2 / volatility;
    }

    /** ∂²V/∂σ² = vega · d1 · d2 / σ, per unit of volatility squared (also called vomma). */
    public double volga() {
        return vega() * d1 * d2 / volatility;
    }

    /** Vega per volatility point (1 %). */
    public double vegaPerPoint() {
        return vega() / 100;
    }

    /** {@code vega = S × e^(−q·T) × φ(d1) × √T ÷ 100}, per volatility point. */
    public Formula vegaFormula() {
        return Formula.of("vega", descriptions().vegaPerUnit().over(constant(100)));
    }

    /** Theta per calendar day. */
    public double thetaPerDay() {
        return theta() / (long) DayCount.DAYS_PER_YEAR;
    }

    /** Theta per calendar day: its value per year ÷ 365. */
    public Formula thetaFormula() {
        return Formula.of("theta", descriptions().thetaPerYear().over(constant((long) DayCount.DAYS_PER_YEAR)));
    }

    /** Rho per rate point (1 %). */
    public double rhoPerPoint() {
        return rho() / 100;
    }

    /** {@code rho = K × T × e^(−r·T) × N(d2) ÷ 100} for a call, with −N(−d2) for a put. */
    public Formula rhoFormula() {
        return Formula.of("rho", descriptions().rhoPerUnit().over(constant(100)));
    }

    /** Vanna: change of delta per volatility point. */
    public double vannaPerPoint() {
        return vanna() / 100;
    }

    /** {@code vanna = −e^(−q·T) × φ(d1) × d2 ÷ σ ÷ 100}. */
    public Formula vannaFormula() {
        return Formula.of("vanna", descriptions().vannaPerUnit().over(constant(100)));
    }

    /** Volga per volatility point squared. */
    public double volgaPerPoint() {
        return volga() / (100 * 100);
    }

    /** {@code volga = vega × d1 × d2 ÷ σ ÷ 10,000}, vega per unit of volatility. */
    public Formula volgaFormula() {
        return Formula.of("volga", descriptions().volgaPerUnit().over(constant(100 * 100)));
    }

    /**
     * Elasticity (Haug's omega): delta × spot / price, the percentage change of the option's value for a 1 %
     * move in spot, its leverage. Empty when the option is worth too little for a ratio to mean anything.
     */
    public OptionalDouble elasticity() {
        return worthSomething() ? OptionalDouble.of(delta() * spot / price()) : OptionalDouble.empty();
    }

    /** {@code elasticity = delta × S ÷ price}; see {@link #elasticity()} for when it means something. */
    public Formula elasticityFormula() {
        return Formula.of("elasticity", deltaFormula().times(descriptions().s).over(priceFormula()));
    }

    /** Spot / price: the notional a unit of premium controls. Empty when the option is worth almost nothing. */
    public OptionalDouble premiumLeverage() {
        return worthSomething() ? OptionalDouble.of(spot / price()) : OptionalDouble.empty();
    }

    /** {@code premium leverage = S ÷ price}. */
    public Formula premiumLeverageFormula() {
        return Formula.of("premium leverage", descriptions().s.over(priceFormula()));
    }

    private Descriptions descriptions() {
        if (descriptions == null) {
            descriptions = new Descriptions();
        }
        return descriptions;
    }

    /** The model's quantities as expressions, built on the first description asked for (they are immutable, so a race only builds them twice). */
    private final class Descriptions {
        final Expression s = quantity("S", spot);
        final Expression k = quantity("K", strike);
        final Expression t = quantity("T", years);
        final Expression sigma = quantity("σ", volatility);
        final Expression r = quantity("r", rate);
        final Expression q = quantity("q", dividendYield);
        final Expression volRoot = sigma.times(sqrt(t));
        final Formula d1 = Formula.of("d1", ln(s.over(k)).plus(r.minus(q).plus(sigma.squared().over(constant(2))).times(t)).over(volRoot));
        final Formula d2 = Formula.of("d2", d1.minus(volRoot));
        final Expression dividendDiscount = exp(q.times(t).negated());
        final Expression rateDiscount = exp(r.times(t).negated());

        Expression vegaPerUnit() {
            return s.times(dividendDiscount).times(Expression.density(d1)).times(sqrt(t));
        }

        Expression thetaPerYear() {
            Expression decay = s.negated().times(dividendDiscount).times(Expression.density(d1)).times(sigma).over(constant(2).times(sqrt(t)));
            return type == OptionType.CALL
                    ? decay.minus(r.times(k).times(rateDiscount).times(Expression.normal(d2))).plus(q.times(s).times(dividendDiscount).times(Expression.normal(d1)))
                    : decay.plus(r.times(k).times(rateDiscount).times(Expression.normal(d2.negated()))).minus(q.times(s).times(dividendDiscount).times(Expression.normal(d1.negated())));
        }

        Expression rhoPerUnit() {
            return type == OptionType.CALL
                    ? k.times(t).times(rateDiscount).times(Expression.normal(d2))
                    : k.negated().times(t).times(rateDiscount).times(Expression.normal(d2.negated()));
        }

        Expression vannaPerUnit() {
            return dividendDiscount.negated().times(Expression.density(d1)).times(d2).over(sigma);
        }

        Expression volgaPerUnit() {
            return vegaPerUnit().times(d1).times(d2).over(sigma);
        }
    }

    /** Below a trillionth of spot a price is rounding noise, and ratios over it are meaningless. */
    private boolean worthSomething() {
        return price() > spot * NEGLIGIBLE_PRICE;
    }
}
