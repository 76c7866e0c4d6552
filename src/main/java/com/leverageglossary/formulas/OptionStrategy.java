package com.leverageglossary.formulas;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

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
    /** Points on the price axis when legs that outlive the horizon make the expiry P&amp;L curved. */
    private static final int CURVED_POINTS = 800;
    /** How far above the highest strike, entry or spot the expiry P&amp;L is scanned before its tail is extrapolated. */
    private static final double SCAN_MULTIPLE = 4;
    private static final int BISECTIONS = 200;

    private final List<StrategyLeg> legs;
    private final double spot;
    private final double rate;
    private final double horizonYears;
    private final double netPremium;

    private OptionStrategy(List<StrategyLeg> legs, double spot, double rate) {
        if (legs.isEmpty()) {
            throw new FormulaDomainException("legs", "needs at least one leg");
        }
        this.legs = List.copyOf(legs);
        this.spot = ArgChecks.positive("spot", spot);
        this.rate = ArgChecks.finite("rate", rate);
        this.horizonYears = legs.stream().filter(StrategyLeg::isOption).mapToDouble(StrategyLeg::years).min().orElse(0);
        double premium = 0;
        for (StrategyLeg leg : this.legs) {
            premium += leg.isOption() ? leg.quantity() * model(leg).price() : 0;
        }
        this.netPremium = premium;
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

    /** Σ quantity × delta; a future's delta is 1 per unit. */
    public double delta() {
        double sum = 0;
        for (StrategyLeg leg : legs) {
            sum += leg.quantity() * (leg.isOption() ? model(leg).delta() : 1);
        }
        return sum;
    }

    public double gamma() {
        return sumOverOptions(Greek.GAMMA);
    }

    /** Per volatility point (1 %). */
    public double vegaPerPoint() {
        return sumOverOptions(Greek.VEGA);
    }

    /** Per calendar day. */
    public double thetaPerDay() {
        return sumOverOptions(Greek.THETA);
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
        double best = Double.NEGATIVE_INFINITY;
        double worst = Double.POSITIVE_INFINITY;
        for (int i = 0; i < prices.length; i++) {
            pnl[i] = pnlAtHorizon(prices[i], premium);
            best = Math.max(best, pnl[i]);
            worst = Math.min(worst, pnl[i]);
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

    private double[] scanPrices() {
        double top = spot;
        List<Double> points = new ArrayList<>(List.of(0.0));
        boolean curved = false;
        for (StrategyLeg leg : legs) {
            top = Math.max(top, leg.strike());
            points.add(leg.strike());
            curved |= leg.isOption() && leg.years() > horizonYears;
        }
        double end = top * SCAN_MULTIPLE;
        points.add(end);
        if (curved) {
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
            double vol = Math.max(leg.volatility() + volShift, MIN_VOLATILITY);
            sum += leg.quantity() * leg.value(price, leg.years() - elapsedYears, vol, rate);
        }
        return sum;
    }

    private enum Greek {
        GAMMA, VEGA, THETA
    }

    private double sumOverOptions(Greek greek) {
        double sum = 0;
        for (StrategyLeg leg : legs) {
            if (leg.isOption()) {
                BlackScholesMerton model = model(leg);
                sum += leg.quantity() * switch (greek) {
                    case GAMMA -> model.gamma();
                    case VEGA -> model.vegaPerPoint();
                    case THETA -> model.thetaPerDay();
                };
            }
        }
        return sum;
    }

    private BlackScholesMerton model(StrategyLeg leg) {
        return leg.model(spot, leg.years(), leg.volatility(), rate);
    }
}
