package com.leverageglossary.formulas;

/**
 * Maintenance margin of a position at a price: notional × maintenance rate − maintenance amount, the
 * maintenance amount being the deduction of the position's tier (Binance, "Leverage and Margin of USDⓈ-M
 * Futures" and of COIN-M futures; {@code cum} in Binance's liquidation formulas). Rates as fractions.
 */
public final class MaintenanceMargin {
    private MaintenanceMargin() {
    }

    /** Linear: quantity × price × rate − amount; quantity in base units, price and result in quote currency. */
    public static double linear(double quantity, double price, double maintenanceRate, double maintenanceAmount) {
        return ArgChecks.positive("quantity", quantity) * ArgChecks.positive("price", price)
                * ArgChecks.fractionBelowOne("maintenanceRate", maintenanceRate)
                - ArgChecks.nonNegative("maintenanceAmount", maintenanceAmount);
    }

    /** Inverse: contract value in USD / price × rate − amount; the notional and the result in coin. */
    public static double inverse(double contractValueUsd, double price, double maintenanceRate, double maintenanceAmountCoin) {
        return ArgChecks.positive("contractValueUsd", contractValueUsd) / ArgChecks.positive("price", price)
                * ArgChecks.fractionBelowOne("maintenanceRate", maintenanceRate)
                - ArgChecks.nonNegative("maintenanceAmountCoin", maintenanceAmountCoin);
    }
}
