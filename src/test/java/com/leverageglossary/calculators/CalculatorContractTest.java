package com.leverageglossary.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The calculators' public API, pinned: ids, parameter names, output names and domain errors. The declarations
 * are the contract (documented at /api/calculators and /api/openapi.json); a change that breaks this test breaks
 * API users, so it must be deliberate.
 */
class CalculatorContractTest {
    private static final CalculatorRegistry REGISTRY = CalculatorRegistry.standard();

    /** id → inputs → outputs, as published. */
    private static final Map<String, List<List<String>>> CONTRACT = new LinkedHashMap<>();

    static {
        contract("leverage-ratio", "equity notional positions", "gross_leverage net_leverage margin_pct adverse_move_to_wipeout_pct");
        contract("position-margin", "side quantity entry_price leverage mark_price maintenance_margin_pct tiers target_roi_pct",
                "notional initial_margin maintenance_margin bracket bracket_rate_pct bracket_amount unrealized_pnl equity effective_leverage "
                        + "margin_ratio_pct roi_pct liquidated target_price");
        contract("liquidation-price", "contract side margin_mode entry_price quantity leverage margin wallet_balance other_maintenance_margin "
                        + "other_unrealized_pnl maintenance_margin_pct maintenance_amount tiers",
                "liquidation_price bankruptcy_price initial_margin maintenance_margin_at_liquidation distance_pct bracket bracket_rate_pct bracket_amount");
        contract("leverage-loop", "deposit ltv_pct loops liquidation_threshold_pct price supply_apy_pct borrow_apy_pct",
                "collateral debt leverage max_leverage health_factor liquidation_price drop_to_liquidation_pct net_apy_pct stress");
        contract("health-factor", "collateral liquidation_threshold_pct debt",
                "health_factor weighted_liquidation_threshold_pct borrowing_headroom drop_to_liquidation_pct stress");
        contract("option-leverage", "type spot strike days volatility_pct rate_pct dividend_yield_pct",
                "price delta gamma vega theta rho vanna volga elasticity premium_leverage");
        contract("volatility-decay", "leverage returns_pct volatility_pct days",
                "underlying_return_pct leveraged_return_pct naive_return_pct decay_pct wiped_out flat_market_return_pct log_drag");
        contract("funding-cost", "notional margin funding_rate_pct interval_hours days",
                "funding_paid funding_pct_of_margin equity_after leverage_after apr_pct apy_pct");
        contract("risk-adjusted-leverage", "target_volatility_pct asset_volatility_pct max_leverage expected_return_pct risk_free_pct",
                "target_leverage kelly_leverage half_kelly_leverage kelly_growth_pct half_kelly_growth_pct");
        contract("cppi", "portfolio_value floor multiplier max_exposure_pct risky_returns_pct safe_rate_pct",
                "cushion exposure safe_allocation exposure_pct max_single_drop_pct steps final_value floor_breached");
        contract("basel-leverage-ratio", "tier1_capital exposure_measure gsib_surcharge_pct",
                "leverage_ratio_pct requirement_pct meets_requirement max_exposure equivalent_leverage");
        contract("liquidation-cascade", "price shock_pct impact_per_unit positions", "rounds final_price total_liquidated amplification");
        contract("leverage-skew", "long_open_interest short_open_interest funding_rate_pct", "long_short_ratio skew_pct dominant_side");
        contract("options-strategy", "spot rate_pct legs collateral",
                "net_premium delta gamma vega theta max_profit max_loss breakevens stress");
    }

    private static void contract(String id, String inputs, String outputs) {
        CONTRACT.put(id, List.of(List.of(inputs.split(" ")), List.of(outputs.split(" "))));
    }

    static List<Calculator> calculators() {
        return REGISTRY.all();
    }

    @Test
    void registryHoldsExactlyTheContractCalculatorsInOrder() {
        assertThat(REGISTRY.all()).extracting(Calculator::id).containsExactlyElementsOf(CONTRACT.keySet());
    }

    @ParameterizedTest
    @MethodSource("calculators")
    void inputAndOutputNamesMatchTheContract(Calculator calculator) {
        assertThat(calculator.inputs()).extracting(Input::name).containsExactlyElementsOf(CONTRACT.get(calculator.id()).get(0));
        assertThat(calculator.outputs()).extracting(Output::name).containsExactlyElementsOf(CONTRACT.get(calculator.id()).get(1));
    }

    @ParameterizedTest
    @MethodSource("calculators")
    void exampleValuesComputeEveryOutputWithFiniteNumbers(Calculator calculator) {
        Map<String, List<String>> examples = new LinkedHashMap<>();
        calculator.inputs().stream().filter(i -> !i.example().isEmpty()).forEach(i -> examples.put(i.name(), List.of(i.example())));
        Evaluation evaluation = calculator.evaluate(examples);
        assertThat(evaluation.errors()).isEmpty();
        assertThat(evaluation.result().outputs().keySet()).containsExactlyElementsOf(CONTRACT.get(calculator.id()).get(1));
        evaluation.result().outputs().values().stream().filter(v -> v instanceof Double)
                .forEach(v -> assertThat((Double) v).isFinite());
        assertThat(evaluation.result().work()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("calculators")
    void everyInputIsEchoedWithItsDefault(Calculator calculator) {
        Map<String, List<String>> examples = new LinkedHashMap<>();
        calculator.inputs().stream().filter(i -> !i.example().isEmpty()).forEach(i -> examples.put(i.name(), List.of(i.example())));
        assertThat(calculator.evaluate(examples).inputs().keySet()).containsExactlyElementsOf(CONTRACT.get(calculator.id()).get(0));
    }

    @Test
    void linearLongLiquidatedOnEntryIsADomainErrorOnTheMaintenanceRate() {
        // Contract: a linear long whose maintenance rate is at or above 1/leverage is liquidated on entry.
        Evaluation evaluation = run("liquidation-price", "entry_price=100&quantity=1&leverage=50&maintenance_margin_pct=2");
        assertThat(evaluation.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("maintenance_margin_pct"));
    }

    @Test
    void loanToValueMustStayBelowTheLiquidationThreshold() {
        Evaluation evaluation = run("leverage-loop", "deposit=1&ltv_pct=85&loops=2&liquidation_threshold_pct=80");
        assertThat(evaluation.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("ltv_pct"));
    }

    @Test
    void daysMustBePositive() {
        assertThat(run("option-leverage", "spot=1&strike=1&days=0&volatility_pct=20").errorFor("days")).contains("greater than 0");
        assertThat(run("funding-cost", "notional=1&margin=1&funding_rate_pct=0.01&days=-1").errorFor("days")).contains("greater than 0");
    }

    @Test
    void missingAndMalformedInputsAreNamedOneErrorPerField() {
        Evaluation evaluation = run("position-margin", "quantity=abc&entry_price=&leverage=1e999");
        assertThat(evaluation.errors()).extracting(FieldError::field).containsExactly("quantity", "entry_price", "leverage");
        assertThat(evaluation.errorFor("quantity")).isEqualTo("must be a number, like 1250 or 0.5");
        assertThat(evaluation.errorFor("entry_price")).isEqualTo("is required");
    }

    @Test
    void undefinedValuesAreNullWithANote() {
        Evaluation evaluation = run("health-factor", "collateral=1000&liquidation_threshold_pct=80&debt=0");
        assertThat(evaluation.result().outputs().get("health_factor")).isNull();
        assertThat(evaluation.result().notes()).anyMatch(n -> n.contains("no debt"));
    }

    @Test
    void threeTimesLeveragedProductLosesNinePercentOnPlusTenMinusTen() {
        // SEC investor alert "Leveraged and Inverse ETFs" style example: +10 % then −10 % on the index.
        Evaluation evaluation = run("volatility-decay", "leverage=3&returns_pct=10,-10");
        assertThat((Double) evaluation.result().outputs().get("leveraged_return_pct")).isCloseTo(-9.0, within(1e-9));
        assertThat((Double) evaluation.result().outputs().get("underlying_return_pct")).isCloseTo(-1.0, within(1e-9));
        assertThat((Double) evaluation.result().outputs().get("decay_pct")).isCloseTo(6.0, within(1e-9));
    }

    @Test
    void hullCallOptionThroughTheCalculatorUnits() {
        // Hull, Options, Futures, and Other Derivatives, 10th ed., Example 19.1/19.4: S=49, K=50, r=5 %, σ=20 %,
        // T=20 weeks (0.3846 y): delta 0.522, vega 12.1 per unit vol (0.121 per point), theta −4.31 a year (−0.0118 a day).
        Evaluation evaluation = run("option-leverage", "spot=49&strike=50&days=" + (0.3846 * 365) + "&volatility_pct=20&rate_pct=5");
        Map<String, Object> out = evaluation.result().outputs();
        assertThat((Double) out.get("delta")).isCloseTo(0.522, within(0.001));
        assertThat((Double) out.get("vega")).isCloseTo(0.121, within(0.001));
        assertThat((Double) out.get("theta")).isCloseTo(-4.31 / 365, within(0.0002));
        assertThat((Double) out.get("price")).isCloseTo(2.40, within(0.01));
    }

    @Test
    void presetsNamingUnknownInputsOrOutOfBoundsValuesAreReported() {
        Calculator calculator = REGISTRY.find("leverage-loop").orElseThrow();
        List<FieldError> errors = calculator.checkPresets(Map.of("ltv", List.of("75"), "loops", List.of("-1")));
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("ltv", "loops");
    }

    private static Evaluation run(String id, String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
                .forEach(p -> values.put(p[0], List.of(p.length > 1 ? p[1] : "")));
        return REGISTRY.find(id).orElseThrow().evaluate(values);
    }
}
