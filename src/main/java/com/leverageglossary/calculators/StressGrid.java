package com.leverageglossary.calculators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario grid that several calculators share: instantaneous price shocks from −50 % to +50 % in steps of 10,
 * and for options volatility shocks of −20, 0 and +20 points. Each calculator says what a cell's value is and when a
 * cell counts as liquidated; this class fixes the shocks, the row keys and the table layout once.
 */
final class StressGrid {
    static final String NAME = "stress";
    static final String PRICE_SHOCK = "price_shock_pct";
    static final String VOL_SHOCK = "vol_shock_pts";
    static final String VALUE = "value";
    static final String LIQUIDATED = "liquidated";
    private static final int[] PRICE_SHOCKS_PCT = {-50, -40, -30, -20, -10, 0, 10, 20, 30, 40, 50};
    private static final int[] VOL_SHOCKS_PTS = {-20, 0, 20};
    private static final double PER_CENT = 100;

    private StressGrid() {
    }

    /** One scenario's outcome: its value (null where undefined) and whether the position is liquidated there. */
    record Cell(Double value, boolean liquidated) {
    }

    /** A calculator's outcome under a price shock and a volatility shock, both as decimals (−0.5, +0.2). */
    @FunctionalInterface
    interface Scenario {
        Cell at(double priceShock, double volShock);
    }

    /** The output over price shocks alone. */
    static Output priceOutput(String valueName, String unit, int decimals) {
        return Output.grid(NAME, "Stress test: " + valueName + " after a price shock", unit, decimals,
                new GridLayout(PRICE_SHOCK, "Price shock", "%", null, valueName, "", VALUE, LIQUIDATED, "liquidated"),
                PRICE_SHOCK, VALUE, LIQUIDATED);
    }

    /** The output over price and volatility shocks. */
    static Output priceAndVolatilityOutput(String valueName, String unit, int decimals) {
        return Output.grid(NAME, "Stress test: " + valueName + " after price and volatility shocks", unit, decimals,
                new GridLayout(PRICE_SHOCK, "Price shock", "%", VOL_SHOCK, "Volatility shock", "pts", VALUE, LIQUIDATED, "liquidated"),
                PRICE_SHOCK, VOL_SHOCK, VALUE, LIQUIDATED);
    }

    /** One row per price shock; the scenario is called with a volatility shock of 0. */
    static List<Map<String, Object>> overPrice(Scenario scenario) {
        return rows(scenario, false);
    }

    /** One row per price shock and volatility shock, price shocks outermost. */
    static List<Map<String, Object>> overPriceAndVolatility(Scenario scenario) {
        return rows(scenario, true);
    }

    private static List<Map<String, Object>> rows(Scenario scenario, boolean withVolatility) {
        int[] volShocks = withVolatility ? VOL_SHOCKS_PTS : new int[] {0};
        List<Map<String, Object>> rows = new ArrayList<>(PRICE_SHOCKS_PCT.length * volShocks.length);
        for (int price : PRICE_SHOCKS_PCT) {
            for (int vol : volShocks) {
                Cell cell = scenario.at(price / PER_CENT, vol / PER_CENT);
                if (cell.value() != null && !Double.isFinite(cell.value())) {
                    throw new NonFiniteResultException(NAME);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(PRICE_SHOCK, (double) price);
                if (withVolatility) {
                    row.put(VOL_SHOCK, (double) vol);
                }
                row.put(VALUE, cell.value());
                row.put(LIQUIDATED, cell.liquidated());
                rows.add(row);
            }
        }
        return rows;
    }
}
