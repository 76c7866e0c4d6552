package com.leverageglossary.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The options-strategy declaration: leg parsing and its messages, form rows, outputs and the stress grid. */
class OptionsStrategyCalculatorTest {
    private static final Calculator CALCULATOR = CalculatorRegistry.standard().find("options-strategy").orElseThrow();

    private static Map<String, List<String>> query(String text) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Arrays.stream(text.split("&")).map(p -> p.split("=", 2)).forEach(p -> values.put(p[0], List.of(p.length > 1 ? p[1] : "")));
        return values;
    }

    private static Evaluation run(String text) {
        return CALCULATOR.evaluate(query(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            long:call:1:60000:30:60,short:call:x:66000:30:55        | leg 2 quantity must be a number
            long:call:1:60000:30                                    | leg 1 is an option, written side:call:quantity:strike:days:iv_pct
            long:future:1:60000:30:60                               | leg 1 is a future, written side:future:quantity:entry_price
            long:call:1                                             | leg 1 must have 4 to 6 fields
            long:call:1:60000:30:60:9                               | leg 1 must have 4 to 6 fields
            buy:call:1:60000:30:60                                  | leg 1 side must be one of: long, short
            long:call:1:60000:30:60,long:swap:1:1:1:1               | leg 2 type must be one of: call, put, future
            long:call:0:60000:30:60                                 | leg 1 quantity must be greater than 0
            long:put:1:-5:30:60                                     | leg 1 strike must be greater than 0
            long:put:1:60000:0:60                                   | leg 1 days must be greater than 0
            long:put:1:60000:30:1001                                | leg 1 iv_pct must be greater than 0 and at most 1000
            long:put:1:60000:30:NaN                                 | leg 1 iv_pct must be a number
            long:put:1:60000:30:1e999                               | leg 1 iv_pct is too large
            long:call:1:60000:30:60,,long:call:1:60000:30:60        | leg 2 must have 4 to 6 fields
            a,b,c,d,e,f,g,h,i                                       | has 9 legs; at most 8 are allowed
            """)
    void everyMalformedLegIsNamedByNumberOnTheLegsField(String legs, String message) {
        Evaluation evaluation = run("spot=60000&legs=" + legs);

        assertThat(evaluation.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("legs");
            assertThat(error.message()).startsWith(message);
        });
    }

    @Test
    void everyPresetComputesWithoutErrors() {
        assertThat(CALCULATOR.presets()).extracting(Preset::id).containsExactly(
                "covered-call", "protective-put", "bull-call-spread", "straddle", "strangle", "iron-condor", "risk-reversal");
        for (Preset preset : CALCULATOR.presets()) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            preset.values().forEach((name, value) -> values.put(name, List.of(value)));
            assertThat(CALCULATOR.evaluate(values).errors()).as(preset.id()).isEmpty();
        }
    }

    @Test
    void ironCondorPresetLosesAtMostTheWingWidthLessTheCredit() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        CALCULATOR.presets().stream().filter(p -> p.id().equals("iron-condor")).findFirst().orElseThrow()
                .values().forEach((name, value) -> values.put(name, List.of(value)));
        Map<String, Object> out = CALCULATOR.evaluate(values).result().outputs();
        double credit = -(Double) out.get("net_premium");

        assertThat(credit).isPositive();
        assertThat((Double) out.get("max_loss")).isCloseTo(5_000 - credit, within(1e-6));
        assertThat((Double) out.get("max_profit")).isCloseTo(credit, within(1e-6));
        assertThat((List<?>) out.get("breakevens")).hasSize(2);
    }

    @Test
    void missingLegsAreRequired() {
        assertThat(run("spot=60000&legs=").errorFor("legs")).isEqualTo("is required");
    }

    @Test
    void bullCallSpreadGivesBoundedProfitAndLossAndOneBreakeven() {
        Evaluation evaluation = run("spot=60000&legs=long:call:1:60000:30:60,short:call:1:66000:30:55");
        Map<String, Object> out = evaluation.result().outputs();
        double premium = (Double) out.get("net_premium");

        assertThat(premium).isPositive();
        assertThat((Double) out.get("max_loss")).isCloseTo(premium, within(1e-9));
        assertThat((Double) out.get("max_profit")).isCloseTo(6_000 - premium, within(1e-9));
        assertThat((List<?>) out.get("breakevens")).singleElement()
                .satisfies(b -> assertThat((Double) b).isCloseTo(60_000 + premium, within(1e-6)));
    }

    @Test
    void unboundedProfitIsNullAndReadsUnbounded() {
        Evaluation evaluation = run("spot=60000&legs=long:call:1:60000:30:60,long:put:1:60000:30:60");
        Output maxProfit = CALCULATOR.outputs().stream().filter(o -> o.name().equals("max_profit")).findFirst().orElseThrow();

        assertThat(evaluation.result().outputs().get("max_profit")).isNull();
        assertThat(evaluation.result().outputs()).containsKey("max_profit");
        assertThat(maxProfit.whenNull()).isEqualTo("unbounded");
    }

    @Test
    void stressGridHasOneRowPerPriceAndVolatilityShock() {
        Evaluation evaluation = run("spot=60000&legs=long:call:1:60000:30:60&collateral=1000");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) evaluation.result().outputs().get("stress");

        assertThat(rows).hasSize(33);
        assertThat(rows.get(0)).containsOnlyKeys("price_shock_pct", "vol_shock_pts", "value", "liquidated");
        assertThat(rows).extracting(r -> r.get("price_shock_pct")).startsWith(-50.0, -50.0, -50.0).endsWith(50.0);
        assertThat(rows).extracting(r -> r.get("vol_shock_pts")).startsWith(-20.0, 0.0, 20.0);
        Map<String, Object> unshocked = rows.get(16);
        assertThat(unshocked).containsEntry("price_shock_pct", 0.0).containsEntry("vol_shock_pts", 0.0);
        assertThat((Double) unshocked.get("value")).isCloseTo(0, within(1e-9));
        // A long call loses at most its premium (about 4,100 at 60 % for 30 days): more than the 1,000 collateral far below spot.
        assertThat(rows.get(0)).containsEntry("liquidated", true);
        assertThat(rows.get(32)).containsEntry("liquidated", false);
    }

    @Test
    void withoutCollateralNoCellIsLiquidated() {
        Evaluation evaluation = run("spot=60000&legs=short:call:5:60000:30:60");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) evaluation.result().outputs().get("stress");

        assertThat(rows).allSatisfy(row -> assertThat(row).containsEntry("liquidated", false));
        assertThat(evaluation.result().notes()).anyMatch(n -> n.contains("No collateral"));
    }

    @Test
    void formRowsCompileIntoTheLegsValueSkippingEmptyRowsAndTrailingBlanks() {
        Map<String, List<String>> form = query("spot=60000"
                + "&legs_1_side=long&legs_1_type=call&legs_1_quantity=1&legs_1_strike=60000&legs_1_days=30&legs_1_iv_pct=60"
                + "&legs_2_side=long&legs_2_type=call&legs_2_quantity=&legs_2_strike=&legs_2_days=&legs_2_iv_pct="
                + "&legs_3_side=short&legs_3_type=future&legs_3_quantity=1&legs_3_strike=61000&legs_3_days=&legs_3_iv_pct=");

        Map<String, List<String>> compiled = CALCULATOR.withRowsCompiled(form);

        assertThat(compiled).containsOnlyKeys("spot", "legs");
        assertThat(compiled.get("legs")).containsExactly("long:call:1:60000:30:60,short:future:1:61000");
        assertThat(CALCULATOR.evaluate(compiled).errors()).isEmpty();
    }

    @Test
    void aHalfFilledFormRowGetsTheSameMessageAsTheApi() {
        Map<String, List<String>> form = query("spot=60000&legs_1_side=long&legs_1_type=call&legs_1_quantity=1&legs_1_strike=60000&legs_1_days=&legs_1_iv_pct=60");

        Evaluation evaluation = CALCULATOR.evaluate(CALCULATOR.withRowsCompiled(form));

        assertThat(evaluation.errorFor("legs")).startsWith("leg 1 days must be a number");
    }

    @Test
    void aQueryWithoutRowsIsLeftAsGiven() {
        Map<String, List<String>> api = query("spot=60000&legs=long:call:1:60000:30:60");

        assertThat(CALCULATOR.withRowsCompiled(api)).isSameAs(api);
    }
}
