package com.leverageglossary.calculators;

import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.FormulaDomainException;
import com.leverageglossary.formulas.LiquidationPrice;
import com.leverageglossary.formulas.MaintenanceBracket;
import com.leverageglossary.formulas.MaintenanceTiers;
import com.leverageglossary.formulas.PositionMargin;
import com.leverageglossary.formulas.Side;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Margin, PnL and effective leverage of a linear isolated position at a mark price, with flat or tiered maintenance margin. */
final class PositionMarginCalculator {
    /** Shown work: dollar amounts to the cent, the quantity to 8 places (0.5 BTC reads 0.50), rates as percentages. */
    private static final WorkNotation WORK = WorkNotation.decimals(2).trimmed("quantity", 8).percent("rate", 4)
            .percent("margin ratio", 2).percent("ROI", 2).percent("target ROI", 4).percent("MMR_n", 4).percent("MMR_(n−1)", 4);

    private PositionMarginCalculator() {
    }

    static Calculator declaration() {
        return new Calculator("position-margin", "Position margin calculator",
                "Initial and maintenance margin, unrealized PnL, ROI and effective leverage of a USDT-margined position at any mark price.",
                List.of("A linear (USDT- or USDC-margined) position posts initial margin equal to its entry notional divided by the leverage. As the mark price moves, unrealized profit and loss changes the position's equity, and with it the effective leverage: a losing position becomes more leveraged than the setting it was opened with.",
                        "ROI is measured on the initial margin, the way Binance and Bybit display it. The position counts as liquidated once its equity is at or below the maintenance margin, evaluated at the mark price.",
                        "Exchanges set maintenance margin in notional brackets. Give them as tiers (notional_cap:rate_pct pairs, ascending) and the maintenance margin at mark is notional × rate − amount of the bracket that holds the notional at the mark price, each bracket's amount following the exchanges' rule cum_i = cum_(i−1) + floor_i × (rate_i − rate_(i−1)), so the margin is continuous at every cap. Tiers take precedence over the flat maintenance rate, which is then ignored; a notional beyond the last cap is refused."),
                List.of(
                        Input.choice("side", "Side", "long", "long", "short"),
                        Input.number("quantity", "Quantity", "base units").above(0).example("0.5")
                                .help("Position size in the base asset, e.g. BTC."),
                        Input.number("entry_price", "Entry price", "USDT").above(0).example("60000"),
                        Input.number("leverage", "Leverage", "×").above(0).atMost(1000).example("10"),
                        Input.number("mark_price", "Mark price", "USDT").optional().above(0).example("57000")
                                .help("Defaults to the entry price."),
                        Input.number("maintenance_margin_pct", "Maintenance margin rate", "%").defaultsTo(0.5).atLeast(0).below(100),
                        MaintenanceTierFields.input("USDT"),
                        Input.number("target_roi_pct", "Target ROI", "%").optional().example("50")
                                .help("Optional: the return on initial margin you want a target price for.")),
                outputs(),
                // Placeholder values: a formula line shows only the symbols of its description.
                List.of(PositionMargin.notionalFormula(1, 1).line(),
                        PositionMargin.initialMarginFormula(1, 1, 1).line(),
                        PositionMargin.maintenanceMarginFormula(1, 1, 0).line() + " (one flat rate), or with tiers "
                                + PositionMargin.maintenanceMarginFormula(1, 1, 0, 0).line() + " of the bracket that holds the notional; "
                                + MaintenanceTierFields.AMOUNT_RULE,
                        PositionMargin.unrealizedPnlFormula(Side.LONG, 1, 1, 1).line() + ", s = +1 long, −1 short",
                        PositionMargin.equityFormula(1, 0).line(),
                        PositionMargin.effectiveLeverageFormula(1, 1).line(),
                        PositionMargin.marginRatioFormula(1, 1).line(),
                        PositionMargin.roiFormula(0, 1).line(),
                        PositionMargin.targetPriceFormula(Side.LONG, 1, 1, 0).line()),
                PositionMarginCalculator::compute,
                FormulaFields.of("quantity", "quantity").and("entryPrice", "entry_price").and("leverage", "leverage")
                        .and("markPrice", "mark_price").and("price", "mark_price").and("maintenanceRate", "maintenance_margin_pct")
                        .and("roiPct", "target_roi_pct").and("tiers", "tiers").and("maintenanceAmount", "tiers")
                        // Derived values: blamed on the input that moves them.
                        .and("unrealizedPnl", "mark_price").and("equity", "mark_price").and("maintenanceMargin", "maintenance_margin_pct")
                        .and("initialMargin", "leverage").and("margin", "leverage").and("notional", "quantity"));
    }

    /** The outputs, with the bracket that sets the maintenance margin right after it. */
    private static List<Output> outputs() {
        List<Output> outputs = new ArrayList<>(List.of(
                Output.number("notional", "Notional at mark", "USDT", 2),
                Output.number("initial_margin", "Initial margin", "USDT", 2),
                Output.number("maintenance_margin", "Maintenance margin at mark", "USDT", 2)));
        outputs.addAll(MaintenanceTierFields.outputs("USDT"));
        outputs.addAll(List.of(
                Output.number("unrealized_pnl", "Unrealized PnL", "USDT", 2),
                Output.number("equity", "Equity", "USDT", 2),
                Output.number("effective_leverage", "Effective leverage", "×", 2),
                Output.number("margin_ratio_pct", "Margin ratio", "%", 2),
                Output.number("roi_pct", "ROI", "%", 2),
                Output.flag("liquidated", "Liquidated"),
                Output.number("target_price", "Target price", "USDT", 2)));
        return outputs;
    }

    private static Result compute(Inputs in) {
        Side side = Side.valueOf(in.choice("side").toUpperCase(Locale.ROOT));
        double quantity = in.number("quantity");
        double entry = in.number("entry_price");
        double leverage = in.number("leverage");
        double mark = in.has("mark_price") ? in.number("mark_price") : entry;
        boolean table = in.has(MaintenanceTierFields.TIERS);
        MaintenanceTiers tiers = MaintenanceTierFields.from(in, in.fraction("maintenance_margin_pct"), 0);

        Formula notional = PositionMargin.notionalFormula(quantity, mark);
        Formula initialMargin = PositionMargin.initialMarginFormula(quantity, entry, leverage);
        MaintenanceBracket bracket = tiers.bracketFor(notional.value());
        // One flat rate keeps its line without an amount; a table's bracket deducts its cum.
        Formula maintenance = table ? PositionMargin.maintenanceMarginFormula(quantity, mark, bracket.rate(), bracket.amount())
                : PositionMargin.maintenanceMarginFormula(quantity, mark, bracket.rate());
        Formula pnl = PositionMargin.unrealizedPnlFormula(side, quantity, entry, mark);
        Formula equity = PositionMargin.equityFormula(initialMargin.value(), pnl.value());
        boolean liquidated = PositionMargin.liquidated(equity.value(), maintenance.value());
        Result.Builder result = Result.builder()
                .put("notional", notional.value())
                .put("initial_margin", initialMargin.value())
                .put("maintenance_margin", maintenance.value())
                .work(WORK.line(notional, "USDT"))
                .work(WORK.line(initialMargin, "USDT"));
        MaintenanceTierFields.put(result, in, tiers, Optional.of(bracket), null, notional.value(), "the mark price", WORK, "USDT");
        result.put("unrealized_pnl", pnl.value())
                .put("equity", equity.value())
                .work(WORK.line(maintenance, "USDT"))
                .work(WORK.line(pnl, "USDT"))
                .work(WORK.line(equity, "USDT"));
        if (equity.value() > 0) {
            Formula effective = PositionMargin.effectiveLeverageFormula(notional.value(), equity.value());
            Formula ratio = PositionMargin.marginRatioFormula(maintenance.value(), equity.value());
            result.put("effective_leverage", effective.value())
                    .percent("margin_ratio_pct", ratio.value())
                    .work(WORK.line(effective, "×"))
                    .work(WORK.line(ratio));
        } else {
            result.put("effective_leverage", null).put("margin_ratio_pct", null)
                    .note("Equity is at or below zero at this mark price, so effective leverage and margin ratio are undefined.");
        }
        Formula roi = PositionMargin.roiFormula(pnl.value(), initialMargin.value());
        result.percent("roi_pct", roi.value())
                .work(WORK.line(roi))
                .put("liquidated", liquidated);
        if (in.has("target_roi_pct")) {
            Formula target = PositionMargin.targetPriceFormula(side, entry, leverage, in.number("target_roi_pct"));
            result.put("target_price", target.value()).work(WORK.line(target, "USDT"));
        } else {
            result.put("target_price", null).note("Give a target ROI to get a target price.");
        }
        if (liquidated) {
            result.note("Equity is at or below the maintenance margin: an exchange would have liquidated this position.");
        }
        result.note(table
                ? "Isolated margin, one-way mode, fees and funding ignored; the tiers set the maintenance rate, so the flat rate is ignored."
                : "Isolated margin, one-way mode, fees and funding ignored; maintenance margin uses one flat rate (real exchanges use tiers by size: give them as tiers).");
        OptionalDouble liquidation = liquidationForChart(side, quantity, entry, initialMargin.value(), tiers);
        OptionalDouble bankruptcy = LiquidationPrice.linearBankruptcy(side, quantity, entry, initialMargin.value());
        return result.chart(PnlChart.svg("USDT", entry, LiquidationPriceCalculator.boxed(liquidation), LiquidationPriceCalculator.boxed(bankruptcy),
                price -> PositionMargin.unrealizedPnl(side, quantity, entry, price))).build();
    }

    /**
     * The liquidation price the chart marks. A position liquidated on entry has none, and neither has one whose tiers
     * end before its liquidation price: the margin at mark is still well defined, so the chart leaves the marker out
     * rather than refusing the answer.
     */
    private static OptionalDouble liquidationForChart(Side side, double quantity, double entry, double initialMargin, MaintenanceTiers tiers) {
        try {
            return LiquidationPrice.linear(side, quantity, entry, initialMargin, tiers).price();
        } catch (FormulaDomainException e) {
            return OptionalDouble.empty();
        }
    }
}
