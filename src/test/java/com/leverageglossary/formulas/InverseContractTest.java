package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bybit Help Center, "P&L calculations (Inverse Contracts)",
 * https://help.bybit.com/hc/en-us/articles/900000404726-P-L-calculations-Inverse-Contracts-, and Bybit's
 * "FAQ — P&L Calculation", https://www.bybit-global.com/en/help-center/article/FAQ-PL-Calculation?category=a206ae557f0e419f11
 * (long: Q × (1/entry − 1/exit); short: Q × (1/exit − 1/entry)).
 */
class InverseContractTest {

    @Test
    @DisplayName("Bybit: Trader B, 1,000 BTCUSD long at 5,000, last price 5,500 → 1,000 × (1/5,000 − 1/5,500) = 0.01819 BTC")
    void longGainsCoinAsThePriceRises() {
        assertThat(InverseContract.unrealizedPnl(Side.LONG, 1_000, 5_000, 5_500)).isCloseTo(0.01819, within(0.00001));
    }

    @Test
    @DisplayName("Bybit: Trader C, 1,000 BTCUSD short at 5,000, last price 4,500 → 1,000 × (1/4,500 − 1/5,000) BTC")
    void shortGainsCoinAsThePriceFalls() {
        assertThat(InverseContract.unrealizedPnl(Side.SHORT, 1_000, 5_000, 4_500))
                .isCloseTo(1_000 * (1.0 / 4_500 - 1.0 / 5_000), within(1e-15))
                .isPositive();
    }

    @Test
    void rejectsArgumentsOutsideTheirDomain() {
        assertRejected("contractValueUsd", () -> InverseContract.unrealizedPnl(Side.LONG, 0, 5_000, 5_500));
        assertRejected("entryPrice", () -> InverseContract.unrealizedPnl(Side.LONG, 1_000, -1, 5_500));
        assertRejected("price", () -> InverseContract.unrealizedPnl(Side.LONG, 1_000, 5_000, 0));
    }
}
