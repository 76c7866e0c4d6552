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
        Expression q = quantity("Q", ArgChecks.positive("quantity", quantity));
        Expression ep = quantity("EP", ArgChecks.positive("entryPrice", entryPrice));
        Expression m = quantity("M", ArgChecks.positive("margin", margin));
        Expression mmr = quantity("MMR", ArgChecks.fractionBelowOne("maintenanceRate", maintenanceRate));
        Expression cum = quantity("cum", ArgChecks.nonNegative("maintenanceAmount", maintenanceAmount));
        Expression s = sign("s", side.sign());
        return Formula.of("LP", m.plus(cum).minus(s.times(q).times(ep)).over(q.times(mmr).minus(s.times(q))));
    }

    public static OptionalDouble inverse(Side side, double contractValueUsd, double entryPrice, double marginCoin,
                                         double maintenanceRate, double maintenanceAmountCoin) {
        // A short's numerator is negative, so its price is positive exactly when the denominator is negative too.
        return checked(side, entryPrice, inverseFormula(side, contractValueUsd, entryPrice, marginCoin, maintenanceRate, maintenanceAmountCoin));
    }

    /** {@code LP = (Q·MMR + s·Q) ÷ (M + cum + s·Q ÷ EP)}, Q in USD, M and cum in coin. */
    public static Formula inverseFormula(Side side, double contractValueUsd, double entryPrice, double marginCoin,
                                         double maintenanceRate, double maintenanceAmountCoin) {
        Expression q = quantity("Q", ArgChecks.positive("contractValueUsd", contractValueUsd));
        Expression ep = quantity("EP", ArgChecks.positive("entryPrice", entryPrice));
        Expression m = quantity("M", ArgChecks.positive("marginCoin", marginCoin));
        Expression mmr = quantity("MMR", ArgChecks.fractionBelowOne("maintenanceRate", maintenanceRate));
        Expression cum = quantity("cum", ArgChecks.nonNegative("maintenanceAmountCoin", maintenanceAmountCoin));
        Expression s = sign("s", side.sign());
        return Formula.of("LP", q.times(mmr).plus(s.times(q)).over(m.plus(cum).plus(s.times(q).over(ep))));
    }

    public static OptionalDouble linearBankruptcy(Side side, double quantity, double entryPrice, double margin) {
        return checked(side, entryPrice, linearBankruptcyFormula(side, quantity, entryPrice, margin));
    }

    /**
     * The linear price with MMR = 0 and cum = 0, written without them: {@code BP = (M − s·Q·EP) ÷ (−s·Q)}. The
     * dropped terms add exact zeros, so the value is the liquidation formula's to the last bit.
     */
    public static Formula linearBankruptcyFormula(Side side, double quantity, double entryPrice, double margin) {
        Expression q = quantity("Q", ArgChecks.positive("quantity", quantity));
        Expression ep = quantity("EP", ArgChecks.positive("entryPrice", entryPrice));
        Expression m = quantity("M", ArgChecks.positive("margin", margin));
        Expression s = sign("s", side.sign());
        return Formula.of("BP", m.minus(s.times(q).times(ep)).over(s.times(q).negated()));
    }

    public static OptionalDouble inverseBankruptcy(Side side, double contractValueUsd, double entryPrice, double marginCoin) {
        return checked(side, entryPrice, inverseBankruptcyFormula(side, contractValueUsd, entryPrice, marginCoin));
    }

    /** The inverse price with MMR = 0 and cum = 0: {@code BP = s·Q ÷ (M + s·Q ÷ EP)}. */
    public static Formula inverseBankruptcyFormula(Side side, double contractValueUsd, double entryPrice, double marginCoin) {
        Expression q = quantity("Q", ArgChecks.positive("contractValueUsd", contractValueUsd));
        Expression ep = quantity("EP", ArgChecks.positive("entryPrice", entryPrice));
        Expression m = quantity("M", ArgChecks.positive("marginCoin", marginCoin));
        Expression s = sign("s", side.sign());
        return Formula.of("BP", s.times(q).over(m.plus(s.times(q).over(ep))));
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
        if (price.isPresent() && side.sign() * (entryPrice - price.getAsDouble()) <= 0) {
            throw new FormulaDomainException("maintenanceRate",
                    "is too high for this leverage: the position would be liquidated on entry (maintenance margin at or above the margin posted)");
        }
    }
}
