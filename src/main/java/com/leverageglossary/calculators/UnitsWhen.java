package com.leverageglossary.calculators;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Units that replace the declared ones while a choice input has a given value. The declaration carries the
 * units of the default choice; an inverse contract, say, counts its size in USD and its margin in the coin
 * where a linear one uses base units and the quote currency. An output may change its shown decimals with
 * its unit (a coin amount needs more than a dollar amount).
 *
 * @param decimals shown decimals by output name, for outputs whose precision follows their unit
 */
public record UnitsWhen(String choice, String value, Map<String, String> units, Map<String, Integer> decimals) {

    public UnitsWhen {
        units = Map.copyOf(units);
        decimals = Map.copyOf(decimals);
    }

    public static UnitsWhen chosen(String choice, String value) {
        return new UnitsWhen(choice, value, Map.of(), Map.of());
    }

    /** An input's or output's unit under this choice. */
    public UnitsWhen unit(String name, String unit) {
        Map<String, String> next = new LinkedHashMap<>(units);
        next.put(name, unit);
        return new UnitsWhen(choice, value, next, decimals);
    }

    /** An output's unit and shown decimals under this choice. */
    public UnitsWhen unit(String name, String unit, int shownDecimals) {
        Map<String, Integer> next = new LinkedHashMap<>(decimals);
        next.put(name, shownDecimals);
        return new UnitsWhen(choice, value, units, next).unit(name, unit);
    }
}
