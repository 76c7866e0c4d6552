package com.leverageglossary.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The liquidation calculator's units follow the chosen contract: margins in the quote currency for linear contracts
 * and in the coin for inverse ones, with quantities in base units or USD (the calculator contract, liquidation-price inputs).
 */
class UnitsWhenTest {
    private static final Calculator LIQUIDATION = CalculatorRegistry.standard().find("liquidation-price").orElseThrow();

    @Test
    void linearContractsCountMoneyInTheQuoteCurrencyToTheCent() {
        for (Map<String, List<String>> query : List.of(Map.<String, List<String>>of(), Map.of("contract", List.of("linear")))) {
            assertThat(inputUnits(query)).containsEntry("quantity", "base units").containsEntry("margin", "quote currency")
                    .containsEntry("maintenance_amount", "quote currency");
            assertThat(outputs(query)).extractingByKeys("initial_margin", "maintenance_margin_at_liquidation")
                    .allSatisfy(o -> {
                        assertThat(o.unit()).isEqualTo("quote currency");
                        assertThat(o.decimals()).isEqualTo(2);
                    });
        }
    }

    @Test
    void inverseContractsCountMoneyInTheCoinToTheSatoshi() {
        Map<String, List<String>> inverse = Map.of("contract", List.of("inverse"));

        assertThat(inputUnits(inverse)).containsEntry("quantity", "USD").containsEntry("margin", "coin").containsEntry("maintenance_amount", "coin");
        assertThat(outputs(inverse)).extractingByKeys("initial_margin", "maintenance_margin_at_liquidation")
                .allSatisfy(o -> {
                    assertThat(o.unit()).isEqualTo("coin");
                    assertThat(o.decimals()).isEqualTo(8);
                });
        // Prices stay in USD whatever the contract.
        assertThat(outputs(inverse).get("liquidation_price").unit()).isEqualTo("USD");
    }

    @Test
    void moneyOutputsShareTheDecimalsOfThePricesForLinearContracts() {
        // The defect: maintenance margin showed 6 decimals beside prices with 2.
        Map<String, Output> linear = outputs(Map.of());

        assertThat(linear.get("maintenance_margin_at_liquidation").decimals()).isEqualTo(linear.get("liquidation_price").decimals());
        assertThat(LIQUIDATION.outputs()).extracting(Output::unit).noneMatch(unit -> unit.contains(" or "));
        assertThat(LIQUIDATION.inputs()).extracting(Input::unit).noneMatch(unit -> unit.contains(" or "));
    }

    @Test
    void anInvalidChoiceShowsTheDefaultContractsUnits() {
        // The form still shows labels when the contract does not parse; it shows the default's.
        assertThat(inputUnits(Map.of("contract", List.of("perpetual")))).containsEntry("margin", "quote currency");
    }

    @Test
    void unitsMustFollowAChoiceThatExists() {
        Calculator c = LIQUIDATION;

        assertThatThrownBy(() -> new Calculator(c.id(), c.title(), c.description(), c.explanation(), c.inputs(), c.outputs(), c.formula(),
                c.compute(), c.formulaFields(), List.of(UnitsWhen.chosen("contract", "quarterly").unit("margin", "coin"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contract=quarterly");
        assertThatThrownBy(() -> new Calculator(c.id(), c.title(), c.description(), c.explanation(), c.inputs(), c.outputs(), c.formula(),
                c.compute(), c.formulaFields(), List.of(UnitsWhen.chosen("contract", "inverse").unit("collateral", "coin"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("collateral");
    }

    private static Map<String, String> inputUnits(Map<String, List<String>> query) {
        return LIQUIDATION.inputsFor(query).stream().collect(Collectors.toMap(Input::name, Input::unit));
    }

    private static Map<String, Output> outputs(Map<String, List<String>> query) {
        return LIQUIDATION.outputsFor(query).stream().collect(Collectors.toMap(Output::name, Function.identity()));
    }
}
