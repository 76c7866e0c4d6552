package com.leverageglossary.formulas;

/**
 * One bracket of a maintenance margin table: positions whose notional lies in {@code (floor, cap]} keep
 * {@code notional × rate − amount} (Binance, "Leverage and Margin of USDⓈ-M Futures": "0 &lt; Position ≤ 50,000").
 * Notional, floor, cap and amount share one unit: the quote currency for linear contracts, the coin for inverse
 * ones. The rate is a fraction.
 *
 * @param number 1 for the first (smallest) bracket
 * @param amount the bracket's maintenance amount, Binance's {@code cum}
 */
public record MaintenanceBracket(int number, double floor, double cap, double rate, double amount) {

    /** Relative slack at the edges, so that a price solved exactly at a cap is not lost to rounding on both sides. */
    private static final double EDGE_TOLERANCE = 1e-9;

    /** Notional × rate − amount. */
    public double margin(double notional) {
        return notional * rate - amount;
    }

    /** Whether the notional lies in this bracket, within rounding at its edges. */
    boolean holds(double notional) {
        return notional > floor * (1 - EDGE_TOLERANCE) && notional <= cap * (1 + EDGE_TOLERANCE);
    }
}
