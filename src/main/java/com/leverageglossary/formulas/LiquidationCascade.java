package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.Expression.constant;
import static com.leverageglossary.formulas.Expression.max;
import static com.leverageglossary.formulas.Expression.quantity;


import java.util.ArrayList;
import java.util.List;

/**
 * A stylised liquidation cascade: after an initial shock, every long whose liquidation price is at or
 * above the price is sold, and each unit sold moves the price down by a fixed impact; rounds repeat until
 * one liquidates nothing. This is the linear-impact fire-sale model of Cont and Wagalath, "Fire Sales
 * Forensics: Measuring Endogenous Risk", Math. Finance 2016, applied to a list of liquidation levels.
 */
public final class LiquidationCascade {
    /** Rounds beyond this are cut off; each round liquidates at least one position, so it is never reached with fewer positions. */
    public static final int MAX_ROUNDS = 10_000;

    private LiquidationCascade() {
    }

    public record Round(double liquidatedSize, double priceAfter) {
    }

    /**
     * @param shock          initial fall as a fraction of the price, in (0, 1)
     * @param impactPerUnit  price fall per unit of size liquidated
     * @param liquidationPrices and {@code sizes}: one entry per leveraged long
     * @return the rounds that liquidated something, in order
     */
    public static List<Round> run(double price, double shock, double impactPerUnit, double[] liquidationPrices, double[] sizes) {
        ArgChecks.positive("price", price);
        checkShock(shock);
        ArgChecks.nonNegative("impactPerUnit", impactPerUnit);
        ArgChecks.sameLength("sizes", liquidationPrices, sizes);
        for (int i = 0; i < sizes.length; i++) {
            ArgChecks.positive("liquidationPrices", liquidationPrices[i]);
            ArgChecks.positive("sizes", sizes[i]);
        }
        boolean[] liquidated = new boolean[sizes.length];
        List<Round> rounds = new ArrayList<>();
        double current = priceAfterShock(price, shock);
        while (rounds.size() < MAX_ROUNDS) {
            double size = 0;
            for (int i = 0; i < sizes.length; i++) {
                if (!liquidated[i] && liquidationPrices[i] >= current) {
                    liquidated[i] = true;
                    size += sizes[i];
                }
            }
            if (size == 0) {
                break;
            }
            current = priceAfterRound(current, impactPerUnit, size);
            rounds.add(new Round(size, current));
        }
        return rounds;
    }

    /** price × (1 − shock): where the shock alone leaves the price, before any liquidation. */
    public static double priceAfterShock(double price, double shock) {
        return priceAfterShockFormula(price, shock).value();
    }

    /** {@code price after shock = P × (1 − shock)}. */
    public static Formula priceAfterShockFormula(double price, double shock) {
        Expression p = quantity("P", ArgChecks.positive("price", price));
        return Formula.of("price after shock", p.times(constant(1).minus(quantity("shock", checkShock(shock)))));
    }

    /** The price after the last round, or after the shock when no round liquidated anything. */
    public static double finalPrice(double price, double shock, List<Round> rounds) {
        return rounds.isEmpty() ? priceAfterShock(price, shock) : rounds.get(rounds.size() - 1).priceAfter();
    }

    /** The size sold over all rounds. */
    public static double totalLiquidated(List<Round> rounds) {
        double total = 0;
        for (Round round : rounds) {
            total += round.liquidatedSize();
        }
        return total;
    }

    /** (initial price − final price) / (initial price × shock): 1 means no amplification. */
    public static double amplification(double price, double shock, double finalPrice) {
        return amplificationFormula(price, shock, finalPrice).value();
    }

    /** {@code amplification = (P − final price) ÷ (P × shock)}. */
    public static Formula amplificationFormula(double price, double shock, double finalPrice) {
        Expression s = quantity("shock", checkShock(shock));
        Expression p = quantity("P", ArgChecks.positive("price", price));
        return Formula.of("amplification", p.minus(quantity("final price", ArgChecks.nonNegative("finalPrice", finalPrice))).over(p.times(s)));
    }

    /** max(0, price before − impact × size), plain: a cascade may run thousands of rounds; see {@link #roundFormula}. */
    static double priceAfterRound(double priceBefore, double impactPerUnit, double size) {
        return Math.max(0, priceBefore - impactPerUnit * size);
    }

    /** {@code price after round = max(0, price before − impact × size)}: one round's forced selling. */
    public static Formula roundFormula(double priceBefore, double impactPerUnit, double size) {
        return Formula.of("price after round", max(constant(0), quantity("price before", priceBefore)
                .minus(quantity("impact", impactPerUnit).times(quantity("size", size)))));
    }

    private static double checkShock(double shock) {
        if (!(ArgChecks.finite("shock", shock) > 0 && shock < 1)) {
            throw new FormulaDomainException("shock", "must be greater than 0 and less than 100 %");
        }
        return shock;
    }
}
