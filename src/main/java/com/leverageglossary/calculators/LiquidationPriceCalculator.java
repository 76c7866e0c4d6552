package com.leverageglossary.calculators;

import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.InverseContract;
import com.leverageglossary.formulas.LiquidationPrice;
import com.leverageglossary.formulas.MaintenanceMargin;
import com.leverageglossary.formulas.PositionMargin;
import com.leverageglossary.formulas.Side;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/** Liquidation and bankruptcy prices of an isolated linear or inverse position. */
final class LiquidationPriceCalculator {
    /** A linear contract's money: shown to the cent like every other dollar amount. */
    private static final String QUOTE = "quote currency";
    /** An inverse contract's money: shown to the satoshi (10⁻⁸ BTC), the smallest unit coin margins are booked in. */
    private static final String COIN = "coin";
    private static final int COIN_DECIMALS = 8;
    /** Shown work: prices to the cent, a quantity to 8 places (0.5 BTC reads 0.50), rates as percentages. */
    private static final WorkNotation LINEAR = WorkNotation.decimals(2).trimmed("Q", COIN_DECIMALS)
            .percent("MMR", 4).percent("distance", 2);
    /** An inverse contract's quantity is USD and its margins are coin, shown to the satoshi. */
    private static final WorkNotation INVERSE = WorkNotation.decimals(2).percent("MMR", 4).percent("distance", 2)
            .trimmed("M", COIN_DECIMALS).trimmed("cum", COIN_DECIMALS).trimmed("MM at LP", COIN_DECIMALS);

    private LiquidationPriceCalculator() {
    }

    static Calculator declaration() {
        return new Calculator("liquidation-price", "Liquidation price calculator",
                "The mark price at which an isolated linear or inverse futures position is liquidated, and its bankruptcy price.",
                List.of("An isolated position is liquidated when its equity (margin plus unrealized PnL) falls to the maintenance margin. This calculator solves for that price with the maintenance margin evaluated at the liquidation price itself, as Binance and Hyperliquid do; Bybit evaluates it at the entry price, which moves the result by about 0.01 % at common settings.",
                        "Linear contracts (USDT- or USDC-margined) take the quantity in base units and the margin in the quote currency. Inverse contracts (coin-margined, such as BTCUSD perpetuals) take the quantity as the contract value in USD and the margin in the coin: their collateral loses value as the price falls, so a long is liquidated sooner than the same linear long.",
                        "The bankruptcy price is where equity reaches exactly zero; the gap between the two prices is what funds the liquidation fee and the insurance fund."),
                List.of(
                        Input.choice("contract", "Contract", "linear", "linear", "inverse"),
                        Input.choice("side", "Side", "long", "long", "short"),
                        Input.number("entry_price", "Entry price", "USD").above(0).example("60000"),
                        Input.number("quantity", "Quantity", "base units").above(0).example("0.5")
                                .help("Linear: size in base units (e.g. BTC). Inverse: contract value in USD."),
                        Input.number("leverage", "Leverage", "×").optional().above(0).atMost(1000).example("10")
                                .help("Sets the isolated margin to entry notional ÷ leverage. Ignored when margin is given."),
                        Input.number("margin", "Isolated margin", QUOTE).optional().above(0)
                                .help("Linear: in the quote currency. Inverse: in the coin. Takes precedence over leverage."),
                        Input.number("maintenance_margin_pct", "Maintenance margin rate", "%").defaultsTo(0.5).atLeast(0).below(100),
                        Input.number("maintenance_amount", "Maintenance amount", QUOTE).defaultsTo(0.0).atLeast(0)
                                .help("The tier's deduction (Binance's cum): quote currency for linear, coin for inverse.")),
                List.of(
                        Output.number("liquidation_price", "Liquidation price", "USD", 2),
                        Output.number("bankruptcy_price", "Bankruptcy price", "USD", 2),
                        Output.number("initial_margin", "Initial margin", QUOTE, 2),
                        Output.number("maintenance_margin_at_liquidation", "Maintenance margin at liquidation", QUOTE, 2),
                        Output.number("distance_pct", "Distance from entry", "%", 2)),
                // Placeholder values: a formula line shows only the symbols of its description.
                List.of("linear: " + LiquidationPrice.linearFormula(Side.LONG, 1, 1, 1, 0, 0).line(),
                        "inverse: " + LiquidationPrice.inverseFormula(Side.LONG, 1, 1, 1, 0, 0).line(),
                        "bankruptcy price (MMR = 0, cum = 0): " + LiquidationPrice.linearBankruptcyFormula(Side.LONG, 1, 1, 1).line()
                                + " (linear), " + LiquidationPrice.inverseBankruptcyFormula(Side.LONG, 1, 1, 1).line() + " (inverse)",
                        "maintenance margin at P = LP: " + MaintenanceMargin.linearFormula(1, 1, 0, 0).line() + " (linear), "
                                + MaintenanceMargin.inverseFormula(1, 1, 0, 0).line() + " (inverse)",
                        LiquidationPrice.distanceFormula(1, 1).line(),
                        "s = +1 long, −1 short; M = the margin given, or " + LiquidationPrice.linearMarginFormula(1, 1, 1).line()
                                + " (linear), " + LiquidationPrice.inverseMarginFormula(1, 1, 1).line() + " (inverse), L = leverage"),
                LiquidationPriceCalculator::compute,
                FormulaFields.of("quantity", "quantity").and("contractValueUsd", "quantity")
                        .and("entryPrice", "entry_price").and("price", "entry_price").and("leverage", "leverage")
                        .and("margin", "margin", "leverage").and("marginCoin", "margin", "leverage")
                        .and("maintenanceRate", "maintenance_margin_pct")
                        .and("maintenanceAmount", "maintenance_amount").and("maintenanceAmountCoin", "maintenance_amount"),
                // The declared units are the linear contract's; an inverse contract counts in USD and the coin.
                List.of(UnitsWhen.chosen("contract", "inverse")
                        .unit("quantity", "USD").unit("margin", COIN).unit("maintenance_amount", COIN)
                        .unit("initial_margin", COIN, COIN_DECIMALS).unit("maintenance_margin_at_liquidation", COIN, COIN_DECIMALS)));
    }

    private static Result compute(Inputs in) {
        boolean inverse = in.choice("contract").equals("inverse");
        Side side = Side.valueOf(in.choice("side").toUpperCase(Locale.ROOT));
        double entry = in.number("entry_price");
        double quantity = in.number("quantity");
        double rate = in.fraction("maintenance_margin_pct");
        double cum = in.number("maintenance_amount");
        WorkNotation notation = inverse ? INVERSE : LINEAR;
        Result.Builder result = Result.builder();
        double margin;
        if (in.has("margin")) {
            margin = in.number("margin");
            if (in.has("leverage")) {
                result.note("Both margin and leverage were given; the margin was used.");
            }
        } else if (in.has("leverage")) {
            Formula posted = inverse ? LiquidationPrice.inverseMarginFormula(quantity, entry, in.number("leverage"))
                    : LiquidationPrice.linearMarginFormula(quantity, entry, in.number("leverage"));
            margin = posted.value();
            result.work(notation.line(posted, inverse ? COIN : QUOTE));
        } else {
            throw new InputException("leverage", "is required (or give the isolated margin)");
        }
        OptionalDouble liquidation = inverse
                ? LiquidationPrice.inverse(side, quantity, entry, margin, rate, cum)
                : LiquidationPrice.linear(side, quantity, entry, margin, rate, cum);
        OptionalDouble bankruptcy = inverse
                ? LiquidationPrice.inverseBankruptcy(side, quantity, entry, margin)
                : LiquidationPrice.linearBankruptcy(side, quantity, entry, margin);
        String unit = inverse ? COIN : QUOTE;
        result.put("liquidation_price", boxed(liquidation))
                .put("bankruptcy_price", boxed(bankruptcy))
                .put("initial_margin", margin);
        if (liquidation.isPresent()) {
            double lp = liquidation.getAsDouble();
            Formula maintenance = inverse ? MaintenanceMargin.inverseFormula(quantity, lp, rate, cum)
                    : MaintenanceMargin.linearFormula(quantity, lp, rate, cum);
            Formula distance = LiquidationPrice.distanceFormula(entry, lp);
            result.put("maintenance_margin_at_liquidation", maintenance.value())
                    .percent("distance_pct", distance.value())
                    .work(notation.line(inverse ? LiquidationPrice.inverseFormula(side, quantity, entry, margin, rate, cum)
                            : LiquidationPrice.linearFormula(side, quantity, entry, margin, rate, cum), "USD"))
                    .work(notation.line(maintenance.renamed("MM at LP"), unit))
                    .work(notation.line(distance));
        } else {
            result.put("maintenance_margin_at_liquidation", null).put("distance_pct", null)
                    .note("No positive price liquidates this position: its margin covers every possible loss.");
        }
        if (bankruptcy.isPresent()) {
            result.work(notation.line(inverse ? LiquidationPrice.inverseBankruptcyFormula(side, quantity, entry, margin)
                    : LiquidationPrice.linearBankruptcyFormula(side, quantity, entry, margin), "USD"));
        } else {
            result.note("No positive price bankrupts this position.");
        }
        result.note("Isolated margin, one-way mode; maintenance margin evaluated at the liquidation price (Binance, Hyperliquid). Bybit evaluates it at entry, which moves the result by about 0.01 %.")
                .note("Margin and maintenance amount are in the " + unit + (inverse ? " (e.g. BTC)." : " (e.g. USDT)."));
        DoubleUnaryOperator pnl = inverse
                ? price -> InverseContract.unrealizedPnl(side, quantity, entry, price)
                : price -> PositionMargin.unrealizedPnl(side, quantity, entry, price);
        return result.chart(PnlChart.svg(unit, entry, boxed(liquidation), boxed(bankruptcy), pnl)).build();
    }

    /** The value, or null (shown as "none" and sent as JSON null) when it does not exist. */
    static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
