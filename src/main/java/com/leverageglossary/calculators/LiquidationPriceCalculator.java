package com.leverageglossary.calculators;

import com.leverageglossary.formulas.CrossMargin;
import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.InverseContract;
import com.leverageglossary.formulas.LiquidationPrice;
import com.leverageglossary.formulas.MaintenanceBracket;
import com.leverageglossary.formulas.MaintenanceMargin;
import com.leverageglossary.formulas.MaintenanceTiers;
import com.leverageglossary.formulas.PositionMargin;
import com.leverageglossary.formulas.Side;
import com.leverageglossary.formulas.TieredLiquidation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/** Liquidation and bankruptcy prices of a linear or inverse position, isolated or in a cross-margin account, with flat or tiered maintenance margin. */
final class LiquidationPriceCalculator {
    /** A linear contract's money: shown to the cent like every other dollar amount. */
    private static final String QUOTE = "quote currency";
    /** An inverse contract's money: shown to the satoshi (10⁻⁸ BTC), the smallest unit coin margins are booked in. */
    private static final String COIN = "coin";
    private static final int COIN_DECIMALS = 8;
    /** Shown work: prices to the cent, a quantity to 8 places (0.5 BTC reads 0.50), rates as percentages. */
    private static final WorkNotation LINEAR = WorkNotation.decimals(2).trimmed("Q", COIN_DECIMALS)
            .percent("MMR", 4).percent("distance", 2).percent("MMR_n", 4).percent("MMR_(n−1)", 4);
    /** An inverse contract's quantity is USD and its margins, wallet and notional are coin, shown to the satoshi. */
    private static final WorkNotation INVERSE = WorkNotation.decimals(2).percent("MMR", 4).percent("distance", 2)
            .percent("MMR_n", 4).percent("MMR_(n−1)", 4)
            .trimmed("M", COIN_DECIMALS).trimmed("cum", COIN_DECIMALS).trimmed("MM at LP", COIN_DECIMALS)
            .trimmed("WB", COIN_DECIMALS).trimmed("TMM1", COIN_DECIMALS).trimmed("UPNL1", COIN_DECIMALS).trimmed("E", COIN_DECIMALS)
            .trimmed("N", COIN_DECIMALS).trimmed("floor_n", COIN_DECIMALS).trimmed("cum_n", COIN_DECIMALS).trimmed("cum_(n−1)", COIN_DECIMALS);

    private LiquidationPriceCalculator() {
    }

    static Calculator declaration() {
        List<Output> outputs = new ArrayList<>(List.of(
                Output.number("liquidation_price", "Liquidation price", "USD", 2),
                Output.number("bankruptcy_price", "Bankruptcy price", "USD", 2),
                Output.number("initial_margin", "Initial margin", QUOTE, 2),
                Output.number("maintenance_margin_at_liquidation", "Maintenance margin at liquidation", QUOTE, 2),
                Output.number("distance_pct", "Distance from entry", "%", 2)));
        outputs.addAll(MaintenanceTierFields.outputs(QUOTE));
        return new Calculator("liquidation-price", "Liquidation price calculator",
                "The mark price at which an isolated or cross-margin, linear or inverse futures position is liquidated, and its bankruptcy price, with an exchange's maintenance margin tiers if you give them.",
                List.of("An isolated position is liquidated when its equity (margin plus unrealized PnL) falls to the maintenance margin. This calculator solves for that price with the maintenance margin evaluated at the liquidation price itself, as Binance and Hyperliquid do; Bybit evaluates it at the entry price, which moves the result by about 0.01 % at common settings.",
                        "Linear contracts (USDT- or USDC-margined) take the quantity in base units and the margin in the quote currency. Inverse contracts (coin-margined, such as BTCUSD perpetuals) take the quantity as the contract value in USD and the margin in the coin: their collateral loses value as the price falls, so a long is liquidated sooner than the same linear long.",
                        "Exchanges set maintenance margin in notional brackets: the larger the position, the higher the rate. Give the brackets as tiers (notional_cap:rate_pct pairs) and each bracket's maintenance amount follows the exchanges' rule cum_i = cum_(i−1) + floor_i × (rate_i − rate_(i−1)), so the margin is continuous at every cap. The bracket that counts is the one that holds the position's notional at the liquidation price, which can be lower (long) or higher (short) than at entry: the price is solved in every bracket and the one whose solution it holds is kept, as Binance documents. Only at a cap can two brackets hold it, with the same price, and the lower one is kept. Tiers take precedence over the flat maintenance rate and amount, which are then ignored; a position whose notional, at entry or at the liquidation price, lies beyond the last cap is refused.",
                        "In cross margin mode the whole wallet balance backs the position, less the maintenance margin the account's other positions need, plus their unrealized PnL (Binance's WB − TMM1 + UPNL1); margin and leverage then play no part in the liquidation price. The other positions are taken at their current mark prices, as the exchange's formula does. The bankruptcy price is where the account's equity reaches zero.",
                        "The bankruptcy price is where equity reaches exactly zero; the gap between the two prices is what funds the liquidation fee and the insurance fund."),
                List.of(
                        Input.choice("contract", "Contract", "linear", "linear", "inverse"),
                        Input.choice("side", "Side", "long", "long", "short"),
                        Input.choice("margin_mode", "Margin mode", "isolated", "isolated", "cross"),
                        Input.number("entry_price", "Entry price", "USD").above(0).example("60000"),
                        Input.number("quantity", "Quantity", "base units").above(0).example("0.5")
                                .help("Linear: size in base units (e.g. BTC). Inverse: contract value in USD."),
                        Input.number("leverage", "Leverage", "×").optional().above(0).atMost(1000).example("10")
                                .help("Sets the isolated margin to entry notional ÷ leverage. Ignored when margin is given."),
                        Input.number("margin", "Isolated margin", QUOTE).optional().above(0)
                                .help("Linear: in the quote currency. Inverse: in the coin. Takes precedence over leverage."),
                        Input.number("wallet_balance", "Wallet balance", QUOTE).optional().above(0)
                                .help("Cross margin only, and required there: the account's whole wallet balance."),
                        Input.number("other_maintenance_margin", "Other positions' maintenance margin", QUOTE).optional().atLeast(0)
                                .help("Cross margin only: the maintenance margin of every other position in the account (Binance's TMM1). Absent means none."),
                        Input.number("other_unrealized_pnl", "Other positions' unrealized PnL", QUOTE).optional()
                                .help("Cross margin only: their unrealized PnL at mark, negative for a loss (Binance's UPNL1). Absent means none."),
                        Input.number("maintenance_margin_pct", "Maintenance margin rate", "%").defaultsTo(0.5).atLeast(0).below(100),
                        Input.number("maintenance_amount", "Maintenance amount", QUOTE).defaultsTo(0.0).atLeast(0)
                                .help("The tier's deduction (Binance's cum): quote currency for linear, coin for inverse."),
                        MaintenanceTierFields.input(QUOTE)),
                outputs,
                // Placeholder values: a formula line shows only the symbols of its description.
                List.of("linear: " + LiquidationPrice.linearFormula(Side.LONG, 1, 1, 1, 0, 0).line(),
                        "inverse: " + LiquidationPrice.inverseFormula(Side.LONG, 1, 1, 1, 0, 0).line(),
                        "bankruptcy price (MMR = 0, cum = 0): " + LiquidationPrice.linearBankruptcyFormula(Side.LONG, 1, 1, 1).line()
                                + " (linear), " + LiquidationPrice.inverseBankruptcyFormula(Side.LONG, 1, 1, 1).line() + " (inverse)",
                        "maintenance margin at P = LP: " + MaintenanceMargin.linearFormula(1, 1, 0, 0).line() + " (linear), "
                                + MaintenanceMargin.inverseFormula(1, 1, 0, 0).line() + " (inverse)",
                        LiquidationPrice.distanceFormula(1, 1).line(),
                        "s = +1 long, −1 short; M = the margin given, or " + LiquidationPrice.linearMarginFormula(1, 1, 1).line()
                                + " (linear), " + LiquidationPrice.inverseMarginFormula(1, 1, 1).line() + " (inverse), L = leverage",
                        "cross margin: " + CrossMargin.collateralFormula(1, 0, 0).line() + " (wallet balance, other positions' maintenance margin "
                                + "and unrealized PnL); the bankruptcy price takes M = " + CrossMargin.equityBesidesFormula(1, 0, 0).line(),
                        "tiers: " + MaintenanceTierFields.AMOUNT_RULE + "; MMR and cum are the bracket's that holds "
                                + LiquidationPrice.linearNotionalFormula(1, 1).line() + " (linear), "
                                + LiquidationPrice.inverseNotionalFormula(1, 1).line() + " (inverse)"),
                LiquidationPriceCalculator::compute,
                FormulaFields.of("quantity", "quantity").and("contractValueUsd", "quantity").and("notional", "quantity")
                        .and("entryPrice", "entry_price").and("price", "entry_price").and("leverage", "leverage")
                        .and("margin", "margin", "leverage").and("marginCoin", "margin", "leverage")
                        .and("maintenanceRate", "maintenance_margin_pct")
                        .and("maintenanceAmount", "maintenance_amount").and("maintenanceAmountCoin", "maintenance_amount")
                        .and("tiers", "tiers").and("walletBalance", "wallet_balance")
                        .and("otherMaintenanceMargin", "other_maintenance_margin").and("otherUnrealizedPnl", "other_unrealized_pnl"),
                // The declared units are the linear contract's; an inverse contract counts in USD and the coin.
                List.of(UnitsWhen.chosen("contract", "inverse")
                        .unit("quantity", "USD").unit("margin", COIN).unit("maintenance_amount", COIN)
                        .unit("wallet_balance", COIN).unit("other_maintenance_margin", COIN).unit("other_unrealized_pnl", COIN)
                        .unit(MaintenanceTierFields.TIERS, COIN + " cap:rate %")
                        .unit("initial_margin", COIN, COIN_DECIMALS).unit("maintenance_margin_at_liquidation", COIN, COIN_DECIMALS)
                        .unit(MaintenanceTierFields.BRACKET_AMOUNT, COIN, COIN_DECIMALS)))
                .withPresets(Preset.of("binance-btcusdt-brackets", "Binance BTCUSDT brackets",
                        "A 4.5 BTC long at 60,000 with 10x under Binance's BTCUSDT maintenance brackets: 270,000 of notional at entry is in the 1 % bracket, but at the liquidation price it falls into the 0.5 % one.",
                        presetValues("contract", "linear", "side", "long", "entry_price", "60000", "quantity", "4.5", "leverage", "10",
                                MaintenanceTierFields.TIERS, MaintenanceTierFields.BINANCE_BTCUSDT_2021_03_18))
                        .citing("Binance, Updates to Leverage and Margin Tiers of Binance Futures Contracts (2021-03-18): BTCUSDT 125x perpetual contract",
                                "https://www.binance.com/tr/support/announcement/86cf9aa472574b8cb2e05bb751c2a9a6", "2021-03-18"));
    }

    private static Map<String, String> presetValues(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    private static Result compute(Inputs in) {
        boolean inverse = in.choice("contract").equals("inverse");
        boolean cross = in.choice("margin_mode").equals("cross");
        Side side = Side.valueOf(in.choice("side").toUpperCase(Locale.ROOT));
        double entry = in.number("entry_price");
        double quantity = in.number("quantity");
        MaintenanceTiers tiers = MaintenanceTierFields.from(in, in.fraction("maintenance_margin_pct"), in.number("maintenance_amount"));
        String unit = inverse ? COIN : QUOTE;
        WorkNotation notation = inverse ? INVERSE : LINEAR;
        Result.Builder result = Result.builder();
        PositionBacking backing = cross ? PositionBacking.cross(in, result) : PositionBacking.isolated(in, inverse, quantity, entry, result);
        backing.work().ifPresent(line -> result.work(notation.line(line, unit)));
        TieredLiquidation liquidation = backing.liquidation(side, inverse, quantity, entry, tiers);
        OptionalDouble bankruptcy = backing.bankruptcy(side, inverse, quantity, entry);
        result.put("liquidation_price", boxed(liquidation.price()))
                .put("bankruptcy_price", boxed(bankruptcy))
                .put("initial_margin", backing.initialMargin(inverse, quantity, entry));
        if (liquidation.price().isPresent()) {
            double lp = liquidation.price().getAsDouble();
            MaintenanceBracket bracket = liquidation.bracket().orElseThrow();
            double margin = backing.collateral();
            Formula maintenance = inverse ? MaintenanceMargin.inverseFormula(quantity, lp, bracket.rate(), bracket.amount())
                    : MaintenanceMargin.linearFormula(quantity, lp, bracket.rate(), bracket.amount());
            Formula distance = LiquidationPrice.distanceFormula(entry, lp);
            Formula notional = inverse ? LiquidationPrice.inverseNotionalFormula(quantity, lp) : LiquidationPrice.linearNotionalFormula(quantity, lp);
            result.put("maintenance_margin_at_liquidation", maintenance.value())
                    .percent("distance_pct", distance.value())
                    .work(notation.line(inverse ? LiquidationPrice.inverseFormula(side, quantity, entry, margin, bracket.rate(), bracket.amount())
                            : LiquidationPrice.linearFormula(side, quantity, entry, margin, bracket.rate(), bracket.amount()), "USD"));
            MaintenanceTierFields.put(result, in, tiers, liquidation.bracket(), notional, notional.value(), "the liquidation price", notation, unit);
            result.work(notation.line(maintenance.renamed("MM at LP"), unit))
                    .work(notation.line(distance));
        } else {
            result.put("maintenance_margin_at_liquidation", null).put("distance_pct", null);
            MaintenanceTierFields.put(result, in, tiers, liquidation.bracket(), null, 0, "the liquidation price", notation, unit);
            result.note("No positive price liquidates this position: its margin covers every possible loss.");
        }
        if (bankruptcy.isPresent()) {
            Optional<Formula> equityWork = backing.bankruptcyWork();
            equityWork.ifPresent(line -> result.work(notation.line(line, unit)));
            double equity = equityWork.map(Formula::value).orElse(backing.collateral());
            result.work(notation.line(inverse ? LiquidationPrice.inverseBankruptcyFormula(side, quantity, entry, equity)
                    : LiquidationPrice.linearBankruptcyFormula(side, quantity, entry, equity), "USD"));
        } else {
            result.note("No positive price bankrupts this position.");
        }
        if (in.has(MaintenanceTierFields.TIERS)) {
            result.note("The tiers set the maintenance rate and amount; the flat maintenance margin rate and maintenance amount are ignored.");
        }
        result.note((cross ? "Cross margin" : "Isolated margin") + ", one-way mode; maintenance margin evaluated at the liquidation price (Binance, Hyperliquid). Bybit evaluates it at entry, which moves the result by about 0.01 %.")
                .note((cross ? "Wallet balance, the other positions' figures" : "Margin") + " and maintenance amounts are in the " + unit + (inverse ? " (e.g. BTC)." : " (e.g. USDT)."));
        DoubleUnaryOperator pnl = inverse
                ? p -> InverseContract.unrealizedPnl(side, quantity, entry, p)
                : p -> PositionMargin.unrealizedPnl(side, quantity, entry, p);
        return result.chart(PnlChart.svg(unit, entry, boxed(liquidation.price()), boxed(bankruptcy), pnl)).build();
    }

    /** The value, or null (shown as "none" and sent as JSON null) when it does not exist. */
    static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
