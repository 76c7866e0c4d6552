package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.quantity;
import static com.leverageglossary.formulas.Expression.sign;

/**
 * Margin arithmetic of a linear (USDT- or USDC-margined) isolated position. Sources: Binance,
 * "Leverage and Margin of USDⓈ-M Futures" (initial margin = notional / leverage); Bybit, "Profit and
 * loss (USDT contract)" (unrealized PnL and ROI on initial margin); BitMEX, "Why does my leverage keep
 * changing on Isolated Margin" (effective leverage = value / equity). Prices in quote currency per base
 * unit, quantities in base units, margins in quote currency.
 */
public final class PositionMargin {
    private PositionMargin() {
    }

    /** Quantity × price. */
    public static double notional(double quantity, double price) {
        return notionalFormula(quantity, price).value();
    }

    /** {@code notional = quantity × mark}. */
    public static Formula notionalFormula(double quantity, double price) {
        return Formula.of("notional", quantity("quantity", ArgChecks.positive("quantity", quantity))
                .times(quantity("mark", ArgChecks.positive("price", price))));
    }

    /** Entry notional / leverage. */
    public static double initialMargin(double quantity, double entryPrice, double leverage) {
        return initialMarginFormula(quantity, entryPrice, leverage).value();
    }

    /** {@code initial margin = quantity × entry ÷ leverage}. */
    public static Formula initialMarginFormula(double quantity, double entryPrice, double leverage) {
        return Formula.of("initial margin", quantity("quantity", ArgChecks.positive("quantity", quantity))
                .times(quantity("entry", ArgChecks.positive("entryPrice", entryPrice)))
                .over(quantity("leverage", ArgChecks.positive("leverage", leverage))));
    }

    /**
     * s · quantity · (mark − entry). Plain arithmetic, as the P&amp;L chart takes it at every price it draws; the same
     * operations as {@link #unrealizedPnlFormula}, which FormulaDescriptionsTest holds it to, bit for bit.
     */
    public static double unrealizedPnl(Side side, double quantity, double entryPrice, double markPrice) {
        double q = ArgChecks.positive("quantity", quantity);
        double mark = ArgChecks.positive("markPrice", markPrice);
        return side.sign() * q * (mark - ArgChecks.positive("entryPrice", entryPrice));
    }

    /** {@code unrealized PnL = s × quantity × (mark − entry)}. */
    public static Formula unrealizedPnlFormula(Side side, double quantity, double entryPrice, double markPrice) {
        Expression q = quantity("quantity", ArgChecks.positive("quantity", quantity));
        Expression mark = quantity("mark", ArgChecks.positive("markPrice", markPrice));
        Expression entry = quantity("entry", ArgChecks.positive("entryPrice", entryPrice));
        return Formula.of("unrealized PnL", sign("s", side.sign()).times(q).times(mark.minus(entry)));
    }

    /** Maintenance margin at the mark with one flat rate: notional at mark × rate (see {@link MaintenanceMargin}). */
    public static double maintenanceMargin(double quantity, double markPrice, double maintenanceRate) {
        return maintenanceMarginFormula(quantity, markPrice, maintenanceRate).value();
    }

    /** {@code maintenance margin = quantity × mark × rate}: {@link MaintenanceMargin#linear} with no tier deduction. */
    public static Formula maintenanceMarginFormula(double quantity, double markPrice, double maintenanceRate) {
        return Formula.of("maintenance margin", quantity("quantity", ArgChecks.positive("quantity", quantity))
                .times(quantity("mark", ArgChecks.positive("price", markPrice)))
                .times(quantity("rate", ArgChecks.fractionBelowOne("maintenanceRate", maintenanceRate))));
    }

    /**
     * {@code maintenance margin = quantity × mark × rate − amount}: {@link MaintenanceMargin#linear} with a tier's rate
     * and deduction ({@link MaintenanceTiers}).
     */
    public static Formula maintenanceMarginFormula(double quantity, double markPrice, double maintenanceRate, double maintenanceAmount) {
        return Formula.of("maintenance margin", quantity("quantity", ArgChecks.positive("quantity", quantity))
                .times(quantity("mark", ArgChecks.positive("price", markPrice)))
                .times(quantity("rate", ArgChecks.fractionBelowOne("maintenanceRate", maintenanceRate)))
                .minus(quantity("amount", ArgChecks.nonNegative("maintenanceAmount", maintenanceAmount))));
    }

    /** Initial margin + unrealized PnL: the isolated position's margin balance, its equity. */
    public static double equity(double initialMargin, double unrealizedPnl) {
        return equityFormula(initialMargin, unrealizedPnl).value();
    }

    /** {@code equity = initial margin + unrealized PnL}. */
    public static Formula equityFormula(double initialMargin, double unrealizedPnl) {
        return Formula.of("equity", quantity("initial margin", ArgChecks.positive("initialMargin", initialMargin))
                .plus(quantity("unrealized PnL", ArgChecks.finite("unrealizedPnl", unrealizedPnl))));
    }

    /** Notional at mark / equity: the leverage the position really runs at; undefined once equity is gone. */
    public static double effectiveLeverage(double notional, double equity) {
        return effectiveLeverageFormula(notional, equity).value();
    }

    /** {@code effective leverage = notional ÷ equity}. */
    public static Formula effectiveLeverageFormula(double notional, double equity) {
        return Formula.of("effective leverage", quantity("notional", ArgChecks.positive("notional", notional))
                .over(quantity("equity", ArgChecks.positive("equity", equity))));
    }

    /** Maintenance margin / equity, as a fraction: the position is liquidated when it reaches 1. */
    public static double marginRatio(double maintenanceMargin, double equity) {
        return marginRatioFormula(maintenanceMargin, equity).value();
    }

    /** {@code margin ratio = maintenance margin ÷ equity}, a fraction. */
    public static Formula marginRatioFormula(double maintenanceMargin, double equity) {
        return Formula.of("margin ratio", quantity("maintenance margin", ArgChecks.finite("maintenanceMargin", maintenanceMargin))
                .over(quantity("equity", ArgChecks.positive("equity", equity))));
    }

    /** Unrealized PnL / initial margin, as a fraction: Bybit's ROI, Binance's ROE (fees left out). */
    public static double roi(double unrealizedPnl, double initialMargin) {
        return roiFormula(unrealizedPnl, initialMargin).value();
    }

    /** {@code ROI = unrealized PnL ÷ initial margin}, a fraction. */
    public static Formula roiFormula(double unrealizedPnl, double initialMargin) {
        return Formula.of("ROI", quantity("unrealized PnL", ArgChecks.finite("unrealizedPnl", unrealizedPnl))
                .over(quantity("initial margin", ArgChecks.positive("initialMargin", initialMargin))));
    }

    /** Equity at or below the maintenance margin: the exchange liquidates. */
    public static boolean liquidated(double equity, double maintenanceMargin) {
        return ArgChecks.finite("equity", equity) <= ArgChecks.finite("maintenanceMargin", maintenanceMargin);
    }

    /**
     * The price at which ROI on initial margin reaches {@code roiPct}: entry × (1 + s · roi / leverage).
     * A short cannot gain more than 100 % × leverage, because the price cannot fall below 0.
     */
    public static double targetPrice(Side side, double entryPrice, double leverage, double roiPct) {
        return targetPriceFormula(side, entryPrice, leverage, roiPct).value();
    }

    /** {@code target price = entry × (1 + s × target ROI ÷ leverage)}, the target ROI as a fraction. */
    public static Formula targetPriceFormula(Side side, double entryPrice, double leverage, double roiPct) {
        Expression entry = quantity("entry", ArgChecks.positive("entryPrice", entryPrice));
        Expression roi = quantity("target ROI", ArgChecks.finite("roiPct", roiPct) / 100);
        Expression lev = quantity("leverage", ArgChecks.positive("leverage", leverage));
        Formula price = Formula.of("target price", entry.times(constant(1).plus(sign("s", side.sign()).times(roi).over(lev))));
        if (!(price.value() > 0)) {
            throw new FormulaDomainException("roiPct",
                    "cannot be reached: it needs a price at or below 0 (the most this position can make or lose is "
                            + plain(100 * leverage) + " %)");
        }
        return price;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
