package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Binance's cross-margin liquidation price, LP1 = (WB − TMM1 + UPNL1 + cum − s·Q·EP) / (Q·MMR − s·Q)
 * (https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93). The two-position example is the FAQ's
 * calculation example as freqtrade's test_liquidation_price_binance records it (github.com/freqtrade/freqtrade,
 * tests/exchange/test_binance.py): wallet balance 1,535,443.01 USDT; BTCUSDT long 109.488 at 32,481.98, mark
 * 31,967.27, MMR 2.5 %, cum 16,300 → 26,316.89; ETHUSDT long 3,683.979 at 1,456.84, mark 1,335.18, MMR 10 %,
 * cum 135,365 → 1,153.26.
 */
class CrossMarginTest {
    private static final double WALLET = 1_535_443.01;

    @Test
    @DisplayName("Binance FAQ example: the other position's maintenance margin and PnL are Binance's TMM1 and UPNL1 "
            + "(3,500,032.458 × 2.5 % − 16,300 = 71,200.81 for BTCUSDT; 4,918,775.081 × 10 % − 135,365 = 356,512.51 for ETHUSDT)")
    void otherPositionsEnterAtTheirMarkPrices() {
        assertThat(MaintenanceMargin.linear(109.488, 31_967.27, 0.025, 16_300)).isCloseTo(71_200.81144, within(1e-3));
        assertThat(PositionMargin.unrealizedPnl(Side.LONG, 109.488, 32_481.98, 31_967.27)).isCloseTo(-56_354.57, within(0.005));
        assertThat(MaintenanceMargin.linear(3_683.979, 1_335.18, 0.10, 135_365)).isCloseTo(356_512.508, within(1e-3));
        assertThat(PositionMargin.unrealizedPnl(Side.LONG, 3_683.979, 1_456.84, 1_335.18)).isCloseTo(-448_192.89, within(0.005));
    }

    @Test
    @DisplayName("Binance FAQ example: ETHUSDT cross liquidation price 1,153.26")
    void ethLiquidationPriceMatchesBinanceExample() {
        TieredLiquidation eth = CrossMargin.linear(Side.LONG, 3_683.979, 1_456.84, WALLET, 71_200.81144, -56_354.57,
                MaintenanceTiers.flat(0.10, 135_365));

        assertThat(eth.price().getAsDouble()).isCloseTo(1_153.26, within(0.005));
    }

    @Test
    @DisplayName("Binance FAQ example: BTCUSDT cross liquidation price 26,316.89, in the 2.5 % bracket of Binance's BTCUSDT table "
            + "(2021-03-18), whose cum is the 16,300 of the example")
    void btcLiquidationPriceMatchesBinanceExampleWithTheBracketTable() {
        TieredLiquidation btc = CrossMargin.linear(Side.LONG, 109.488, 32_481.98, WALLET, 356_512.508, -448_192.89,
                MaintenanceTiersTest.binanceBtcusdt());

        assertThat(btc.price().getAsDouble()).isCloseTo(26_316.89, within(0.005));
        assertThat(btc.bracket().orElseThrow().amount()).isCloseTo(16_300, within(1e-6));
    }

    @Test
    @DisplayName("Binance FAQ 'How to avoid liquidation': wallet balance 500 USDT, long 1,000 USDT of BTCUSDT at 50,000 with 20x → "
            + "liquidation price 25,100.40 (https://binance.com/en/support/faq/25edcd7fe0e544839d0847b8cbb2e400)")
    void wholeWalletBacksASinglePosition() {
        TieredLiquidation result = CrossMargin.linear(Side.LONG, 1_000.0 / 50_000, 50_000, 500, 0, 0, MaintenanceTiersTest.binanceBtcusdt());

        assertThat(result.price().getAsDouble()).isCloseTo(25_100.40, within(0.005));
        assertThat(result.bracket().orElseThrow().rate()).isEqualTo(0.004);
    }

    @Test
    @DisplayName("Binance FAQ: 'In Isolated margin mode, WB is isolatedWalletBalance of the isolated position, TMM=0, UPNL=0'")
    void withoutOtherPositionsCrossIsIsolatedWithTheWalletAsMargin() {
        MaintenanceTiers tiers = MaintenanceTiers.flat(0.025, 16_300);
        for (Side side : Side.values()) {
            double cross = CrossMargin.linear(side, 109.488, 32_481.98, WALLET, 0, 0, tiers).price().getAsDouble();
            double isolated = LiquidationPrice.linear(side, 109.488, 32_481.98, WALLET, tiers).price().getAsDouble();

            assertThat(cross).as(side.name()).isEqualTo(isolated);
        }
        // The isolated case of the FAQ example: 18,778.73.
        assertThat(LiquidationPrice.linear(Side.LONG, 109.488, 32_481.98, WALLET, tiers).price().getAsDouble())
                .isCloseTo(18_778.73, within(0.005));
    }

    @Test
    void atTheLiquidationPriceAccountEquityEqualsEveryPositionsMaintenanceMargin() {
        double otherMaintenance = 1_200;
        double otherPnl = -800;
        MaintenanceTiers tiers = MaintenanceTiersTest.binanceBtcusdt();
        for (Side side : Side.values()) {
            double lp = CrossMargin.linear(side, 2, 60_000, 20_000, otherMaintenance, otherPnl, tiers).price().getAsDouble();
            double equity = 20_000 + otherPnl + PositionMargin.unrealizedPnl(side, 2, 60_000, lp);

            assertThat(equity).as(side.name()).isCloseTo(otherMaintenance + tiers.maintenanceMargin(2 * lp), within(1e-6));
        }
    }

    @Test
    void inverseCrossIsTheInverseFormulaWithTheWalletNetOfOtherPositions() {
        MaintenanceTiers tiers = MaintenanceTiers.flat(0.005, 0);
        double lp = CrossMargin.inverse(Side.LONG, 60_000, 50_000, 0.5, 0.02, -0.03, tiers).price().getAsDouble();

        assertThat(lp).isEqualTo(LiquidationPrice.inverse(Side.LONG, 60_000, 50_000, 0.45, tiers).price().getAsDouble());
        assertThat(0.5 - 0.03 + InverseContract.unrealizedPnl(Side.LONG, 60_000, 50_000, lp))
                .isCloseTo(0.02 + MaintenanceMargin.inverse(60_000, lp, 0.005, 0), within(1e-12));
    }

    @Test
    void bankruptcyIsWhereAccountEquityReachesZero() {
        for (Side side : Side.values()) {
            double bankruptcy = CrossMargin.linearBankruptcy(side, 2, 60_000, 20_000, 1_200, -800).getAsDouble();

            assertThat(20_000 - 800 + PositionMargin.unrealizedPnl(side, 2, 60_000, bankruptcy)).as(side.name()).isCloseTo(0, within(1e-6));
        }
        double inverse = CrossMargin.inverseBankruptcy(Side.SHORT, 60_000, 50_000, 0.5, 0.02, -0.03).getAsDouble();
        assertThat(0.5 - 0.03 + InverseContract.unrealizedPnl(Side.SHORT, 60_000, 50_000, inverse)).isCloseTo(0, within(1e-12));
    }

    @Test
    void accountWithNothingLeftForThePositionIsRefusedNamingTheWalletBalance() {
        MaintenanceTiers tiers = MaintenanceTiers.flat(0.005, 0);

        assertRejected("walletBalance", () -> CrossMargin.linear(Side.LONG, 1, 60_000, 1_000, 600, -400, tiers));
        assertRejected("walletBalance", () -> CrossMargin.linearBankruptcy(Side.LONG, 1, 60_000, 1_000, 600, -400));
        assertRejected("walletBalance", () -> CrossMargin.linear(Side.LONG, 1, 60_000, 0, 0, 0, tiers));
    }

    @Test
    void positionTheAccountCannotCarryIsLiquidatedOnEntryNamingTheWalletBalance() {
        // 100 BTC at 60,000 needs 30,000 at 0.5 %; 25,000 of net collateral is already below it.
        assertRejected("walletBalance", () -> CrossMargin.linear(Side.LONG, 100, 60_000, 25_000, 0, 0, MaintenanceTiers.flat(0.005, 0)));
        assertRejected("walletBalance", () -> CrossMargin.linear(Side.SHORT, 100, 60_000, 25_000, 0, 0, MaintenanceTiers.flat(0.005, 0)));
    }

    @Test
    void rejectsArgumentsOutsideTheirDomain() {
        MaintenanceTiers tiers = MaintenanceTiers.flat(0.005, 0);

        assertRejected("otherMaintenanceMargin", () -> CrossMargin.linear(Side.LONG, 1, 60_000, 1_000, -1, 0, tiers));
        assertRejected("otherUnrealizedPnl", () -> CrossMargin.linear(Side.LONG, 1, 60_000, 1_000, 0, Double.NaN, tiers));
        assertRejected("walletBalance", () -> CrossMargin.linear(Side.LONG, 1, 60_000, Double.POSITIVE_INFINITY, 0, 0, tiers));
        assertRejected("quantity", () -> CrossMargin.linear(Side.LONG, 0, 60_000, 1_000, 0, 0, tiers));
        assertRejected("contractValueUsd", () -> CrossMargin.inverse(Side.LONG, -1, 60_000, 1, 0, 0, tiers));
    }
}
