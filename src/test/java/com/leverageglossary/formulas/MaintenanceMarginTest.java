package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MaintenanceMarginTest {

    @Test
    @DisplayName("Pionex, 'Maintenance Margin' (https://www.pionex.com/blog/maintenance-margin/): 10 BTCUSDT at 20,000 in tier 2 "
            + "(MMR 1 %, margin amount 750) → 200,000 × 1 % − 750 = 1,250 USDT")
    void linearIsNotionalTimesRateLessTheTierAmount() {
        assertThat(MaintenanceMargin.linear(10, 20_000, 0.01, 750)).isCloseTo(1_250, within(1e-9));
    }

    @Test
    @DisplayName("Bybit Help Center, 'Margen de mantenimiento (Contratos de USDT)' "
            + "(https://help.bybit.com/hc/es/articles/900000182646-Margen-de-mantenimiento-Contratos-de-USDT-): "
            + "1 BTC at 10,000 USDT, MMR 0.5 % → 50 USDT")
    void linearWithoutTierAmountIsNotionalTimesRate() {
        assertThat(MaintenanceMargin.linear(1, 10_000, 0.005, 0)).isCloseTo(50, within(1e-12));
    }

    @Test
    @DisplayName("BYDFi, 'Initial Margin and Maintenance Margin (COIN-M)' "
            + "(https://www.bydfi.com/blog/learn/initial-margin-and-maintenance-margin-coin-m/): 12,000 BTCUSD contracts at "
            + "8,000 USD, MMR 0.5 % → (12,000 / 8,000) × 0.5 % = 0.0075 BTC")
    void inverseIsContractValueOverPriceTimesRate() {
        assertThat(MaintenanceMargin.inverse(12_000, 8_000, 0.005, 0)).isCloseTo(0.0075, within(1e-15));
    }

    @Test
    @DisplayName("Binance, 'How to Calculate Liquidation Price of COIN-M Futures Contracts' "
            + "(https://www.binance.com/es/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46): a 300 BTC BTCUSD position has MMR 12.5 % "
            + "and maintenance amount 11.81 BTC; with Binance's 'Maintenance Margin = Notional Position Value × Maintenance Margin "
            + "Rate − Maintenance Amount' that is 300 × 12.5 % − 11.81 = 25.69 BTC")
    void inverseDeductsTheTierAmountInCoin() {
        // 3,000,000 USD of contracts at 10,000 USD is the page's 300 BTC notional.
        assertThat(MaintenanceMargin.inverse(3_000_000, 10_000, 0.125, 11.81)).isCloseTo(25.69, within(1e-9));
    }

    @Test
    void rejectsArgumentsOutsideTheirDomain() {
        assertRejected("quantity", () -> MaintenanceMargin.linear(0, 100, 0.005, 0));
        assertRejected("price", () -> MaintenanceMargin.linear(1, -1, 0.005, 0));
        assertRejected("maintenanceRate", () -> MaintenanceMargin.linear(1, 100, 1.0, 0));
        assertRejected("maintenanceAmount", () -> MaintenanceMargin.linear(1, 100, 0.005, -1));
        assertRejected("contractValueUsd", () -> MaintenanceMargin.inverse(-1, 100, 0.005, 0));
        assertRejected("maintenanceAmountCoin", () -> MaintenanceMargin.inverse(1, 100, 0.005, Double.NaN));
    }
}
