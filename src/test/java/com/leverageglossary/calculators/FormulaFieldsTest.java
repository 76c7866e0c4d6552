package com.leverageglossary.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.leverageglossary.formulas.FormulaDomainException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A formula's rejection names its own parameter; the calculator shows it beside the field the user typed. */
class FormulaFieldsTest {
    private static final CalculatorRegistry REGISTRY = CalculatorRegistry.standard();

    @Test
    void aFormulasParameterIsReportedOnTheFieldThatFedIt() {
        // PositionMargin.targetPrice rejects its "roiPct"; the form's field is target_roi_pct.
        Evaluation roi = run("position-margin", "side=short&quantity=1&entry_price=100&leverage=10&target_roi_pct=1000");
        assertThat(roi.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("target_roi_pct");
            assertThat(e.message()).startsWith("cannot be reached");
        });
        // HealthFactor rejects "liquidationThresholds"; the form's field is liquidation_threshold_pct.
        Evaluation thresholds = run("health-factor", "collateral=100,50&liquidation_threshold_pct=80&debt=10");
        assertThat(thresholds.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("liquidation_threshold_pct");
            assertThat(e.message()).isEqualTo("needs one value per item (2 expected, 1 given)");
        });
    }

    @Test
    void aParameterFedByOneOfSeveralInputsIsReportedOnTheOneGiven() {
        // signedNotionals come from positions when given, else from the one notional.
        assertThat(run("leverage-ratio", "equity=100&positions=0,0").errors()).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("positions"));
        // The margin comes from leverage when no margin is given: a margin error belongs to leverage then.
        FormulaFields fields = FormulaFields.of("margin", "margin", "leverage");
        Inputs leverageOnly = new Inputs(mapOf("margin", null, "leverage", 10.0));
        Inputs both = new Inputs(mapOf("margin", 5.0, "leverage", 10.0));

        assertThat(fields.errorFor(new FormulaDomainException("margin", "must be greater than 0"), leverageOnly).field()).isEqualTo("leverage");
        assertThat(fields.errorFor(new FormulaDomainException("margin", "must be greater than 0"), both).field()).isEqualTo("margin");
    }

    @Test
    void theMaintenanceRateOfALinearLongLiquidatedOnEntryIsReportedOnItsField() {
        // the calculator contract: a linear long whose maintenance rate is at or above 1/leverage gets a 400 saying so.
        Evaluation evaluation = run("liquidation-price", "entry_price=100&quantity=1&leverage=50&maintenance_margin_pct=2");

        assertThat(evaluation.errorFor("maintenance_margin_pct")).startsWith("is too high for this leverage");
    }

    @Test
    void aParameterNoInputFeedsIsAProgrammingErrorNotA400() {
        FormulaFields fields = FormulaFields.of("years", "days");

        assertThatThrownBy(() -> fields.errorFor(new FormulaDomainException("volatility", "must be greater than 0"), new Inputs(Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("volatility");
    }

    @Test
    void aDeclarationNamingAFieldThatIsNotAnInputFailsAtStartUp() {
        Calculator valid = REGISTRY.find("leverage-skew").orElseThrow();

        assertThatThrownBy(() -> new Calculator(valid.id(), valid.title(), valid.description(), valid.explanation(), valid.inputs(),
                valid.outputs(), valid.formula(), valid.compute(), FormulaFields.of("longOpenInterest", "long_oi")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("long_oi");
        assertThatThrownBy(() -> FormulaFields.of("years", "days").and("years", "days"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(k1, v1);
        values.put(k2, v2);
        return values;
    }

    private static Evaluation run(String id, String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Arrays.stream(query.split("&")).map(p -> p.split("=", 2)).forEach(p -> values.put(p[0], List.of(p[1])));
        return REGISTRY.find(id).orElseThrow().evaluate(values);
    }
}
