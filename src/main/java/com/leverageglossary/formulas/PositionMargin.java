package com.leverageglossary.formulas;

/**
 * Margin arithmetic of a linear (USDT- or USDC-margined) isolated position. Sources: Binance,
 * "Leverage and Margin of USDⓈ-M Futures" (initial margin = notional / leverage); Bybit, "Profit and
 * loss (USDT contract)" (unrealized PnL and ROI on initial margin). Prices in quote currency per base
 * unit, quantities in base units, margins in quote currency.
 */
public final class PositionMargin {
    private PositionMargin() {
    }

    /** Quantity × price. */
    public static double notional(double quantity, double price) {
        return ArgChecks.positive("quantity", quantity) * ArgChecks.positive("mark_price", price);
    }

    /** Entry notional / leverage. */
    public static double initialMargin(double quantity, double entryPrice, double leverage) {
        return ArgChecks.positive("quantity", quantity) * ArgChecks.positive("entry_price", entryPrice)
                / ArgChecks.positive("leverage", leverage);
    }

    /** s · quantity · (mark − entry). */
    public static double unrealizedPnl(Side side, double quantity, double entryPrice, double markPrice) {
        return side.sign() * ArgChecks.positive("quantity", quantity)
                * (ArgChecks.positive("mark_price", markPrice) - ArgChecks.positive("entry_price", entryPrice));
    }

    /** Maintenance margin at the mark: notional at mark × rate. */
    public static double maintenanceMargin(double quantity, double markPrice, double maintenanceRate) {
        return notional(quantity, markPrice) * ArgChecks.fractionBelowOne("maintenance_margin_pct", maintenanceRate);
    }

    /**
     * The price at which ROI on initial margin reaches {@code roiPct}: entry × (1 + s · roi / leverage).
     * A short cannot gain more than 100 % × leverage, because the price cannot fall below 0.
     */
    public static double targetPrice(Side side, double entryPrice, double leverage, double roiPct) {
        double price = ArgChecks.positive("entry_price", entryPrice)
                * (1 + side.sign() * ArgChecks.finite("target_roi_pct", roiPct) / 100 / ArgChecks.positive("leverage", leverage));
        if (!(price > 0)) {
            throw new FormulaDomainException("target_roi_pct",
                    "cannot be reached: it needs a price at or below 0 (the most this position can make or lose is "
                            + plain(100 * leverage) + " %)");
        }
        return price;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
