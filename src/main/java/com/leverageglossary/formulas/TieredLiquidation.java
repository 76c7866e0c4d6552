package com.leverageglossary.formulas;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A liquidation price and the maintenance bracket that holds the position's notional at that price. Both are
 * empty when no positive price liquidates the position.
 */
public record TieredLiquidation(OptionalDouble price, Optional<MaintenanceBracket> bracket) {

    static TieredLiquidation none() {
        return new TieredLiquidation(OptionalDouble.empty(), Optional.empty());
    }

    static TieredLiquidation at(double price, MaintenanceBracket bracket) {
        return new TieredLiquidation(OptionalDouble.of(price), Optional.of(bracket));
    }
}
