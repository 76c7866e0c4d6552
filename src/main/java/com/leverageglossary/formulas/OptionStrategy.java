package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.quantity;
import static com.leverageglossary.formulas.Expression.sign;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * A portfolio of option and future legs on one underlying: its Black–Scholes–Merton value and Greeks today, and its
 * profit and loss at the nearest option expiry (Hull, "Options, Futures, and Other Derivatives", 10th ed., ch. 12,
 * "Trading Strategies Involving Options", for the payoff and profit of spreads, straddles and strangles; ch. 17 and
 * 19 for the model and Greeks). Profit is payoff less the premium paid, without interest on the premium, as in
 * Hull's profit tables. Legs expiring later than the nearest expiry are valued by Black–Scholes–Merton at that date
 * with their own volatility. Prices, strikes and premiums are in one currency; no dividend yield.
 */
public final class OptionStrategy {
    /** The lowest volatility a shocked leg is valued at: a shock may not take volatility to 0 or below. */
    public static final double MIN_VOLATILITY = 0.01;
    /** Points on the price axis when legs that outlive the horizon make the expiry P&amp;L curved; extremes are then refined. */
    private static final int CURVED_POINTS = 240;
    private static final int GOLDEN_SECTIONS = 60;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
    /** How far above the highest strike, entry or spot the expiry P&amp;L is scanned before its tail is extrapolated. */
    private static final double SCAN_MULTIPLE = 4;
    private static final int BISECTIONS = 200;
    /** A future moves one for one with the underlying. */
    private static final Double FUTURE_DELTA = 1.0;

    private final List<StrategyLeg> legs;
    private final double spot;
    private final double rate;
    private final double horizonYears;
    private final double netPremium;
    private final BlackScholesMerton[] modelsToday;

    private OptionStrategy(List<StrategyLeg> legs, double spot, double rate) {
        if (legs.isEmpty()) {
            throw new FormulaDomainException("legs", "needs at least one leg");
        }
        this.legs = List.copyOf(legs);
        this.spot = ArgChecks.positive("spot", spot);
        this.rate = ArgChecks.finite("rate", rate);
        this.horizonYears = legs.stream().filter(StrategyLeg::isOption).mapToDouble(StrategyLeg::years).min().orElse(0);
        this.modelsToday = modelsToday();
        this.netPremium = sumOverLegs(BlackScholesMerton::price, null);
    }

    /** @param rate continuously compounded annual rate as a decimal */
    public static OptionStrategy of(List<StrategyLeg> legs, double spot, double rate) {
        return new OptionStrategy(legs, spot, rate);
    }

    /** Years to the nearest option expiry, or 0 when every leg is a future. */
    public double horizonYears() {
        return horizonYears;
    }

    /** Σ quantity × option price today: positive when the strategy costs a premium, negative for a credit. */
    public double netPremium() {
        return netPremium;
    }

    /** {@code premium = Σ(s·q·V)} over the option legs: side, quantity and Black–Scholes–Merton value. */
    public Formula premiumFormula() {
        return Formula.of("premium", sumOverLegs("Σ(s·q·V)", "V", BlackScholesMerton::price, null));
    }

    /** Σ quantity × delta; a future's delta is 1 per unit. */
    public double delta() {
        return sumOverLegs(BlackScholesMerton::delta, FUTURE_DELTA);
    }

    /** {@code delta = Σ(s·q·Δ)}, a future's Δ being 1. */
    public Formula deltaFormula() {
        return Formula.of("delta", sumOverLegs("Σ(s·q·Δ)", "Δ", BlackScholesMerton::delta, FUTURE_DELTA));
    }

    public double gamma() {
        return sumOverLegs(BlackScholesMerton::gamma, null);
    }

    /** {@code gamma = Σ(s·q·Γ)} over the option legs. */
    public Formula gammaFormula() {
        return Formula.of("gamma", sumOverLegs("Σ(s·q·Γ)", "Γ", BlackScholesMerton::gamma, null));
    }

    /** Per volatility point (1 %). */
    public double vegaPerPoint() {
        return sumOverLegs(BlackScholesMerton::vegaPerPoint, null);
    }

    /** {@code vega = Σ(s·q·ν)}, each ν per volatility point. */
    public Formula vegaFormula() {
        return Formula.of("vega", sumOverLegs("Σ(s·q·ν)", "ν", BlackScholesMerton::vegaPerPoint, null));
    }

    /** Per calendar day. */
    public double thetaPerDay() {
        return sumOverLegs(BlackScholesMerton::thetaPerDay, null);
    }

    /** {@code theta = Σ(s·q·Θ)}, each Θ per calendar day. */
    public Formula thetaFormula() {
        return Formula.of("theta", sumOverLegs("Σ(s·q·Θ)", "Θ", BlackScholesMerton::thetaPerDay, null));
    }

    /**
     * {@code P&L = Σ(s·q·payoff) − premium} at the nearest expiry for an underlying at {@code price}: a call's payoff is
     * max(S − K, 0), a put's max(K − S, 0), a future's S − EP, and a later leg's its Black–Scholes–Merton value V then.
     */
    public Formula pnlAtHorizonFormula(double price, double premium) {
        Expression s = quantity("S", ArgChecks.nonNegative("price", price));
        List<Expression> terms = new ArrayList<>(legs.size());
        for (StrategyLeg leg : legs) {
            Expression k = quantity(leg.isOption() ? "K" : "EP", leg.strike());
            Expression payoff = switch (leg.kind()) {
                case CALL -> Expression.max(s.minus(k), constant(0));
                case PUT -> Expression.max(k.minus(s), constant(0));
                case FUTURE -> s.minus(k);
            };
            if (leg.isOption() && leg.years() > horizonYears) {
                payoff = quantity("V", leg.value(price, leg.years() - horizonYears, leg.volatility(), rate));
            }
            terms.add(sideAndQuantity(leg).times(payoff));
        }
        return Formula.of("P&L", Expression.sum("Σ(s·q·payoff)", terms).minus(quantity("premium", ArgChecks.finite("premium", premium))));
    }

    /**
     * Profit today if the underlying moved at once to {@code price} and every volatility by {@code volShift}
     * (a decimal; shifted volatilities are floored at {@link #MIN_VOLATILITY}): value at that point less the premium.
     */
    public double pnlToday(double price, double volShift) {
        return valueAt(ArgChecks.nonNegative("price", price), 0, ArgChecks.finite("volShift", volShift)) - netPremium;
    }

    /** Profit at the nearest expiry for an underlying at {@code price}, with {@code premium} paid at the start. */
    public double pnlAtHorizon(double price, double premium) {
        return valueAt(ArgChecks.nonNegative("price", price), horizonYears, 0) - premium;
    }

    /**
     * Best and worst profit at the nearest expiry over prices from 0 up, and the prices where it is zero. Between
     * strikes the profit of legs expiring together is linear, so scanning the strikes finds every extreme and
     * bisection every zero exactly; later legs add a fine grid. Past the scan the slope is the net quantity of calls
     * and futures, which decides whether profit or loss is unbounded.
     *
     * @param premium the premium paid at the start (negative for a credit), usually {@link #netPremium()}
     */
    public ExpiryProfile expiryProfile(double premium) {
        ArgChecks.finite("premium", premium);
        double[] prices = scanPrices();
        double[] pnl = new double[prices.length];
        int bestAt = 0;
        int worstAt = 0;
        for (int i = 0; i < prices.length; i++) {
            pnl[i] = pnlAtHorizon(prices[i], premium);
            bestAt = pnl[i] > pnl[bestAt] ? i : bestAt;
            worstAt = pnl[i] < pnl[worstAt] ? i : worstAt;
        }
        double best = pnl[bestAt];
        double worst = pnl[worstAt];
        if (curved()) {
            // Between grid points a curved profile can peak a little higher: search the neighbouring intervals.
            best = Math.max(best, goldenSection(prices, bestAt, premium, 1));
            worst = Math.min(worst, -goldenSection(prices, worstAt, premium, -1));
        }
        List<Double> zeros = new ArrayList<>();
        for (int i = 0; i < prices.length; i++) {
            if (pnl[i] == 0) {
                zeros.add(prices[i]);
            } else if (i > 0 && pnl[i - 1] != 0 && (pnl[i - 1] < 0) != (pnl[i] < 0)) {
                zeros.add(bisect(prices[i - 1], prices[i], premium));
            }
        }
        double tailSlope = tailSlope();
        double tolerance = 1e-9 * legs.stream().mapToDouble(l -> Math.abs(l.quantity())).sum();
        double last = prices[prices.length - 1];
        double lastPnl = pnl[pnl.length - 1];
        if (Math.abs(tailSlope) > tolerance && lastPnl != 0 && (lastPnl < 0) == (tailSlope > 0)) {
            zeros.add(last - lastPnl / tailSlope);
        }
        OptionalDouble maxProfit = tailSlope > tolerance ? OptionalDouble.empty() : OptionalDouble.of(best);
        OptionalDouble maxLoss = tailSlope < -tolerance ? OptionalDouble.empty() : OptionalDouble.of(-worst);
        return new ExpiryProfile(maxProfit, maxLoss, zeros.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray());
    }

    /**
     * The nearest-expiry outcome.
     *
     * @param maxProfit  the best profit, empty when unbounded
     * @param maxLoss    the worst loss as a positive amount (negative if every outcome is a profit), empty when unbounded
     * @param breakevens prices where the profit is zero, ascending
     */
    public record ExpiryProfile(OptionalDouble maxProfit, OptionalDouble maxLoss, double[] breakevens) {
    }

    /** True when a leg outlives the nearest expiry, so that the expiry P&amp;L is curved between strikes. */
    private boolean curved() {
        return legs.stream().anyMatch(leg -> leg.isOption() && leg.years() > horizonYears);
    }

    /**
     * The largest of {@code direction} × P&amp;L between the grid points either side of {@code at}, by golden-section
     * search (the profile is smooth there, with one extreme near a grid extreme).
     */
    private double goldenSection(double[] prices, int at, double premium, int direction) {
        double low = prices[Math.max(at - 1, 0)];
        double high = prices[Math.min(at + 1, prices.length - 1)];
        double left = high - GOLDEN * (high - low);
        double right = low + GOLDEN * (high - low);
        double leftValue = direction * pnlAtHorizon(left, premium);
        double rightValue = direction * pnlAtHorizon(right, premium);
        for (int i = 0; i < GOLDEN_SECTIONS; i++) {
            if (leftValue > rightValue) {
                high = right;
                right = left;
                rightValue = leftValue;
                left = high - GOLDEN * (high - low);
                leftValue = direction * pnlAtHorizon(left, premium);
            } else {
                low = left;
                left = right;
                leftValue = rightValue;
                right = low + GOLDEN * (high - low);
                rightValue = direction * pnlAtHorizon(right, premium);
            }
        }
        return Math.max(leftValue, rightValue);
    }

    private double[] scanPrices() {
        double top = spot;
        List<Double> points = new ArrayList<>(List.of(0.0));
        for (StrategyLeg leg : legs) {
            top = Math.max(top, leg.strike());
            points.add(leg.strike());
        }
        double end = top * SCAN_MULTIPLE;
        points.add(end);
        if (curved()) {
            for (int i = 1; i < CURVED_POINTS; i++) {
                points.add(end * i / CURVED_POINTS);
            }
        }
        return points.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
    }

    /** d(P&amp;L)/d(price) far above every strike: each call and future moves one for one, puts not at all. */
    private double tailSlope() {
        double slope = 0;
        for (StrategyLeg leg : legs) {
            if (leg.kind() != StrategyLeg.Kind.PUT) {
                slope += leg.quantity();
            }
        }
        return slope;
    }

    private double bisect(double low, double high, double premium) {
        boolean lowNegative = pnlAtHorizon(low, premium) < 0;
        for (int i = 0; i < BISECTIONS && high - low > Math.ulp(high); i++) {
            double middle = (low + high) / 2;
            double value = pnlAtHorizon(middle, premium);
            if (value == 0) {
                return middle;
            }
            if ((value < 0) == lowNegative) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /** Σ quantity × leg value after {@code elapsedYears}, every volatility shifted by {@code volShift}. */
    private double valueAt(double price, double elapsedYears, double volShift) {
        double sum = 0;
        for (StrategyLeg leg : legs) {
            // Only a shocked volatility is floored: unshocked, each leg keeps the volatility its premium and work use.
            double vol = volShift == 0 ? leg.volatility() : Math.max(leg.volatility() + volShift, MIN_VOLATILITY);
            sum += leg.quantity() * leg.value(price, leg.years() - elapsedYears, vol, rate);
        }
        return sum;
    }

    /** s·q: the side's sign (shown only as the sign of the term) and the unsigned quantity. */
    private static Expression sideAndQuantity(StrategyLeg leg) {
        return sign("s", leg.quantity() > 0 ? 1 : -1).times(quantity("q", Math.abs(leg.quantity())));
    }

    /**
     * Σ s·q·x over the legs, x being {@code perOption} of an option's model today and {@code perFuture} for a future
     * (null leaves futures out); 0 when no leg counts. The plain sum of {@link #sumOverLegs(String, String,
     * ToDoubleFunction, Double)}: the same terms added in the same order (s·q is the signed quantity), without building
     * a description for every Greek the calculator only reads.
     */
    private double sumOverLegs(ToDoubleFunction<BlackScholesMerton> perOption, Double perFuture) {
        double sum = 0;
        boolean first = true;
        for (int i = 0; i < legs.size(); i++) {
            StrategyLeg leg = legs.get(i);
            if (leg.isOption() || perFuture != null) {
                double term = leg.quantity() * (leg.isOption() ? perOption.applyAsDouble(modelsToday[i]) : perFuture);
                sum = first ? term : sum + term;
                first = false;
            }
        }
        return sum;
    }

    /** The description of {@link #sumOverLegs(ToDoubleFunction, Double)}, for the shown work. */
    private Expression sumOverLegs(String symbol, String perUnitSymbol, ToDoubleFunction<BlackScholesMerton> perOption, Double perFuture) {
        List<Expression> terms = new ArrayList<>(legs.size());
        for (int i = 0; i < legs.size(); i++) {
            StrategyLeg leg = legs.get(i);
            if (leg.isOption() || perFuture != null) {
                double perUnit = leg.isOption() ? perOption.applyAsDouble(modelsToday[i]) : perFuture;
                terms.add(sideAndQuantity(leg).times(quantity(perUnitSymbol, perUnit)));
            }
        }
        if (terms.isEmpty()) {
            terms.add(constant(0)); // every leg is a future: no premium, gamma, vega or theta
        }
        return Expression.sum(symbol, terms);
    }

    /** Each option leg's model at today's spot (null for a future), shared by the premium and every Greek. */
    private BlackScholesMerton[] modelsToday() {
        BlackScholesMerton[] models = new BlackScholesMerton[legs.size()];
        for (int i = 0; i < models.length; i++) {
            StrategyLeg leg = legs.get(i);
            models[i] = leg.isOption() ? leg.model(spot, leg.years(), leg.volatility(), rate) : null;
        }
        return models;
    }
}
