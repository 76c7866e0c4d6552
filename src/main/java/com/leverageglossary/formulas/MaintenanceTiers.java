package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A maintenance margin table: notional brackets, each with its rate and maintenance amount. The amounts follow
 * the exchanges' rule {@code cum_i = cum_(i−1) + floor_i × (rate_i − rate_(i−1))}, {@code cum_1 = 0}, which makes
 * the margin {@code notional × rate_i − cum_i} continuous at every cap (Binance, "How to Calculate Liquidation Price
 * of USDⓈ-M Futures Contracts": "Maintenance Amount on Level n = Floor of Position Bracket on Level n × difference
 * between Maintenance Margin Rate on Level n and on Level n−1 + Maintenance Amount on Level n−1"). Notional, caps and
 * amounts share one unit (quote currency for linear contracts, coin for inverse ones); rates are fractions.
 *
 * <p>A position is placed in a bracket by its notional at the price in question; for a liquidation price that is
 * the notional at the liquidation price itself, found by solving in each bracket and keeping the one whose solution
 * it holds (Binance, "How to Calculate Liquidation Price of COIN-M Futures Contracts": when the levels at the
 * liquidation price and at the opening price differ, recalculate with the level at the liquidation price).
 */
public final class MaintenanceTiers {
    private final List<MaintenanceBracket> brackets;
    /** True for a table given bracket by bracket, false for one flat rate: errors blame whichever set the rates. */
    private final boolean table;

    private MaintenanceTiers(List<MaintenanceBracket> brackets, boolean table) {
        this.brackets = List.copyOf(brackets);
        this.table = table;
    }

    /**
     * A table from its caps and rates, bracket by bracket. Caps must rise strictly; rates lie in [0, 1) and never
     * fall (no exchange asks less of a larger position, and a falling rate would make a larger position safer).
     */
    public static MaintenanceTiers of(double[] caps, double[] rates) {
        ArgChecks.sameLength("tiers", caps, rates);
        ArgChecks.notEmpty("tiers", caps);
        List<MaintenanceBracket> brackets = new ArrayList<>(caps.length);
        double floor = 0;
        double previousRate = 0;
        double amount = 0;
        for (int i = 0; i < caps.length; i++) {
            int number = i + 1;
            double cap = caps[i];
            double rate = rates[i];
            if (!(Double.isFinite(cap) && cap > floor)) {
                throw new FormulaDomainException("tiers", i == 0 ? "must start with a cap greater than 0"
                        : "need caps that rise strictly: cap " + number + " (" + plain(cap) + ") is not above cap " + i + " (" + plain(floor) + ")");
            }
            if (!(Double.isFinite(rate) && rate >= 0 && rate < 1)) {
                throw new FormulaDomainException("tiers", "need rates of at least 0 % and below 100 %: bracket " + number
                        + " has " + plain(rate * 100) + " %");
            }
            if (rate < previousRate) {
                throw new FormulaDomainException("tiers", "need rates that never fall as the cap rises: bracket " + number
                        + " has " + plain(rate * 100) + " %, below bracket " + i + "'s " + plain(previousRate * 100) + " %");
            }
            amount = amount(amount, floor, rate, previousRate).value();
            brackets.add(new MaintenanceBracket(number, floor, cap, rate, amount));
            floor = cap;
            previousRate = rate;
        }
        return new MaintenanceTiers(brackets, true);
    }

    /** One rate and amount for every size: a single bracket without a cap. */
    public static MaintenanceTiers flat(double maintenanceRate, double maintenanceAmount) {
        ArgChecks.fractionBelowOne("maintenanceRate", maintenanceRate);
        ArgChecks.nonNegative("maintenanceAmount", maintenanceAmount);
        return new MaintenanceTiers(List.of(new MaintenanceBracket(1, 0, Double.POSITIVE_INFINITY, maintenanceRate, maintenanceAmount)), false);
    }

    public List<MaintenanceBracket> brackets() {
        return brackets;
    }

    /** The bracket that holds this notional; a notional beyond the last cap has none. */
    public MaintenanceBracket bracketFor(double notional) {
        ArgChecks.positive("notional", notional);
        for (MaintenanceBracket bracket : brackets) {
            if (notional <= bracket.cap()) {
                return bracket;
            }
        }
        throw beyondLastCap(notional);
    }

    /** Notional × rate − amount of the bracket that holds the notional. */
    public double maintenanceMargin(double notional) {
        return bracketFor(notional).margin(notional);
    }

    /**
     * Solves for the liquidation price in every bracket and keeps the first whose solution it holds. Equity minus
     * maintenance margin is strictly monotone in the price (every rate is below 1), so the root is unique: only at a
     * cap, where the margin is continuous, do two neighbouring brackets hold it, with the same price to rounding,
     * and the lower one is kept. When none holds it, either no positive price liquidates the position, or the
     * notional at the liquidation price lies beyond the last cap: the last bracket's line then crosses zero there,
     * and that is refused.
     *
     * @param entryNotional      the position's notional at entry, which must lie within the table
     * @param priceForBracket    the closed-form liquidation price for a rate and amount (may be ≤ 0 or not finite)
     * @param notionalAtPrice    the position's notional at a price
     */
    TieredLiquidation liquidation(double entryNotional, DoubleBinaryOperator priceForBracket, DoubleUnaryOperator notionalAtPrice) {
        bracketFor(entryNotional);
        for (MaintenanceBracket bracket : brackets) {
            double price = priceForBracket.applyAsDouble(bracket.rate(), bracket.amount());
            if (isPrice(price) && bracket.holds(notionalAtPrice.applyAsDouble(price))) {
                return TieredLiquidation.at(price, bracket);
            }
        }
        MaintenanceBracket last = brackets.get(brackets.size() - 1);
        double price = priceForBracket.applyAsDouble(last.rate(), last.amount());
        if (isPrice(price) && notionalAtPrice.applyAsDouble(price) > last.cap()) {
            throw new FormulaDomainException("tiers", "end at " + plain(last.cap()) + ", but the position's notional at its liquidation price would be "
                    + plain(notionalAtPrice.applyAsDouble(price)) + ": add a bracket that covers it");
        }
        return TieredLiquidation.none();
    }

    /** An isolated position whose maintenance margin at entry already reaches the margin posted. */
    FormulaDomainException liquidatedOnEntry() {
        return table
                ? new FormulaDomainException("tiers", "ask for more maintenance margin than this leverage leaves: the position would be liquidated on entry")
                : flatRateLiquidatesOnEntry();
    }

    static FormulaDomainException flatRateLiquidatesOnEntry() {
        return new FormulaDomainException("maintenanceRate",
                "is too high for this leverage: the position would be liquidated on entry (maintenance margin at or above the margin posted)");
    }

    /**
     * {@code cum_n = cum_(n−1) + floor_n × (MMR_n − MMR_(n−1))}: how bracket {@code number} (2 or more) gets its
     * amount from the one below, as shown work; the table's amounts are this formula's values.
     */
    public Formula amountFormula(int number) {
        if (number < 2 || number > brackets.size()) {
            throw new IllegalArgumentException("bracket " + number + " has no bracket below it in this table");
        }
        MaintenanceBracket below = brackets.get(number - 2);
        MaintenanceBracket bracket = brackets.get(number - 1);
        return amount(below.amount(), bracket.floor(), bracket.rate(), below.rate());
    }

    private static Formula amount(double amountBelow, double floor, double rate, double rateBelow) {
        return Formula.of("cum_n", quantity("cum_(n−1)", amountBelow)
                .plus(quantity("floor_n", floor).times(quantity("MMR_n", rate).minus(quantity("MMR_(n−1)", rateBelow)))));
    }

    private static boolean isPrice(double price) {
        return price > 0 && Double.isFinite(price);
    }

    private FormulaDomainException beyondLastCap(double notional) {
        return new FormulaDomainException("tiers", "end at " + plain(brackets.get(brackets.size() - 1).cap())
                + ", below this position's notional of " + plain(notional) + ": add a bracket that covers it");
    }

    /** A number as people write it in a message: 50000, 0.65, 1.5E9 only when huge. */
    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(Math.round(value * 1e8) / 1e8);
    }
}
