package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.quantity;

import java.util.OptionalDouble;

/**
 * Liquidation price of one position in a cross-margin account, one-way mode (Binance, "How to Calculate Liquidation
 * Price of USDⓈ-M Futures Contracts", https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93):
 * {@code LP1 = (WB − TMM1 + UPNL1 + cum − s·Q·EP) / (Q·MMR − s·Q)}. The whole wallet balance WB backs position 1,
 * less TMM1, the maintenance margin the account's other positions need, plus UPNL1, their unrealized PnL; both are
 * taken as they stand now, at their own mark prices. That collateral takes the place of the isolated margin in
 * {@link LiquidationPrice}, and the COIN-M page gives the inverse contract the same substitution ("in Cross margin
 * mode, WB is crossWalletBalance; in Isolated margin mode ... TMM=0, UPNL=0"), with every amount in the coin.
 */
public final class CrossMargin {
    private CrossMargin() {
    }

    /** WB − TMM1 + UPNL1: what backs position 1. Nothing left means the account is already being liquidated. */
    public static double collateral(double walletBalance, double otherMaintenanceMargin, double otherUnrealizedPnl) {
        return collateralFormula(walletBalance, otherMaintenanceMargin, otherUnrealizedPnl).value();
    }

    /** {@code M = WB − TMM1 + UPNL1}, checked to leave something to back the position. */
    public static Formula collateralFormula(double walletBalance, double otherMaintenanceMargin, double otherUnrealizedPnl) {
        Formula collateral = Formula.of("M", quantity("WB", ArgChecks.positive("walletBalance", walletBalance))
                .minus(quantity("TMM1", ArgChecks.nonNegative("otherMaintenanceMargin", otherMaintenanceMargin)))
                .plus(quantity("UPNL1", ArgChecks.finite("otherUnrealizedPnl", otherUnrealizedPnl))));
        if (!(collateral.value() > 0)) {
            throw new FormulaDomainException("walletBalance",
                    "less the other positions' maintenance margin, plus their unrealized PnL, must be greater than 0: otherwise the account is already being liquidated");
        }
        return collateral;
    }

    /**
     * {@code E = WB + UPNL1}: the account's equity apart from position 1, which its bankruptcy price uses in place of M.
     * The other positions' maintenance margin is a requirement, not a loss, so it plays no part there.
     */
    public static Formula equityBesidesFormula(double walletBalance, double otherMaintenanceMargin, double otherUnrealizedPnl) {
        collateralFormula(walletBalance, otherMaintenanceMargin, otherUnrealizedPnl);
        return Formula.of("E", quantity("WB", walletBalance).plus(quantity("UPNL1", otherUnrealizedPnl)));
    }

    /** Linear, quantity Q in base units, amounts in quote currency; tiers by notional Q·LP in quote currency. */
    public static TieredLiquidation linear(Side side, double quantity, double entryPrice, double walletBalance,
                                           double otherMaintenanceMargin, double otherUnrealizedPnl, MaintenanceTiers tiers) {
        double collateral = collateral(walletBalance, otherMaintenanceMargin, otherUnrealizedPnl);
        return notOnEntry(side, entryPrice, LiquidationPrice.linearUnchecked(side, quantity, entryPrice, collateral, tiers));
    }

    /** Inverse, Q the contract value in USD, amounts in coin; tiers by notional Q/LP in coin. */
    public static TieredLiquidation inverse(Side side, double contractValueUsd, double entryPrice, double walletBalanceCoin,
                                            double otherMaintenanceMarginCoin, double otherUnrealizedPnlCoin, MaintenanceTiers tiers) {
        double collateral = collateral(walletBalanceCoin, otherMaintenanceMarginCoin, otherUnrealizedPnlCoin);
        return notOnEntry(side, entryPrice, LiquidationPrice.inverseUnchecked(side, contractValueUsd, entryPrice, collateral, tiers));
    }

    /** Where the account's equity, E + this position's PnL, reaches zero with the other positions held where they are. */
    public static OptionalDouble linearBankruptcy(Side side, double quantity, double entryPrice, double walletBalance,
                                                  double otherMaintenanceMargin, double otherUnrealizedPnl) {
        return LiquidationPrice.linearBankruptcy(side, quantity, entryPrice,
                equityBesidesFormula(walletBalance, otherMaintenanceMargin, otherUnrealizedPnl).value());
    }

    /** The inverse contract's bankruptcy price in a cross account, amounts in coin. */
    public static OptionalDouble inverseBankruptcy(Side side, double contractValueUsd, double entryPrice, double walletBalanceCoin,
                                                   double otherMaintenanceMarginCoin, double otherUnrealizedPnlCoin) {
        return LiquidationPrice.inverseBankruptcy(side, contractValueUsd, entryPrice,
                equityBesidesFormula(walletBalanceCoin, otherMaintenanceMarginCoin, otherUnrealizedPnlCoin).value());
    }

    private static TieredLiquidation notOnEntry(Side side, double entryPrice, TieredLiquidation result) {
        if (LiquidationPrice.atOrBeyondEntry(side, entryPrice, result.price())) {
            throw new FormulaDomainException("walletBalance",
                    "is too small to carry this position: with the other positions' maintenance margin and PnL, it would be liquidated on entry");
        }
        return result;
    }
}
