package com.leverageglossary.formulas;

/**
 * Profit and loss of an inverse (coin-margined) contract, whose size is a USD value and whose PnL is paid in
 * the coin: {@code s × Q × (1/entry − 1/price)} (Bybit Help Center, "P&L calculations (Inverse Contracts)";
 * Binance's COIN-M calculator notes). Prices in USD per coin.
 */
public final class InverseContract {
    private InverseContract() {
    }

    /** s × contract value × (1/entry − 1/price), in coin. */
    public static double unrealizedPnl(Side side, double contractValueUsd, double entryPrice, double price) {
        return side.sign() * ArgChecks.positive("contractValueUsd", contractValueUsd)
                * (1 / ArgChecks.positive("entryPrice", entryPrice) - 1 / ArgChecks.positive("price", price));
    }
}
