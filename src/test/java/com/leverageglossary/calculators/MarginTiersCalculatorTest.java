package com.leverageglossary.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tiered maintenance margin and cross margin through the {@code liquidation-price} and {@code position-margin}
 * declarations: the inputs, the bracket outputs, and every error naming its field. The expected figures are the
 * formula tests' published examples (MaintenanceTiersTest, CrossMarginTest), here reached through query strings.
 */
class MarginTiersCalculatorTest {
    private static final CalculatorRegistry REGISTRY = CalculatorRegistry.standard();
    private static final String BINANCE_TABLE = MaintenanceTierFields.BINANCE_BTCUSDT_2021_03_18;

    @Nested
    class LiquidationPriceTiers {

        @Test
        void bracketPresetLiquidatesInTheBracketBelowTheEntrysOne() {
            Calculator calculator = REGISTRY.find("liquidation-price").orElseThrow();
            Preset preset = calculator.presets().get(0);
            Map<String, List<String>> query = new LinkedHashMap<>();
            preset.values().forEach((name, value) -> query.put(name, List.of(value)));

            Map<String, Object> out = calculator.evaluate(query).result().outputs();

            assertThat(preset.source().asOf()).isEqualTo("2021-03-18");
            assertThat(out.get("bracket")).isEqualTo(2.0);
            assertThat((Double) out.get("bracket_rate_pct")).isCloseTo(0.5, within(1e-12));
            assertThat((Double) out.get("bracket_amount")).isCloseTo(50, within(1e-9));
            assertThat((Double) out.get("liquidation_price")).isCloseTo((27_000 + 50 - 270_000) / (4.5 * 0.005 - 4.5), within(1e-6));
        }

        @Test
        @DisplayName("Binance FAQ example, isolated, through the calculator: 109.488 BTC at 32,481.98 on 1,535,443.01 → 18,778.73 in bracket 4")
        void publishedExampleThroughTheQueryString() {
            Evaluation evaluation = run("liquidation-price", "entry_price=32481.98&quantity=109.488&margin=1535443.01&tiers=" + BINANCE_TABLE);

            Map<String, Object> out = evaluation.result().outputs();
            assertThat((Double) out.get("liquidation_price")).isCloseTo(18_778.73, within(0.005));
            assertThat(out.get("bracket")).isEqualTo(4.0);
            assertThat((Double) out.get("bracket_amount")).isCloseTo(16_300, within(1e-6));
            assertThat((Double) out.get("maintenance_margin_at_liquidation"))
                    .isCloseTo(109.488 * (Double) out.get("liquidation_price") * 0.025 - 16_300, within(1e-6));
            assertThat(evaluation.result().work()).contains("N = 109.488 × 18,778.73 = 2,056,045.14 quote currency",
                    "cum_n = 1,300.00 + 1,000,000.00 × (2.50\u00a0% − 1.00\u00a0%) = 16,300.00 quote currency");
            assertThat(evaluation.result().notes()).anyMatch(n -> n.contains("tiers set the maintenance rate and amount"))
                    .anyMatch(n -> n.startsWith("At the liquidation price the notional, 2,056,045.14 quote currency, lies in bracket 4 of 10 "
                            + "(above 1,000,000.00, up to 10,000,000.00): maintenance rate 2.50\u00a0%, amount 16,300.00 (cum_n with n = 4)."));
        }

        @Test
        void withoutTiersThereIsNoBracketNumberButTheFlatRateIsShown() {
            Evaluation evaluation = run("liquidation-price", "entry_price=60000&quantity=0.5&leverage=10&maintenance_amount=5");

            Map<String, Object> out = evaluation.result().outputs();
            assertThat(out.get("bracket")).isNull();
            assertThat((Double) out.get("bracket_rate_pct")).isCloseTo(0.5, within(1e-12));
            assertThat((Double) out.get("bracket_amount")).isEqualTo(5.0);
            assertThat(evaluation.result().notes()).anyMatch(n -> n.contains("no bracket number"));
        }

        @Test
        void capsThatDoNotRiseAreRefusedNamingTheTiers() {
            assertThat(run("liquidation-price", "entry_price=60000&quantity=0.5&leverage=10&tiers=50000:0.4,50000:0.5").errorFor("tiers"))
                    .contains("rise strictly");
            assertThat(run("liquidation-price", "entry_price=60000&quantity=0.5&leverage=10&tiers=0:0.4").errorFor("tiers"))
                    .contains("greater than 0");
        }

        @Test
        void ratesOutOfRangeOrFallingAreRefusedNamingTheTiers() {
            assertThat(run("liquidation-price", "entry_price=60000&quantity=0.5&leverage=10&tiers=50000:100").errorFor("tiers"))
                    .contains("below 100 %");
            assertThat(run("liquidation-price", "entry_price=60000&quantity=0.5&leverage=10&tiers=50000:-1").errorFor("tiers"))
                    .isNotNull();
            assertThat(run("liquidation-price", "entry_price=60000&quantity=0.5&leverage=10&tiers=10000:0.5,50000:0.4").errorFor("tiers"))
                    .contains("never fall");
        }

        @Test
        void positionBeyondTheLastCapIsRefusedNamingTheTiers() {
            Evaluation atEntry = run("liquidation-price", "entry_price=60000&quantity=1&leverage=10&tiers=50000:0.4");
            Evaluation atLiquidation = run("liquidation-price", "side=short&entry_price=58000&quantity=50&leverage=10&tiers=50000:0.4,600000:0.5,3000000:0.65");

            assertThat(atEntry.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("tiers"));
            assertThat(atEntry.errorFor("tiers")).contains("notional of 60000");
            assertThat(atLiquidation.errorFor("tiers")).contains("at its liquidation price");
        }

        @Test
        void tiersThatLiquidateOnEntryAreNamed() {
            assertThat(run("liquidation-price", "entry_price=50000&quantity=100&leverage=100&tiers=" + BINANCE_TABLE).errorFor("tiers"))
                    .contains("liquidated on entry");
        }

        @Test
        void inverseTiersCountInTheCoin() {
            Calculator calculator = REGISTRY.find("liquidation-price").orElseThrow();
            Evaluation evaluation = run("liquidation-price", "contract=inverse&entry_price=50000&quantity=10000000&leverage=5&tiers=100:0.5,250:1,1000:2.5");

            assertThat(evaluation.result().outputs().get("bracket")).isEqualTo(2.0);
            assertThat((Double) evaluation.result().outputs().get("bracket_amount")).isCloseTo(0.5, within(1e-12));
            Map<String, List<String>> inverse = Map.of("contract", List.of("inverse"));
            assertThat(calculator.outputsFor(inverse)).filteredOn(o -> o.name().equals("bracket_amount"))
                    .singleElement().satisfies(o -> assertThat(o.unit()).isEqualTo("coin"));
            assertThat(calculator.inputsFor(inverse)).filteredOn(i -> i.name().equals("tiers"))
                    .singleElement().satisfies(i -> assertThat(i.unit()).startsWith("coin"));
        }
    }

    @Nested
    class LiquidationPriceCross {
        private static final String BINANCE_BTC = "margin_mode=cross&entry_price=32481.98&quantity=109.488&wallet_balance=1535443.01"
                + "&other_maintenance_margin=356512.508&other_unrealized_pnl=-448192.89";

        @Test
        @DisplayName("Binance FAQ cross example through the calculator: BTCUSDT → 26,316.89 with the other position's TMM1 and UPNL1")
        void publishedCrossExample() {
            Evaluation evaluation = run("liquidation-price", BINANCE_BTC + "&maintenance_margin_pct=2.5&maintenance_amount=16300");

            Map<String, Object> out = evaluation.result().outputs();
            assertThat((Double) out.get("liquidation_price")).isCloseTo(26_316.89, within(0.005));
            assertThat(out.get("initial_margin")).isNull();
            assertThat(evaluation.result().work()).first().asString()
                    .isEqualTo("M = 1,535,443.01 − 356,512.51 − 448,192.89 = 730,737.61 quote currency");
            assertThat(evaluation.result().work()).contains("E = 1,535,443.01 − 448,192.89 = 1,087,250.12 quote currency");
            assertThat(evaluation.result().notes()).anyMatch(n -> n.startsWith("Cross margin, one-way mode"))
                    .anyMatch(n -> n.contains("Give a leverage to see the initial margin"));
        }

        @Test
        void crossWithTheBracketTableFindsTheSameBracket() {
            Map<String, Object> out = run("liquidation-price", BINANCE_BTC + "&leverage=20&tiers=" + BINANCE_TABLE).result().outputs();

            assertThat((Double) out.get("liquidation_price")).isCloseTo(26_316.89, within(0.005));
            assertThat(out.get("bracket")).isEqualTo(4.0);
            assertThat((Double) out.get("initial_margin")).isCloseTo(109.488 * 32_481.98 / 20, within(1e-6));
        }

        @Test
        @DisplayName("Binance FAQ: wallet 500 USDT backs a 1,000 USDT long at 50,000 (20x) → 25,100.40; the isolated margin would be 50")
        void singlePositionCross() {
            Map<String, Object> out = run("liquidation-price", "margin_mode=cross&entry_price=50000&quantity=0.02&leverage=20"
                    + "&wallet_balance=500&maintenance_margin_pct=0.4").result().outputs();

            assertThat((Double) out.get("liquidation_price")).isCloseTo(25_100.40, within(0.005));
            assertThat((Double) out.get("initial_margin")).isCloseTo(50, within(1e-9));
        }

        @Test
        void walletBalanceIsRequiredInCrossMode() {
            Evaluation evaluation = run("liquidation-price", "margin_mode=cross&entry_price=60000&quantity=0.5&leverage=10");

            assertThat(evaluation.errors()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("wallet_balance");
                assertThat(e.message()).isEqualTo("is required in cross margin mode");
            });
        }

        @Test
        void accountAlreadyBelowItsMaintenanceIsRefusedNamingTheWalletBalance() {
            assertThat(run("liquidation-price", "margin_mode=cross&entry_price=60000&quantity=0.5&wallet_balance=1000"
                    + "&other_maintenance_margin=600&other_unrealized_pnl=-400").errorFor("wallet_balance"))
                    .contains("already being liquidated");
            assertThat(run("liquidation-price", "margin_mode=cross&entry_price=60000&quantity=100&wallet_balance=25000").errorFor("wallet_balance"))
                    .contains("liquidated on entry");
        }

        @Test
        void crossInputsOutOfBoundsAreNamed() {
            assertThat(run("liquidation-price", "margin_mode=cross&entry_price=60000&quantity=0.5&wallet_balance=0").errorFor("wallet_balance"))
                    .isNotNull();
            assertThat(run("liquidation-price", "margin_mode=cross&entry_price=60000&quantity=0.5&wallet_balance=100&other_maintenance_margin=-1")
                    .errorFor("other_maintenance_margin")).isNotNull();
        }

        @Test
        void isolatedModeIgnoresCrossInputsWithANote() {
            Evaluation evaluation = run("liquidation-price", "entry_price=60000&quantity=0.5&leverage=10&wallet_balance=100000");

            assertThat(evaluation.result().notes()).anyMatch(n -> n.contains("apply in cross margin mode only"));
            assertThat((Double) evaluation.result().outputs().get("initial_margin")).isCloseTo(3_000, within(1e-9));
        }
    }

    @Nested
    class PositionMarginTiers {

        @Test
        @DisplayName("Pionex, 'Maintenance Margin' (https://www.pionex.com/blog/maintenance-margin/): 10 BTCUSDT at 20,000, tier 2 "
                + "(1 %, amount 750) → 1,250 USDT")
        void maintenanceMarginAtMarkUsesTheBracketThatHoldsTheNotional() {
            Evaluation evaluation = run("position-margin", "quantity=10&entry_price=20000&leverage=20&tiers=150000:0.5,500000:1,2000000:2.5");

            Map<String, Object> out = evaluation.result().outputs();
            assertThat((Double) out.get("maintenance_margin")).isCloseTo(1_250, within(1e-9));
            assertThat(out.get("bracket")).isEqualTo(2.0);
            assertThat((Double) out.get("bracket_amount")).isCloseTo(750, within(1e-9));
            assertThat(evaluation.result().work()).contains("maintenance margin = 10.00 × 20,000.00 × 1.00\u00a0% − 750.00 = 1,250.00 USDT",
                    "cum_n = 0.00 + 150,000.00 × (1.00\u00a0% − 0.50\u00a0%) = 750.00 USDT");
        }

        @Test
        void markBeyondTheLastCapIsRefusedNamingTheTiers() {
            assertThat(run("position-margin", "quantity=10&entry_price=20000&leverage=20&mark_price=60000&tiers=150000:0.5,500000:1").errorFor("tiers"))
                    .contains("end at 500000");
        }

        @Test
        void shortWhoseTiersEndBeforeItsLiquidationStillAnswersWithoutTheMarker() {
            Evaluation evaluation = run("position-margin", "side=short&quantity=20&entry_price=20000&leverage=2&tiers=150000:0.5,500000:1");

            assertThat(evaluation.errors()).isEmpty();
            assertThat((Double) evaluation.result().outputs().get("maintenance_margin")).isCloseTo(400_000 * 0.01 - 750, within(1e-9));
        }
    }

    private static Evaluation run(String id, String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .forEach(p -> values.put(p[0], List.of(p.length > 1 ? p[1] : "")));
        return REGISTRY.find(id).orElseThrow().evaluate(values);
    }
}
