package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.quantity;
import static com.leverageglossary.formulas.Expression.sign;

import java.util.OptionalDouble;

/**
 * Liquidation and bankruptcy prices of an isolated one-way position, with the maintenance margin
 * evaluated at the liquidation price (Binance, "How to Calculate Liquidation Price of USDⓈ-M Futures
 * Contracts" and "... COIN-M Futures Contracts"; Hyperliquid docs, "Liquidations").
 *
 * <p>Linear: {@code LP = (M + cum − s·Q·EP) / (Q·MMR − s·Q)}, Q in base units, M and cum in quote currency.
 * Inverse: {@code LP = (Q·MMR + s·Q) / (M + cum + s·Q/EP)}, Q the contract value in USD, M and cum in coin.
 * The bankruptcy price is the same with MMR = 0 and cum = 0. An empty result means no positive price
 * liquidates the position (for example a fully collateralised 1x long).
 *
 * <p>With a {@link MaintenanceTiers} table, MMR and cum are those of the bracket that holds the position's notional
 * at the liquidation price ({@link MaintenanceTiers} says how it is found). M is whatever backs the position: the
 * isolated margin here, the wallet balance net of the other positions in {@link CrossMargin}.
 */
public final class LiquidationPrice {
    private LiquidationPrice() {
    }

    public static OptionalDouble linear(Side side, double quantity, double entryPrice, double margin,
                                        double maintenanceRate, double maintenanceAmount) {
        return checked(side, entryPrice, linearFormula(side, quantity, entryPrice, margin, maintenanceRate, maintenanceAmount));
    }

    /** {@code LP = (M + cum − s·Q·EP) ÷ (Q·MMR − s·Q)}; its value may be ≤ 0, where no price liquidates. */
    public static Formula linearFormula(Side side, double quantity, double entryPrice, double margin,
                                        double maintenanceRate, double maintenanceAmount) {
        Position p = Position.linear(side, quantity, entryPrice, margin);
        Expression mmr = rate(maintenanceRate);
        Expression cum = quantity("cum", ArgChecks.nonNegative("maintenanceAmount", maintenanceAmount));
        return Formula.of("LP", p.m.plus(cum).minus(p.s.times(p.q).times(p.ep)).over(p.q.times(mmr).minus(p.s.times(p.q))));
    }

    public static OptionalDouble inverse(Side side, double contractValueUsd, double entryPrice, double marginCoin,
                                         double maintenanceRate, double maintenanceAmountCoin) {
        // A short's numerator is negative, so its price is positive exactly when the denominator is negative too.
        return checked(side, entryPrice, inverseFormula(side, contractValueUsd, entryPrice, marginCoin, maintenanceRate, maintenanceAmountCoin));
    }

    /** {@code LP = (Q·MMR + s·Q) ÷ (M + cum + s·Q ÷ EP)}, Q in USD, M and cum in coin. */
    public static Formula inverseFormula(Side side, double contractValueUsd, double entryPrice, double marginCoin,
                                         double maintenanceRate, double maintenanceAmountCoin) {
        Position p = Position.inverse(side, contractValueUsd, entryPrice, marginCoin);
        Expression mmr = rate(maintenanceRate);
        Expression cum = quantity("cum", ArgChecks.nonNegative("maintenanceAmountCoin", maintenanceAmountCoin));
        return Formula.of("LP", p.q.times(mmr).plus(p.s.times(p.q)).over(p.m.plus(cum).plus(p.s.times(p.q).over(p.ep))));
    }

    /** Linear, isolated, with the rate and amount of the bracket that holds the notional Q·LP; tiers in quote currency. */
    public static TieredLiquidation linear(Side side, double quantity, double entryPrice, double margin, MaintenanceTiers tiers) {
        ArgChecks.positive("margin", margin);
        return notOnEntry(side, entryPrice, tiers, linearUnchecked(side, quantity, entryPrice, margin, tiers));
    }

    /** Inverse, isolated, with the rate and amount of the bracket that holds the notional Q/LP; tiers in coin. */
    public static TieredLiquidation inverse(Side side, double contractValueUsd, double entryPrice, double marginCoin, MaintenanceTiers tiers) {
        ArgChecks.positive("marginCoin", marginCoin);
        return notOnEntry(side, entryPrice, tiers, inverseUnchecked(side, contractValueUsd, entryPrice, marginCoin, tiers));
    }

    /** {@code N = Q·LP}: a linear position's notional at a price, in quote currency, which places it in a bracket. */
    public static Formula linearNotionalFormula(double quantity, double price) {
        return Formula.of("N", quantity("Q", ArgChecks.positive("quantity", quantity)).times(quantity("LP", ArgChecks.positive("price", price))));
    }

    /** {@code N = Q ÷ LP}: an inverse position's notional at a price, in coin. */
    public static Formula inverseNotionalFormula(double contractValueUsd, double price) {
        return Formula.of("N", quantity("Q", ArgChecks.positive("contractValueUsd", contractValueUsd)).over(quantity("LP", ArgChecks.positive("price", price))));
    }

    public static OptionalDouble linearBankruptcy(Side side, double quantity, double entryPrice, double margin) {
        return checked(side, entryPrice, linearBankruptcyFormula(side, quantity, entryPrice, margin));
    }

    /**
     * The linear price with MMR = 0 and cum = 0, written without them: {@code BP = (M − s·Q·EP) ÷ (−s·Q)}. The
     * dropped terms add exact zeros, so the value is the liquidation formula's to the last bit.
     */
    public static Formula linearBankruptcyFormula(Side side, double quantity, double entryPrice, double margin) {
        Position p = Position.linear(side, quantity, entryPrice, margin);
        return Formula.of("BP", p.m.minus(p.s.times(p.q).times(p.ep)).over(p.s.times(p.q).negated()));
    }

    public static OptionalDouble inverseBankruptcy(Side side, double contractValueUsd, double entryPrice, double marginCoin) {
        return checked(side, entryPrice, inverseBankruptcyFormula(side, contractValueUsd, entryPrice, marginCoin));
    }

    /** The inverse price with MMR = 0 and cum = 0: {@code BP = s·Q ÷ (M + s·Q ÷ EP)}. */
    public static Formula inverseBankruptcyFormula(Side side, double contractValueUsd, double entryPrice, double marginCoin) {
        Position p = Position.inverse(side, contractValueUsd, entryPrice, marginCoin);
        return Formula.of("BP", p.s.times(p.q).over(p.m.plus(p.s.times(p.q).over(p.ep))));
    }

    /** Isolated margin posted for a leverage: linear Q·EP/L in quote currency. */
    public static double linearMargin(double quantity, double entryPrice, double leverage) {
        return linearMarginFormula(quantity, entryPrice, leverage).value();
    }

    /** {@code M = Q·EP ÷ L}. */
    public static Formula linearMarginFormula(double quantity, double entryPrice, double leverage) {
        return Formula.of("M", quantity("Q", ArgChecks.positive("quantity", quantity))
                .times(quantity("EP", ArgChecks.positive("entryPrice", entryPrice)))
                .over(quantity("L", ArgChecks.positive("leverage", leverage))));
    }

    /** Isolated margin posted for a leverage: inverse Q/(EP·L) in coin. */
    public static double inverseMargin(double contractValueUsd, double entryPrice, double leverage) {
        return inverseMarginFormula(contractValueUsd, entryPrice, leverage).value();
    }

    /** {@code M = Q ÷ (EP·L)}. */
    public static Formula inverseMarginFormula(double contractValueUsd, double entryPrice, double leverage) {
        return Formula.of("M", quantity("Q", ArgChecks.positive("contractValueUsd", contractValueUsd))
                .over(quantity("EP", ArgChecks.positive("entryPrice", entryPrice)).times(quantity("L", ArgChecks.positive("leverage", leverage)))));
    }

    /** Signed distance from entry to a price, in percent of entry. */
    public static double distancePct(double entryPrice, double price) {
        return distanceFormula(entryPrice, price).value() * 100;
    }

    /** {@code distance = (LP − EP) ÷ EP}, as a fraction of entry. */
    public static Formula distanceFormula(double entryPrice, double price) {
        Expression lp = quantity("LP", ArgChecks.finite("price", price));
        Expression ep = quantity("EP", ArgChecks.positive("entryPrice", entryPrice));
        return Formula.of("distance", lp.minus(ep).over(ep));
    }

    /** Whether a price is at or beyond entry on the losing side: a position liquidated there is closed as it opens. */
    static boolean atOrBeyondEntry(Side side, double entryPrice, OptionalDouble price) {
        return price.isPresent() && side.sign() * (entryPrice - price.getAsDouble()) <= 0;
    }

    /** An isolated position liquidated on entry is refused, blaming whichever set the rates (the tiers or the flat rate). */
    private static TieredLiquidation notOnEntry(Side side, double entryPrice, MaintenanceTiers tiers, TieredLiquidation result) {
        if (atOrBeyondEntry(side, entryPrice, result.price())) {
            throw tiers.liquidatedOnEntry();
        }
        return result;
    }

    /** The tiered linear solve for any collateral M, leaving the on-entry check to the caller, which knows what M is. */
    static TieredLiquidation linearUnchecked(Side side, double quantity, double entryPrice, double collateral, MaintenanceTiers tiers) {
        ArgChecks.positive("quantity", quantity);
        ArgChecks.positive("entryPrice", entryPrice);
        return tiers.liquidation(quantity * entryPrice,
                (rate, amount) -> linearFormula(side, quantity, entryPrice, collateral, rate, amount).value(),
                price -> linearNotionalFormula(quantity, price).value());
    }

    /** The tiered inverse solve for any collateral M in coin; the on-entry check is the caller's. */
    static TieredLiquidation inverseUnchecked(Side side, double contractValueUsd, double entryPrice, double collateralCoin, MaintenanceTiers tiers) {
        ArgChecks.positive("contractValueUsd", contractValueUsd);
        ArgChecks.positive("entryPrice", entryPrice);
        return tiers.liquidation(contractValueUsd / entryPrice,
                (rate, amount) -> inverseFormula(side, contractValueUsd, entryPrice, collateralCoin, rate, amount).value(),
                price -> inverseNotionalFormula(contractValueUsd, price).value());
    }

    /** The terms every price formula shares, each checked under the formula's own parameter name. */
    private record Position(Expression s, Expression q, Expression ep, Expression m) {
        static Position linear(Side side, double quantity, double entryPrice, double margin) {
            return new Position(sign("s", side.sign()), quantity("Q", ArgChecks.positive("quantity", quantity)),
                    quantity("EP", ArgChecks.positive("entryPrice", entryPrice)), quantity("M", ArgChecks.positive("margin", margin)));
        }

        static Position inverse(Side side, double contractValueUsd, double entryPrice, double marginCoin) {
            return new Position(sign("s", side.sign()), quantity("Q", ArgChecks.positive("contractValueUsd", contractValueUsd)),
                    quantity("EP", ArgChecks.positive("entryPrice", entryPrice)), quantity("M", ArgChecks.positive("marginCoin", marginCoin)));
        }
    }

    private static Expression rate(double maintenanceRate) {
        return quantity("MMR", ArgChecks.fractionBelowOne("maintenanceRate", maintenanceRate));
    }

    private static OptionalDouble checked(Side side, double entryPrice, Formula price) {
        OptionalDouble result = positive(price.value());
        rejectLiquidatedOnEntry(side, entryPrice, result);
        return result;
    }

    private static OptionalDouble positive(double price) {
        return price > 0 && Double.isFinite(price) ? OptionalDouble.of(price) : OptionalDouble.empty();
    }

    /** A long liquidated at or above its entry (or a short at or below) would be closed the moment it opens. */
    private static void rejectLiquidatedOnEntry(Side side, double entryPrice, OptionalDouble price) {
        if (atOrBeyondEntry(side, entryPrice, price)) {
            throw MaintenanceTiers.flatRateLiquidatesOnEntry();
        }
    }
}
