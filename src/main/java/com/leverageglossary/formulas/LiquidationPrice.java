package com.leverageglossary.formulas;

import java.util.OptionalDouble;

/**
 * Liquidation and bankruptcy prices of an isolated one-way position, with the maintenance margin
 * evaluated at the liquidation price (Binance, "How to Calculate Liquidation Price of USDⓈ-M Futures
 * Contracts" and "... COIN-M Futures Contracts"; Hyperliquid docs, "Liquidations").
 *
 * <p>Linear: {@code LP = (M + cum − s·Q·EP) / (Q·MMR − s·Q)}, Q in base units, M and cum in quote currency.
 * Inverse: {@code LP = (Q·MMR + s·Q) / (M + cum + s·Q/EP)}, Q the contract value in USD, M and cum in coin.
 * The bankruptcy price is the same with MMR = 0 and cum = 0. An empty result means no positive price
 * liquidates the position (for example a fully collateralised 1x long).
 */
public final class LiquidationPrice {
    private LiquidationPrice() {
    }

    public static OptionalDouble linear(Side side, double quantity, double entryPrice, double margin,
                                        double maintenanceRate, double maintenanceAmount) {
        ArgChecks.positive("quantity", quantity);
        ArgChecks.positive("entryPrice", entryPrice);
        ArgChecks.positive("margin", margin);
        ArgChecks.fractionBelowOne("maintenanceRate", maintenanceRate);
        ArgChecks.nonNegative("maintenanceAmount", maintenanceAmount);
        int s = side.sign();
        double price = (margin + maintenanceAmount - s * quantity * entryPrice) / (quantity * maintenanceRate - s * quantity);
        OptionalDouble result = positive(price);
        rejectLiquidatedOnEntry(side, entryPrice, result);
        return result;
    }

    public static OptionalDouble inverse(Side side, double contractValueUsd, double entryPrice, double marginCoin,
                                         double maintenanceRate, double maintenanceAmountCoin) {
        ArgChecks.positive("contractValueUsd", contractValueUsd);
        ArgChecks.positive("entryPrice", entryPrice);
        ArgChecks.positive("marginCoin", marginCoin);
        ArgChecks.fractionBelowOne("maintenanceRate", maintenanceRate);
        ArgChecks.nonNegative("maintenanceAmountCoin", maintenanceAmountCoin);
        int s = side.sign();
        double denominator = marginCoin + maintenanceAmountCoin + s * contractValueUsd / entryPrice;
        // A short's numerator is negative, so its price is positive exactly when the denominator is negative too.
        OptionalDouble result = positive((contractValueUsd * maintenanceRate + s * contractValueUsd) / denominator);
        rejectLiquidatedOnEntry(side, entryPrice, result);
        return result;
    }

    public static OptionalDouble linearBankruptcy(Side side, double quantity, double entryPrice, double margin) {
        return linear(side, quantity, entryPrice, margin, 0, 0);
    }

    public static OptionalDouble inverseBankruptcy(Side side, double contractValueUsd, double entryPrice, double marginCoin) {
        return inverse(side, contractValueUsd, entryPrice, marginCoin, 0, 0);
    }

    /** Isolated margin posted for a leverage: linear Q·EP/L in quote currency. */
    public static double linearMargin(double quantity, double entryPrice, double leverage) {
        return ArgChecks.positive("quantity", quantity) * ArgChecks.positive("entryPrice", entryPrice)
                / ArgChecks.positive("leverage", leverage);
    }

    /** Isolated margin posted for a leverage: inverse Q/(EP·L) in coin. */
    public static double inverseMargin(double contractValueUsd, double entryPrice, double leverage) {
        return ArgChecks.positive("contractValueUsd", contractValueUsd)
                / (ArgChecks.positive("entryPrice", entryPrice) * ArgChecks.positive("leverage", leverage));
    }

    /** Signed distance from entry to a price, in percent of entry. */
    public static double distancePct(double entryPrice, double price) {
        return (ArgChecks.finite("price", price) - ArgChecks.positive("entryPrice", entryPrice)) / entryPrice * 100;
    }

    private static OptionalDouble positive(double price) {
        return price > 0 && Double.isFinite(price) ? OptionalDouble.of(price) : OptionalDouble.empty();
    }

    /** A long liquidated at or above its entry (or a short at or below) would be closed the moment it opens. */
    private static void rejectLiquidatedOnEntry(Side side, double entryPrice, OptionalDouble price) {
        if (price.isPresent() && side.sign() * (entryPrice - price.getAsDouble()) <= 0) {
            throw new FormulaDomainException("maintenanceRate",
                    "is too high for this leverage: the position would be liquidated on entry (maintenance margin at or above the margin posted)");
        }
    }
}
