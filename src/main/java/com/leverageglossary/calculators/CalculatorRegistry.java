package com.leverageglossary.calculators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every calculator by id, in the contract's order. Adding a calculator means adding its declaration here. */
public final class CalculatorRegistry {
    private final Map<String, Calculator> byId = new LinkedHashMap<>();

    private CalculatorRegistry(List<Calculator> calculators) {
        calculators.forEach(c -> byId.put(c.id(), c));
    }

    public static CalculatorRegistry standard() {
        return new CalculatorRegistry(List.of(
                LeverageRatioCalculator.declaration(),
                PositionMarginCalculator.declaration(),
                LiquidationPriceCalculator.declaration(),
                LeverageLoopCalculator.declaration(),
                HealthFactorCalculator.declaration(),
                OptionLeverageCalculator.declaration(),
                VolatilityDecayCalculator.declaration(),
                FundingCostCalculator.declaration(),
                RiskAdjustedLeverageCalculator.declaration(),
                CppiCalculator.declaration(),
                BaselLeverageRatioCalculator.declaration(),
                LiquidationCascadeCalculator.declaration(),
                LeverageSkewCalculator.declaration(),
                OptionsStrategyCalculator.declaration()));
    }

    public List<Calculator> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Calculator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
