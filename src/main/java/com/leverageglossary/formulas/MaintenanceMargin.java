package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.quantity;

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
        return linearFormula(quantity, price, maintenanceRate, maintenanceAmount).value();
    }

    /** {@code MM = Q·P·MMR − cum}. */
    public static Formula linearFormula(double quantity, double price, double maintenanceRate, double maintenanceAmount) {
        return Formula.of("MM", quantity("Q", ArgChecks.positive("quantity", quantity))
                .times(quantity("P", ArgChecks.positive("price", price)))
                .times(quantity("MMR", ArgChecks.fractionBelowOne("maintenanceRate", maintenanceRate)))
                .minus(quantity("cum", ArgChecks.nonNegative("maintenanceAmount", maintenanceAmount))));
    }

    /** Inverse: contract value in USD / price × rate − amount; the notional and the result in coin. */
    public static double inverse(double contractValueUsd, double price, double maintenanceRate, double maintenanceAmountCoin) {
        return inverseFormula(contractValueUsd, price, maintenanceRate, maintenanceAmountCoin).value();
    }

    /** {@code MM = Q ÷ P × MMR − cum}, in coin. */
    public static Formula inverseFormula(double contractValueUsd, double price, double maintenanceRate, double maintenanceAmountCoin) {
        return Formula.of("MM", quantity("Q", ArgChecks.positive("contractValueUsd", contractValueUsd))
                .over(quantity("P", ArgChecks.positive("price", price)))
                .times(quantity("MMR", ArgChecks.fractionBelowOne("maintenanceRate", maintenanceRate)))
                .minus(quantity("cum", ArgChecks.nonNegative("maintenanceAmountCoin", maintenanceAmountCoin))));
    }
}
