package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MaintenanceTiersTest {

    /**
     * Binance's BTCUSDT 125x perpetual brackets, "Updates to Leverage and Margin Tiers of Binance Futures Contracts
     * (2021-03-18)", https://www.binance.com/tr/support/announcement/86cf9aa472574b8cb2e05bb751c2a9a6.
     */
    static final double[] BINANCE_BTCUSDT_CAPS = {50_000, 250_000, 1_000_000, 10_000_000, 20_000_000, 50_000_000,
            100_000_000, 200_000_000, 300_000_000, 500_000_000};
    static final double[] BINANCE_BTCUSDT_RATES = {0.004, 0.005, 0.01, 0.025, 0.05, 0.10, 0.125, 0.15, 0.25, 0.50};

    static MaintenanceTiers binanceBtcusdt() {
        return MaintenanceTiers.of(BINANCE_BTCUSDT_CAPS, BINANCE_BTCUSDT_RATES);
    }

    @Nested
    class Amounts {

        @Test
        @DisplayName("Binance USDⓈ-M FAQ: 'Maintenance Amount on Level n = 250,000 × (1 % − 0.5 %) + 50 USDT = 1,300 USDT', and a "
                + "500,000 USDT BTCUSDT position has maintenance amount 1,300 "
                + "(https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93)")
        void amountOfEachBracketFollowsTheCumulativeRule() {
            MaintenanceTiers tiers = binanceBtcusdt();

            assertThat(tiers.brackets().get(1).amount()).isCloseTo(50, within(1e-9));
            assertThat(tiers.brackets().get(2).amount()).isCloseTo(250_000 * (0.01 - 0.005) + 50, within(1e-9)).isCloseTo(1_300, within(1e-9));
            assertThat(tiers.bracketFor(500_000).amount()).isCloseTo(1_300, within(1e-9));
        }

        @Test
        @DisplayName("The whole BTCUSDT table of 2021-03-18 gives the cum values Binance's own calculator used at the time: "
                + "0, 50, 1,300, 16,300, 266,300, 1,266,300, 2,516,300, 5,016,300, 25,016,300, 100,016,300 "
                + "(https://gist.github.com/highfestiva/b71e76f51eed84d56c1be8ebbcc286b5, read from Binance's features*.js on 2021-03-26)")
        void binanceBtcusdtTableHasThePublishedAmounts() {
            assertThat(binanceBtcusdt().brackets()).extracting(MaintenanceBracket::amount)
                    .usingComparatorForType((a, b) -> Math.abs(a - b) < 1e-6 ? 0 : Double.compare(a, b), Double.class)
                    .containsExactly(0.0, 50.0, 1_300.0, 16_300.0, 266_300.0, 1_266_300.0, 2_516_300.0, 5_016_300.0, 25_016_300.0, 100_016_300.0);
        }

        @Test
        @DisplayName("Binance's ZEC/USDT brackets as its API returned them (cum 0, 750, 4,500, 17,000, 29,500, 154,500, 654,500), "
                + "recorded in freqtrade's test_fill_leverage_tiers_binance (github.com/freqtrade/freqtrade, tests/exchange/test_binance.py)")
        void binanceApiCumValuesFollowTheRule() {
            MaintenanceTiers zec = MaintenanceTiers.of(new double[] {50_000, 150_000, 250_000, 500_000, 1_000_000, 2_000_000, 30_000_000},
                    new double[] {0.01, 0.025, 0.05, 0.1, 0.125, 0.25, 0.5});

            assertThat(zec.brackets()).extracting(MaintenanceBracket::amount)
                    .usingComparatorForType((a, b) -> Math.abs(a - b) < 1e-6 ? 0 : Double.compare(a, b), Double.class)
                    .containsExactly(0.0, 750.0, 4_500.0, 17_000.0, 29_500.0, 154_500.0, 654_500.0);
        }

        @Test
        @DisplayName("Pionex, 'Maintenance Margin' (https://www.pionex.com/blog/maintenance-margin/): BTCUSDT risk levels with margin "
                + "amounts 0, 750, 8,250, 58,250; 10 BTC at 20,000 → 200,000 × 1 % − 750 = 1,250, the same as 150,000 × 0.5 % + 50,000 × 1 %")
        void marginIsTheSumOverBracketsOfEachSlice() {
            MaintenanceTiers pionex = MaintenanceTiers.of(new double[] {150_000, 500_000, 2_000_000, 5_000_000},
                    new double[] {0.005, 0.01, 0.025, 0.05});

            assertThat(pionex.brackets()).extracting(MaintenanceBracket::amount).containsExactly(0.0, 750.0, 8_250.0, 58_250.0);
            assertThat(pionex.maintenanceMargin(10 * 20_000)).isCloseTo(1_250, within(1e-9))
                    .isCloseTo(150_000 * 0.005 + 50_000 * 0.01, within(1e-9));
        }
    }

    @Nested
    class Lookup {

        @Test
        @DisplayName("Binance USDⓈ-M FAQ: a 264,000 USDT BTCUSDT position has maintenance margin rate 1 %; a cap belongs to its own bracket "
                + "('50,000 < Position ≤ 250,000')")
        void bracketHoldsNotionalsUpToAndIncludingItsCap() {
            MaintenanceTiers tiers = binanceBtcusdt();

            assertThat(tiers.bracketFor(264_000).rate()).isEqualTo(0.01);
            assertThat(tiers.bracketFor(50_000).number()).isEqualTo(1);
            assertThat(tiers.bracketFor(50_000.01).number()).isEqualTo(2);
            assertThat(tiers.bracketFor(500_000_000).number()).isEqualTo(10);
        }

        @Test
        void notionalBeyondTheLastCapIsRefusedNamingTheTiers() {
            assertThatThrownBy(() -> binanceBtcusdt().bracketFor(500_000_001))
                    .isInstanceOfSatisfying(FormulaDomainException.class, e -> assertThat(e.parameter()).isEqualTo("tiers"))
                    .hasMessageContaining("end at 500000000");
        }

        @Test
        void flatTableHasOneBracketWithoutACap() {
            MaintenanceTiers flat = MaintenanceTiers.flat(0.005, 20);

            assertThat(flat.bracketFor(1e14)).isEqualTo(new MaintenanceBracket(1, 0, Double.POSITIVE_INFINITY, 0.005, 20));
            assertThat(flat.maintenanceMargin(10_000)).isCloseTo(30, within(1e-12));
        }
    }

    @Nested
    class Validation {

        @Test
        void capsMustRiseStrictly() {
            assertRejected("tiers", () -> MaintenanceTiers.of(new double[] {50_000, 50_000}, new double[] {0.004, 0.005}));
            assertRejected("tiers", () -> MaintenanceTiers.of(new double[] {50_000, 40_000}, new double[] {0.004, 0.005}));
            assertRejected("tiers", () -> MaintenanceTiers.of(new double[] {0}, new double[] {0.004}));
            assertRejected("tiers", () -> MaintenanceTiers.of(new double[] {Double.NaN}, new double[] {0.004}));
        }

        @Test
        void ratesMustLieInZeroToOneAndNeverFall() {
            assertRejected("tiers", () -> MaintenanceTiers.of(new double[] {50_000}, new double[] {1.0}));
            assertRejected("tiers", () -> MaintenanceTiers.of(new double[] {50_000}, new double[] {-0.001}));
            assertRejected("tiers", () -> MaintenanceTiers.of(new double[] {50_000, 60_000}, new double[] {0.005, 0.004}));
            assertThat(MaintenanceTiers.of(new double[] {50_000, 60_000}, new double[] {0.005, 0.005}).brackets()).hasSize(2);
        }

        @Test
        void aTableNeedsOneRatePerCapAndAtLeastOneBracket() {
            assertRejected("tiers", () -> MaintenanceTiers.of(new double[] {50_000, 60_000}, new double[] {0.005}));
            assertRejected("tiers", () -> MaintenanceTiers.of(new double[] {}, new double[] {}));
        }

        @Test
        void flatRateAndAmountAreChecked() {
            assertRejected("maintenanceRate", () -> MaintenanceTiers.flat(1.0, 0));
            assertRejected("maintenanceAmount", () -> MaintenanceTiers.flat(0.005, -1));
            assertRejected("notional", () -> MaintenanceTiers.flat(0.005, 0).bracketFor(0));
        }
    }

    @Nested
    class LiquidationBracket {
        private final MaintenanceTiers issueExample = MaintenanceTiers.of(new double[] {50_000, 600_000, 3_000_000},
                new double[] {0.004, 0.005, 0.0065});

        @Test
        @DisplayName("Binance USDⓈ-M FAQ example, isolated: WB 1,535,443.01, 109.488 BTC long at 32,481.98 → 18,778.73, in the "
                + "2.5 % bracket with cum 16,300, which holds the notional at that price (inputs and result as freqtrade's "
                + "test_liquidation_price_binance, github.com/freqtrade/freqtrade, records them 'from calc example')")
        void bracketAtTheLiquidationPriceIsTheOneThatHoldsItsNotional() {
            TieredLiquidation result = LiquidationPrice.linear(Side.LONG, 109.488, 32_481.98, 1_535_443.01, binanceBtcusdt());

            assertThat(result.price().getAsDouble()).isCloseTo(18_778.73, within(0.005));
            assertThat(result.bracket()).hasValueSatisfying(b -> {
                assertThat(b.number()).isEqualTo(4);
                assertThat(b.rate()).isEqualTo(0.025);
                assertThat(b.amount()).isCloseTo(16_300, within(1e-6));
            });
        }

        @Test
        void bracketCanDifferBetweenEntryAndLiquidation() {
            // 4.5 BTC at 60,000 is 270,000 of notional (1 %), but at ~54,260 it is ~244,000: the 0.5 % bracket applies.
            TieredLiquidation result = LiquidationPrice.linear(Side.LONG, 4.5, 60_000, 27_000, binanceBtcusdt());

            assertThat(binanceBtcusdt().bracketFor(4.5 * 60_000).number()).isEqualTo(3);
            assertThat(result.bracket().orElseThrow().number()).isEqualTo(2);
            assertThat(result.price().getAsDouble()).isCloseTo((27_000 + 50 - 270_000) / (4.5 * 0.005 - 4.5), within(1e-9));
        }

        @Test
        void twoBracketsHoldALiquidationPriceExactlyAtACapAndTheLowerOneIsKept() {
            // Margin 5,200 on 1 BTC at 55,000 puts equity = maintenance margin at exactly 50,000, the first cap:
            // (5,200 − 55,000) / (0.004 − 1) = (5,200 + 50 − 55,000) / (0.005 − 1) = 50,000.
            MaintenanceTiers tiers = binanceBtcusdt();
            DoubleBinaryOperator solve = (rate, amount) -> (5_200 + amount - 55_000) / (rate - 1);

            assertThat(solve.applyAsDouble(0.004, 0)).isCloseTo(50_000, within(1e-9));
            assertThat(solve.applyAsDouble(0.005, 50)).isCloseTo(50_000, within(1e-9));
            TieredLiquidation result = LiquidationPrice.linear(Side.LONG, 1, 55_000, 5_200, tiers);
            assertThat(result.bracket().orElseThrow().number()).isEqualTo(1);
            assertThat(result.price().getAsDouble()).isCloseTo(50_000, within(1e-9));
        }

        @Test
        void noBracketHoldsAPositivePriceWhenNothingLiquidatesThePosition() {
            TieredLiquidation result = LiquidationPrice.linear(Side.LONG, 10, 58_000, 580_000, issueExample);

            assertThat(result.price()).isEmpty();
            assertThat(result.bracket()).isEmpty();
        }

        @Test
        void shortWhoseNotionalAtLiquidationPassesTheLastCapIsRefusedNamingTheTiers() {
            // 50 BTC at 58,000 is 2.9 M, inside the last cap; at 10x the short is liquidated near 63,400, at 3.17 M.
            double margin = LiquidationPrice.linearMargin(50, 58_000, 10);

            assertThatThrownBy(() -> LiquidationPrice.linear(Side.SHORT, 50, 58_000, margin, issueExample))
                    .isInstanceOfSatisfying(FormulaDomainException.class, e -> assertThat(e.parameter()).isEqualTo("tiers"))
                    .hasMessageContaining("at its liquidation price");
        }

        @Test
        void positionBeyondTheLastCapAtEntryIsRefusedNamingTheTiers() {
            assertRejected("tiers", () -> LiquidationPrice.linear(Side.LONG, 60, 58_000, 348_000, issueExample));
        }

        @Test
        void tiersThatAskMoreThanTheMarginAtEntryAreNamedAsTheCause() {
            // 100 BTC at 50,000 sits in the 2.5 % bracket, whose 108,700 of maintenance margin exceeds 50,000 posted (100x).
            assertRejected("tiers", () -> LiquidationPrice.linear(Side.LONG, 100, 50_000, 50_000, binanceBtcusdt()));
            assertRejected("maintenanceRate", () -> LiquidationPrice.linear(Side.LONG, 100, 50_000, 50_000, MaintenanceTiers.flat(0.025, 0)));
        }

        @Test
        void inverseTiersCountNotionalInCoinAtTheLiquidationPrice() {
            // 10,000,000 USD of contracts at 50,000 is 200 BTC; at 5x the long is liquidated near 42,000, at ~238 BTC.
            MaintenanceTiers coinTiers = MaintenanceTiers.of(new double[] {100, 250, 1_000}, new double[] {0.005, 0.01, 0.025});
            double margin = LiquidationPrice.inverseMargin(10_000_000, 50_000, 5);

            TieredLiquidation result = LiquidationPrice.inverse(Side.LONG, 10_000_000, 50_000, margin, coinTiers);

            double lp = result.price().getAsDouble();
            MaintenanceBracket bracket = result.bracket().orElseThrow();
            assertThat(bracket.number()).isEqualTo(2);
            assertThat(10_000_000 / lp).isBetween(100.0, 250.0);
            // At the liquidation price, coin equity equals the tiered maintenance margin in coin.
            assertThat(margin + InverseContract.unrealizedPnl(Side.LONG, 10_000_000, 50_000, lp))
                    .isCloseTo(coinTiers.maintenanceMargin(10_000_000 / lp), within(1e-9));
        }
    }
}
