package com.leverageglossary.formulas;

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
        return ArgChecks.positive("quantity", quantity) * ArgChecks.positive("price", price);
    }

    /** Entry notional / leverage. */
    public static double initialMargin(double quantity, double entryPrice, double leverage) {
        return ArgChecks.positive("quantity", quantity) * ArgChecks.positive("entryPrice", entryPrice)
                / ArgChecks.positive("leverage", leverage);
    }

    /** s · quantity · (mark − entry). */
    public static double unrealizedPnl(Side side, double quantity, double entryPrice, double markPrice) {
        return side.sign() * ArgChecks.positive("quantity", quantity)
                * (ArgChecks.positive("markPrice", markPrice) - ArgChecks.positive("entryPrice", entryPrice));
    }

    /** Maintenance margin at the mark with one flat rate: notional at mark × rate (see {@link MaintenanceMargin}). */
    public static double maintenanceMargin(double quantity, double markPrice, double maintenanceRate) {
        return MaintenanceMargin.linear(quantity, markPrice, maintenanceRate, 0);
    }

    /** Initial margin + unrealized PnL: the isolated position's margin balance, its equity. */
    public static double equity(double initialMargin, double unrealizedPnl) {
        return ArgChecks.positive("initialMargin", initialMargin) + ArgChecks.finite("unrealizedPnl", unrealizedPnl);
    }

    /** Notional at mark / equity: the leverage the position really runs at; undefined once equity is gone. */
    public static double effectiveLeverage(double notional, double equity) {
        return ArgChecks.positive("notional", notional) / ArgChecks.positive("equity", equity);
    }

    /** Maintenance margin / equity, as a fraction: the position is liquidated when it reaches 1. */
    public static double marginRatio(double maintenanceMargin, double equity) {
        return ArgChecks.finite("maintenanceMargin", maintenanceMargin) / ArgChecks.positive("equity", equity);
    }

    /** Unrealized PnL / initial margin, as a fraction: Bybit's ROI, Binance's ROE (fees left out). */
    public static double roi(double unrealizedPnl, double initialMargin) {
        return ArgChecks.finite("unrealizedPnl", unrealizedPnl) / ArgChecks.positive("initialMargin", initialMargin);
    }

    /** Equity at or below the maintenance margin: the exchange liquidates. */
    public static boolean liquidated(double equity, double maintenanceMargin) {
        return ArgChecks.finite("equity", equity) <= ArgChecks.finite("maintenanceMargin", maintenanceMargin);
    }

    /**
     * Whether a position opened at this leverage with no extra margin starts at or below its maintenance
     * margin: notional / L ≤ notional × rate exactly when rate × L ≥ 1.
     */
    public static boolean liquidatedOnEntry(double maintenanceRate, double leverage) {
        return ArgChecks.fractionBelowOne("maintenanceRate", maintenanceRate) * ArgChecks.positive("leverage", leverage) >= 1;
    }

    /**
     * The price at which ROI on initial margin reaches {@code roiPct}: entry × (1 + s · roi / leverage).
     * A short cannot gain more than 100 % × leverage, because the price cannot fall below 0.
     */
    public static double targetPrice(Side side, double entryPrice, double leverage, double roiPct) {
        double price = ArgChecks.positive("entryPrice", entryPrice)
                * (1 + side.sign() * ArgChecks.finite("roiPct", roiPct) / 100 / ArgChecks.positive("leverage", leverage));
        if (!(price > 0)) {
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
