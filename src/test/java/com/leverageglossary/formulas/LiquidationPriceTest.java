package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LiquidationPriceTest {

    @Nested
    class Linear {

        @Test
        @DisplayName("Bybit 'Bankruptcy Price (USDT Contract)': 1 BTC long at 10,000 USDT, 50x → 10,000 × (1 − 2 %) = 9,800 "
                + "(https://www.bybitx.global/fil-PH/help-center/search-result?page=46&pageSize=10&query=trade)")
        void longBankruptcyPriceIsEntryTimesOneMinusInitialMarginRate() {
            double margin = LiquidationPrice.linearMargin(1, 10_000, 50);

            assertThat(margin).isCloseTo(200, within(1e-9));
            assertThat(LiquidationPrice.linearBankruptcy(Side.LONG, 1, 10_000, margin).getAsDouble())
                    .isCloseTo(9_800, within(1e-9));
        }

        @Test
        @DisplayName("Bybit 'Bankruptcy Price (USDT Contract)' short formula, entry × (1 + IMR), on the same 1 BTC at 10,000, 50x → 10,200")
        void shortBankruptcyPriceIsEntryTimesOnePlusInitialMarginRate() {
            assertThat(LiquidationPrice.linearBankruptcy(Side.SHORT, 1, 10_000, 200).getAsDouble())
                    .isCloseTo(10_200, within(1e-9));
        }

        @Test
        @DisplayName("Bybit 'Liquidation Price (USDT Contract)' Example 1 (1 BTC long at 20,000, 50x, MMR 0.5 % → 19,700) "
                + "is the bankruptcy price of the margin left after Bybit's entry maintenance margin (400 − 100)")
        void bybitEntryConventionIsBankruptcyOfMarginNetOfEntryMaintenance() {
            // https://testnet.bybit.com/en-US/help-center/s/article/Liquidation-Price-USDT-Contract
            assertThat(LiquidationPrice.linearBankruptcy(Side.LONG, 1, 20_000, 400 - 100).getAsDouble())
                    .isCloseTo(19_700, within(1e-9));
            // Old Bybit page, short 1 BTC at 8,000 with 40x, MMR 0.5 % → 8,000 × (1 + 2.5 % − 0.5 %) = 8,160
            // (https://help.bybit.com/hc/en-us/articles/900000181046-Liquidation-Price-USDT-Contract-).
            assertThat(LiquidationPrice.linearBankruptcy(Side.SHORT, 1, 8_000, 200 - 40).getAsDouble())
                    .isCloseTo(8_160, within(1e-9));
        }

        @Test
        @DisplayName("Phemex 'Liq price for USDT-M' isolated long: size 500, price 0.4, 5x, MMR 1 %, taker 0.06 % → 0.3232… "
                + "(https://phemex.com/help-center/liq-price-for-USDTM)")
        void longLiquidationPriceMatchesPhemexWorkedExample() {
            // Phemex charges the closing fee at the liquidation price, so it enters exactly like extra
            // maintenance rate: (OpenValue − assignedPosBalance) / (1 − 0.0006 − MMR) / size.
            double assignedPosBalance = 200.0 / 5 + (200 - 200.0 / 5) * 0.0006; // 40.096, as on the page

            double lp = LiquidationPrice.linear(Side.LONG, 500, 0.4, assignedPosBalance, 0.01 + 0.0006, 0).getAsDouble();

            assertThat(lp).isBetween(0.3232, 0.3233);
        }

        @Test
        @DisplayName("Phemex 'Liq price for USDT-M' short formula (OpenValue + assignedPosBalance) / (1.0006 + MMR) / size "
                + "on the same 500 × 0.4, 5x position → 0.47525…")
        void shortLiquidationPriceMatchesPhemexFormula() {
            double assignedPosBalance = 200.0 / 5 + (200 + 200.0 / 5) * 0.0006; // close fee at the short's bankruptcy value 240
            double expected = (200 + assignedPosBalance) / (1.0006 + 0.01) / 500;

            double lp = LiquidationPrice.linear(Side.SHORT, 500, 0.4, assignedPosBalance, 0.01 + 0.0006, 0).getAsDouble();

            assertThat(lp).isCloseTo(expected, within(1e-12));
            assertThat(lp).isCloseTo(0.47525, within(0.00001));
        }

        @Test
        @DisplayName("Binance USDⓈ-M FAQ: at the liquidation price equity equals maintenance margin = notional × MMR − "
                + "maintenance amount (BTCUSDT 500,000 USDT notional: MMR 1 %, amount 1,300; "
                + "https://www.binance.com/en/support/faq/how-to-calculate-liquidation-price-of-usd%E2%93%A2-m-futures-contracts-b3c689c1f50a44cabb3a84e663b81d93)")
        void equityEqualsMaintenanceMarginAtTheLiquidationPrice() {
            double quantity = 10;
            double entry = 50_000;
            double margin = LiquidationPrice.linearMargin(quantity, entry, 20);
            for (Side side : Side.values()) {
                double lp = LiquidationPrice.linear(side, quantity, entry, margin, 0.01, 1_300).getAsDouble();
                double equity = margin + side.sign() * quantity * (lp - entry);
                double maintenance = MaintenanceMargin.linear(quantity, lp, 0.01, 1_300);

                assertThat(equity).as(side.name()).isCloseTo(maintenance, within(1e-6));
            }
            // The closed form of the same example, for the record: (25,000 + 1,300 − 500,000) / (10 × 0.01 − 10).
            assertThat(LiquidationPrice.linear(Side.LONG, quantity, entry, margin, 0.01, 1_300).getAsDouble())
                    .isCloseTo(473_700 / 9.9, within(1e-6));
        }

        @Test
        void longLiquidationPriceIsBelowEntryAndAboveBankruptcy() {
            // Same Bybit example position (1 BTC at 20,000, 50x) under the Binance convention (MM at the liquidation price).
            double lp = LiquidationPrice.linear(Side.LONG, 1, 20_000, 400, 0.005, 0).getAsDouble();
            double bankruptcy = LiquidationPrice.linearBankruptcy(Side.LONG, 1, 20_000, 400).getAsDouble();

            assertThat(lp).isLessThan(20_000).isGreaterThan(bankruptcy);
            assertThat(LiquidationPrice.distancePct(20_000, lp)).isNegative();
        }

        @Test
        void fullyCollateralisedLongHasNoLiquidationPrice() {
            // Javadoc contract: a 1x long with its whole notional posted is never liquidated at a positive price.
            assertThat(LiquidationPrice.linear(Side.LONG, 1, 100, 100, 0.005, 0)).isEmpty();
            assertThat(LiquidationPrice.linearBankruptcy(Side.LONG, 1, 100, 100)).isEmpty();
        }

        @Test
        void longAtMaintenanceRateOfOneOverLeverageIsLiquidatedOnEntry() {
            // the calculator contract: "a linear long whose maintenance rate is at or above 1/leverage is liquidated on entry".
            assertRejected("maintenanceRate", () -> LiquidationPrice.linear(Side.LONG, 1, 10_000, 200, 0.02, 0));
            assertRejected("maintenanceRate", () -> LiquidationPrice.linear(Side.LONG, 1, 10_000, 200, 0.03, 0));
        }

        @Test
        void shortAtMaintenanceRateOfOneOverLeverageIsLiquidatedOnEntry() {
            assertRejected("maintenanceRate", () -> LiquidationPrice.linear(Side.SHORT, 1, 10_000, 200, 0.02, 0));
        }

        @Test
        void rejectsArgumentsOutsideTheirDomain() {
            assertRejected("quantity", () -> LiquidationPrice.linear(Side.LONG, 0, 100, 10, 0.005, 0));
            assertRejected("entryPrice", () -> LiquidationPrice.linear(Side.LONG, 1, -100, 10, 0.005, 0));
            assertRejected("margin", () -> LiquidationPrice.linear(Side.LONG, 1, 100, 0, 0.005, 0));
            assertRejected("margin", () -> LiquidationPrice.linear(Side.LONG, 1, 100, Double.NaN, 0.005, 0));
            assertRejected("maintenanceRate", () -> LiquidationPrice.linear(Side.LONG, 1, 100, 10, 1.0, 0));
            assertRejected("maintenanceRate", () -> LiquidationPrice.linear(Side.LONG, 1, 100, 10, -0.001, 0));
            assertRejected("maintenanceAmount", () -> LiquidationPrice.linear(Side.LONG, 1, 100, 10, 0.005, -1));
            assertRejected("leverage", () -> LiquidationPrice.linearMargin(1, 100, 0));
            assertRejected("entryPrice", () -> LiquidationPrice.distancePct(0, 100));
        }
    }

    @Nested
    class Inverse {

        @Test
        @DisplayName("Bybit 'Initial Margin (Inverse Contract)': 12,000 BTCUSD contracts at 8,000 with 50x → 12,000 / (8,000 × 50) = 0.03 BTC")
        void inverseMarginIsContractsOverEntryTimesLeverage() {
            // https://www.bybitx.global/fil-PH/help-center/search-result?page=46&pageSize=10&query=trade
            assertThat(LiquidationPrice.inverseMargin(12_000, 8_000, 50)).isCloseTo(0.03, within(1e-12));
        }

        @Test
        @DisplayName("MCS 'Bankruptcy Price': isolated long = entry × L / (L + 1); Bybit's example inputs 8,000 USD at 50x → 7,843.14 "
                + "(https://help.mcs.io/hc/en-us/articles/360040683032-Bankruptcy-Price)")
        void inverseLongBankruptcyPrice() {
            double margin = LiquidationPrice.inverseMargin(10_000, 8_000, 50);

            assertThat(LiquidationPrice.inverseBankruptcy(Side.LONG, 10_000, 8_000, margin).getAsDouble())
                    .isCloseTo(8_000.0 * 50 / 51, within(1e-9))
                    .isCloseTo(7_843.14, within(0.005));
        }
        @Test
        @DisplayName("MCS 'Bankruptcy Price': isolated short = entry × L / (L − 1); 8,000 USD at 50x → 8,163.27")
        void inverseShortBankruptcyPrice() {
            double margin = LiquidationPrice.inverseMargin(10_000, 8_000, 50);

            OptionalDouble bankruptcy = LiquidationPrice.inverseBankruptcy(Side.SHORT, 10_000, 8_000, margin);

            assertThat(bankruptcy).isPresent();
            assertThat(bankruptcy.getAsDouble()).isCloseTo(8_000.0 * 50 / 49, within(1e-9)).isCloseTo(8_163.27, within(0.005));
        }

        @Test
        @DisplayName("Bybit 'Liquidation Price Calculation under Isolated Mode (UTA)', inverse long = Q(1 + MMR) / (Q/EP + Q/EP/L + MM deduction); "
                + "the page's example inputs 60,000 USD at 50,000, 10x, MMR 0.5 % → 45,681.82 "
                + "(https://www.kbybit.com/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account)")
        void inverseLongLiquidationPriceMatchesBybitFormula() {
            double margin = LiquidationPrice.inverseMargin(60_000, 50_000, 10); // 0.12 BTC, as on the page

            double lp = LiquidationPrice.inverse(Side.LONG, 60_000, 50_000, margin, 0.005, 0).getAsDouble();

            assertThat(margin).isCloseTo(0.12, within(1e-12));
            assertThat(lp).isCloseTo(60_000 * 1.005 / (1.2 + 0.12), within(1e-6)).isCloseTo(45_681.82, within(0.005));
        }
        @Test
        @DisplayName("Bybit UTA isolated inverse short = Q(1 − MMR) / (Q/EP − Q/EP/L − MM deduction); 60,000 USD at 50,000, 10x, "
                + "MMR 0.5 % → 55,277.78")
        void inverseShortLiquidationPriceMatchesBybitFormula() {
            double margin = LiquidationPrice.inverseMargin(60_000, 50_000, 10);

            OptionalDouble lp = LiquidationPrice.inverse(Side.SHORT, 60_000, 50_000, margin, 0.005, 0);

            assertThat(lp).isPresent();
            assertThat(lp.getAsDouble()).isCloseTo(60_000 * 0.995 / (1.2 - 0.12), within(1e-6)).isCloseTo(55_277.78, within(0.005));
        }

        @Test
        @DisplayName("Binance COIN-M FAQ: at the liquidation price the coin equity M + Q(1/EP − 1/LP) equals Q·MMR/LP − cum (long)")
        void longEquityEqualsMaintenanceMarginAtTheLiquidationPrice() {
            double q = 60_000;
            double entry = 50_000;
            double margin = LiquidationPrice.inverseMargin(q, entry, 10);
            double cum = 0.001;

            double lp = LiquidationPrice.inverse(Side.LONG, q, entry, margin, 0.005, cum).getAsDouble();

            assertThat(margin + InverseContract.unrealizedPnl(Side.LONG, q, entry, lp))
                    .isCloseTo(MaintenanceMargin.inverse(q, lp, 0.005, cum), within(1e-12));
            assertThat(lp).isLessThan(entry).isGreaterThan(LiquidationPrice.inverseBankruptcy(Side.LONG, q, entry, margin).getAsDouble());
        }
        @Test
        @DisplayName("Binance COIN-M FAQ: at the liquidation price the coin equity M + Q(1/LP − 1/EP) equals Q·MMR/LP − cum (short)")
        void shortEquityEqualsMaintenanceMarginAtTheLiquidationPrice() {
            double q = 60_000;
            double entry = 50_000;
            double margin = LiquidationPrice.inverseMargin(q, entry, 10);

            OptionalDouble lp = LiquidationPrice.inverse(Side.SHORT, q, entry, margin, 0.005, 0);

            assertThat(lp).isPresent();
            assertThat(margin + InverseContract.unrealizedPnl(Side.SHORT, q, entry, lp.getAsDouble()))
                    .isCloseTo(MaintenanceMargin.inverse(q, lp.getAsDouble(), 0.005, 0), within(1e-12));
            assertThat(lp.getAsDouble()).isGreaterThan(entry);
        }

        @Test
        void oneTimesInverseShortIsNeverLiquidated() {
            // A 1x inverse short posts Q/EP coins: its USD value is hedged, so no positive price liquidates it.
            double margin = LiquidationPrice.inverseMargin(10_000, 8_000, 1);

            assertThat(LiquidationPrice.inverse(Side.SHORT, 10_000, 8_000, margin, 0.005, 0)).isEmpty();
        }

        @Test
        void longAtMaintenanceRateOfOneOverLeverageIsLiquidatedOnEntry() {
            // LP = EP(1 + MMR)/(1 + 1/L) ≥ EP exactly when MMR ≥ 1/L.
            double margin = LiquidationPrice.inverseMargin(10_000, 8_000, 50);

            assertRejected("maintenanceRate", () -> LiquidationPrice.inverse(Side.LONG, 10_000, 8_000, margin, 0.02, 0));
        }

        @Test
        void rejectsArgumentsOutsideTheirDomain() {
            assertRejected("contractValueUsd", () -> LiquidationPrice.inverse(Side.LONG, 0, 8_000, 0.1, 0.005, 0));
            assertRejected("entryPrice", () -> LiquidationPrice.inverse(Side.LONG, 10_000, 0, 0.1, 0.005, 0));
            assertRejected("marginCoin", () -> LiquidationPrice.inverse(Side.LONG, 10_000, 8_000, -0.1, 0.005, 0));
            assertRejected("maintenanceRate", () -> LiquidationPrice.inverse(Side.LONG, 10_000, 8_000, 0.1, 1.5, 0));
            assertRejected("maintenanceAmountCoin", () -> LiquidationPrice.inverse(Side.LONG, 10_000, 8_000, 0.1, 0.005, Double.NaN));
            assertRejected("contractValueUsd", () -> LiquidationPrice.inverseMargin(-1, 8_000, 10));
            assertRejected("leverage", () -> LiquidationPrice.inverseMargin(10_000, 8_000, 0));
        }
    }
}
