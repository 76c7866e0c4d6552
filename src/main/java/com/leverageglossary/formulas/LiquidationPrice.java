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
 *
 * <p>With a {@link MaintenanceTiers} table, MMR and cum are those of the bracket that holds the position's notional
 * at the liquidation price ({@link MaintenanceTiers} says how it is found). M is whatever backs the position: the
 * isolated margin here, the wallet balance net of the other positions in {@link CrossMargin}.
 */
public final class LiquidationPrice {
    private LiquidationPrice() {
    }

    public static OptionalDouble linear(Side side, double quantity, double entryPrice, double margin,
                                        double maintenanceRate, double maintenanceAmount) {
        return linear(side, quantity, entryPrice, margin, MaintenanceTiers.flat(maintenanceRate, maintenanceAmount)).price();
    }

    public static OptionalDouble inverse(Side side, double contractValueUsd, double entryPrice, double marginCoin,
                                         double maintenanceRate, double maintenanceAmountCoin) {
        ArgChecks.nonNegative("maintenanceAmountCoin", maintenanceAmountCoin);
        return inverse(side, contractValueUsd, entryPrice, marginCoin,
                MaintenanceTiers.flat(maintenanceRate, maintenanceAmountCoin)).price();
    }

    /** Linear, isolated, with the rate and amount of the bracket that holds the notional Q·LP; tiers in quote currency. */
    public static TieredLiquidation linear(Side side, double quantity, double entryPrice, double margin, MaintenanceTiers tiers) {
        ArgChecks.positive("margin", margin);
        TieredLiquidation result = linearUnchecked(side, quantity, entryPrice, margin, tiers);
        if (atOrBeyondEntry(side, entryPrice, result.price())) {
            throw tiers.liquidatedOnEntry();
        }
        return result;
    }

    /** Inverse, isolated, with the rate and amount of the bracket that holds the notional Q/LP; tiers in coin. */
    public static TieredLiquidation inverse(Side side, double contractValueUsd, double entryPrice, double marginCoin, MaintenanceTiers tiers) {
        ArgChecks.positive("marginCoin", marginCoin);
        TieredLiquidation result = inverseUnchecked(side, contractValueUsd, entryPrice, marginCoin, tiers);
        if (atOrBeyondEntry(side, entryPrice, result.price())) {
            throw tiers.liquidatedOnEntry();
        }
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

    /** Whether a price is at or beyond entry on the losing side: a position liquidated there is closed as it opens. */
    static boolean atOrBeyondEntry(Side side, double entryPrice, OptionalDouble price) {
        return price.isPresent() && side.sign() * (entryPrice - price.getAsDouble()) <= 0;
    }

    /** The tiered linear solve for any collateral M, leaving the on-entry check to the caller, which knows what M is. */
    static TieredLiquidation linearUnchecked(Side side, double quantity, double entryPrice, double collateral, MaintenanceTiers tiers) {
        ArgChecks.positive("quantity", quantity);
        ArgChecks.positive("entryPrice", entryPrice);
        int s = side.sign();
        return tiers.liquidation(quantity * entryPrice,
                (rate, amount) -> solveLinear(s, quantity, entryPrice, collateral, rate, amount), price -> quantity * price);
    }

    /** The tiered inverse solve for any collateral M in coin; the on-entry check is the caller's. */
    static TieredLiquidation inverseUnchecked(Side side, double contractValueUsd, double entryPrice, double collateralCoin, MaintenanceTiers tiers) {
        ArgChecks.positive("contractValueUsd", contractValueUsd);
        ArgChecks.positive("entryPrice", entryPrice);
        int s = side.sign();
        return tiers.liquidation(contractValueUsd / entryPrice,
                (rate, amount) -> solveInverse(s, contractValueUsd, entryPrice, collateralCoin, rate, amount), price -> contractValueUsd / price);
    }

    private static double solveLinear(int s, double quantity, double entryPrice, double collateral, double rate, double amount) {
        return (collateral + amount - s * quantity * entryPrice) / (quantity * rate - s * quantity);
    }

    /** A short's numerator is negative, so its price is positive exactly when the denominator is negative too. */
    private static double solveInverse(int s, double contractValueUsd, double entryPrice, double collateralCoin, double rate, double amountCoin) {
        return (contractValueUsd * rate + s * contractValueUsd) / (collateralCoin + amountCoin + s * contractValueUsd / entryPrice);
    }
}
