package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bybit Help Center, "Profit and Loss calculations (USDT Contract)" — examples for Trader B (0.2 BTC long at
 * 7,000, 10x) and Trader C (0.4 BTC short at 6,000); text as reproduced at https://wuyelx.com/2191.html and
 * https://www.pastorq.com/7518.html. Bybit Help Center, "Liquidation Price (USDT Contract)", Example 1,
 * https://testnet.bybit.com/en-US/help-center/s/article/Liquidation-Price-USDT-Contract (1 BTC at 20,000, 50x, MMR 0.5 %).
 */
class PositionMarginTest {
    private static final double EPS = 1e-9;

    @Test
    @DisplayName("Bybit USDT P&L: 0.2 BTC long at 7,000, mark 7,500 → +100 USDT")
    void longPnlGrowsWithTheMark() {
        assertThat(PositionMargin.unrealizedPnl(Side.LONG, 0.2, 7_000, 7_500)).isCloseTo(100, within(EPS));
    }

    @Test
    @DisplayName("Bybit USDT P&L: 0.4 BTC short at 6,000, mark 5,000 → +400 USDT")
    void shortPnlGrowsWhenTheMarkFalls() {
        assertThat(PositionMargin.unrealizedPnl(Side.SHORT, 0.4, 6_000, 5_000)).isCloseTo(400, within(EPS));
    }

    @Test
    @DisplayName("Bybit USDT P&L: initial margin of 0.2 BTC at 7,000 with 10x = 140 USDT")
    void initialMarginIsEntryNotionalOverLeverage() {
        assertThat(PositionMargin.initialMargin(0.2, 7_000, 10)).isCloseTo(140, within(EPS));
    }

    @Test
    @DisplayName("Bybit Liquidation Price (USDT) Example 1: IM = 1 × 20,000 / 50 = 400, MM = 1 × 20,000 × 0.5 % = 100 USDT")
    void maintenanceMarginIsNotionalAtMarkTimesRate() {
        assertThat(PositionMargin.initialMargin(1, 20_000, 50)).isCloseTo(400, within(EPS));
        assertThat(PositionMargin.maintenanceMargin(1, 20_000, 0.005)).isCloseTo(100, within(EPS));
        assertThat(PositionMargin.notional(1, 20_000)).isCloseTo(20_000, within(EPS));
    }

    @Test
    @DisplayName("Bybit USDT P&L inverted: ROI 100/140 on Trader B's 10x long is reached at 7,500 (fees left out)")
    void longTargetPriceReproducesTheMarkThatEarnedTheRoi() {
        double roiPct = 100.0 / 140.0 * 100;

        assertThat(PositionMargin.targetPrice(Side.LONG, 7_000, 10, roiPct)).isCloseTo(7_500, within(1e-6));
    }

    @Test
    @DisplayName("Bybit USDT P&L inverted: Trader C's +400 on 0.4 BTC short at 6,000 is reached at 5,000 for any leverage")
    void shortTargetPriceReproducesTheMarkThatEarnedTheRoi() {
        // ROI = PnL / (Q·EP/L); price = EP·(1 − ROI/L) = EP − PnL/Q, so the leverage cancels.
        for (double leverage : new double[] {2, 10, 25}) {
            double roiPct = 400 / PositionMargin.initialMargin(0.4, 6_000, leverage) * 100;
            assertThat(PositionMargin.targetPrice(Side.SHORT, 6_000, leverage, roiPct)).isCloseTo(5_000, within(1e-6));
        }
    }

    @Test
    @DisplayName("BitMEX, 'Why does my leverage keep changing on Isolated Margin' "
            + "(https://support.bitmex.com/hc/en-gb/articles/6297560941341-Why-does-my-leverage-keep-changing-on-Isolated-Margin): "
            + "100 of value at 10x posts 10; after a loss of 5 equity is 5, the position is worth 95 and effective leverage 95/5 = 19x")
    void effectiveLeverageRisesAsALossEatsTheEquity() {
        double initialMargin = PositionMargin.initialMargin(1, 100, 10);
        double pnl = PositionMargin.unrealizedPnl(Side.LONG, 1, 100, 95);
        double equity = PositionMargin.equity(initialMargin, pnl);

        assertThat(PositionMargin.effectiveLeverage(PositionMargin.notional(1, 100), initialMargin)).isCloseTo(10, within(EPS));
        assertThat(equity).isCloseTo(5, within(EPS));
        assertThat(PositionMargin.effectiveLeverage(PositionMargin.notional(1, 95), equity)).isCloseTo(19, within(EPS));
    }

    @Test
    @DisplayName("Toobit, 'Liquidation Introduction of Perpetual Contract' "
            + "(https://support.toobit.com/hc/en-us/articles/14253344654105-Liquidation-Introduction-of-Perpetual-Contract): "
            + "isolated long 10 ETH at 1,500, 50x, MMR 1 %, mark 1,483 → margin ratio 150 / (300 − 170) = 115.38 %, liquidated")
    void marginRatioIsMaintenanceMarginOverEquity() {
        // Toobit evaluates the maintenance margin at the entry price.
        double maintenance = PositionMargin.maintenanceMargin(10, 1_500, 0.01);
        double equity = PositionMargin.equity(PositionMargin.initialMargin(10, 1_500, 50), PositionMargin.unrealizedPnl(Side.LONG, 10, 1_500, 1_483));

        assertThat(maintenance).isCloseTo(150, within(EPS));
        assertThat(equity).isCloseTo(130, within(EPS));
        assertThat(PositionMargin.marginRatio(maintenance, equity)).isCloseTo(1.1538, within(0.00005));
        assertThat(PositionMargin.liquidated(equity, maintenance)).isTrue();
        assertThat(PositionMargin.liquidated(PositionMargin.equity(300, 0), maintenance)).isFalse();
    }

    @Test
    @DisplayName("Binance futures calculator notes, 'ROE% = PnL / Initial Margin' (http://binance-register.co/en/issues/item/2641.html); "
            + "Binance Square example (https://bbapi.viigoo.eu.org/square/post/25495250851209): long 0.5 BTC at 60,000 with 20x "
            + "posts 1,500 and earns 500 at 61,000 → 33.33 %")
    void roiIsPnlOverInitialMargin() {
        double initialMargin = PositionMargin.initialMargin(0.5, 60_000, 20);
        double pnl = PositionMargin.unrealizedPnl(Side.LONG, 0.5, 60_000, 61_000);

        assertThat(initialMargin).isCloseTo(1_500, within(EPS));
        assertThat(pnl).isCloseTo(500, within(EPS));
        assertThat(PositionMargin.roi(pnl, initialMargin)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    @DisplayName("Bybit 'Margen de mantenimiento (Contratos de USDT)': 1 BTC at 10,000 with 50x posts 200 against 50 of maintenance "
            + "(MMR 0.5 %), so it opens healthy; at MMR 2 % = 1/50 the 200 posted is all maintenance and it opens liquidated")
    void positionOpensLiquidatedWhenTheRateReachesOneOverLeverage() {
        // https://help.bybit.com/hc/es/articles/900000182646-Margen-de-mantenimiento-Contratos-de-USDT-
        assertThat(PositionMargin.liquidated(PositionMargin.initialMargin(1, 10_000, 50), PositionMargin.maintenanceMargin(1, 10_000, 0.005)))
                .isFalse();
        assertThat(PositionMargin.liquidated(PositionMargin.initialMargin(1, 10_000, 50), PositionMargin.maintenanceMargin(1, 10_000, 0.02)))
                .isTrue();
    }

    @Test
    void shortCannotTargetMoreThanOneHundredPercentTimesLeverage() {
        // A 10x short makes at most 1000 % (price → 0); asking for exactly that needs a price of 0.
        assertRejected("roiPct", () -> PositionMargin.targetPrice(Side.SHORT, 100, 10, 1_000));
        assertRejected("roiPct", () -> PositionMargin.targetPrice(Side.LONG, 100, 10, -1_000));
    }

    @Test
    void rejectsArgumentsOutsideTheirDomain() {
        assertRejected("quantity", () -> PositionMargin.notional(0, 100));
        assertRejected("price", () -> PositionMargin.notional(1, -100));
        assertRejected("entryPrice", () -> PositionMargin.initialMargin(1, 0, 10));
        assertRejected("leverage", () -> PositionMargin.initialMargin(1, 100, 0));
        assertRejected("markPrice", () -> PositionMargin.unrealizedPnl(Side.LONG, 1, 100, Double.NaN));
        assertRejected("maintenanceRate", () -> PositionMargin.maintenanceMargin(1, 100, 1.0));
        assertRejected("maintenanceRate", () -> PositionMargin.maintenanceMargin(1, 100, -0.001));
        assertRejected("roiPct", () -> PositionMargin.targetPrice(Side.LONG, 100, 10, Double.NaN));
        assertRejected("leverage", () -> PositionMargin.targetPrice(Side.LONG, 100, -2, 10));
        assertRejected("equity", () -> PositionMargin.effectiveLeverage(100, 0));
        assertRejected("equity", () -> PositionMargin.marginRatio(1, -5));
        assertRejected("initialMargin", () -> PositionMargin.roi(10, 0));
        assertRejected("unrealizedPnl", () -> PositionMargin.equity(10, Double.NaN));
    }
}
