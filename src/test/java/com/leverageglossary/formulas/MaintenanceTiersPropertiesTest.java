package com.leverageglossary.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/**
 * Invariants of tiered maintenance margin for any table of rising caps and non-falling rates: the margin is
 * continuous at every cap (the point of the cum rule), the liquidation price is the root of equity − maintenance
 * margin in the bracket that holds it, and a larger position is liquidated no later than a smaller one.
 */
class MaintenanceTiersPropertiesTest {

    /** Up to ten brackets, caps from 1,000 to about 10¹¹, rates rising from 0 to at most about 50 %. */
    @Provide
    Arbitrary<MaintenanceTiers> tables() {
        Arbitrary<List<Double>> capSteps = Arbitraries.doubles().between(1.2, 20).list().ofMinSize(1).ofMaxSize(10);
        Arbitrary<List<Double>> rateSteps = Arbitraries.doubles().between(0, 0.05).ofScale(5).list().ofSize(10);
        return Combinators.combine(Arbitraries.doubles().between(1_000, 100_000), capSteps, rateSteps).as((first, steps, rises) -> {
            double[] caps = new double[steps.size()];
            double[] rates = new double[steps.size()];
            double cap = first;
            double rate = rises.get(0) / 5;
            for (int i = 0; i < caps.length; i++) {
                caps[i] = cap;
                rates[i] = rate;
                cap *= steps.get(i);
                rate += rises.get(i);
            }
            return MaintenanceTiers.of(caps, rates);
        });
    }

    @Property
    void marginIsContinuousAtEveryCap(@ForAll("tables") MaintenanceTiers tiers) {
        List<MaintenanceBracket> brackets = tiers.brackets();
        for (int i = 0; i + 1 < brackets.size(); i++) {
            double cap = brackets.get(i).cap();

            assertThat(brackets.get(i + 1).margin(cap)).isCloseTo(brackets.get(i).margin(cap), within(1e-9 * cap));
            assertThat(tiers.maintenanceMargin(Math.nextUp(cap))).isCloseTo(tiers.maintenanceMargin(cap), within(1e-9 * cap));
        }
    }

    @Property
    void marginIsTheSumOfEachSliceAtItsBracketsRate(@ForAll("tables") MaintenanceTiers tiers,
                                                     @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(6) double share) {
        List<MaintenanceBracket> brackets = tiers.brackets();
        double notional = brackets.get(brackets.size() - 1).cap() * share;
        double sliced = 0;
        for (MaintenanceBracket bracket : brackets) {
            sliced += Math.max(0, Math.min(notional, bracket.cap()) - bracket.floor()) * bracket.rate();
        }

        assertThat(tiers.maintenanceMargin(notional)).isCloseTo(sliced, within(1e-9 * notional));
    }

    @Property
    void equityEqualsTheBracketsMaintenanceMarginAtTheLiquidationPrice(
            @ForAll("tables") MaintenanceTiers tiers,
            @ForAll @DoubleRange(min = 100, max = 100_000) double entry,
            @ForAll @DoubleRange(min = 0.01, max = 0.45) double shareOfFirstCap,
            @ForAll @DoubleRange(min = 1.01, max = 20) double leverage) {
        double quantity = tiers.brackets().get(0).cap() * shareOfFirstCap / entry;
        double margin = LiquidationPrice.linearMargin(quantity, entry, leverage);
        for (Side side : Side.values()) {
            TieredLiquidation result = liquidation(side, quantity, entry, margin, tiers);
            if (result == null || result.price().isEmpty()) {
                continue;
            }
            double lp = result.price().getAsDouble();
            MaintenanceBracket bracket = result.bracket().orElseThrow();

            assertThat(tiers.bracketFor(quantity * lp).margin(quantity * lp)).isCloseTo(bracket.margin(quantity * lp), within(1e-6 * quantity * lp));
            assertThat(margin + PositionMargin.unrealizedPnl(side, quantity, entry, lp))
                    .isCloseTo(bracket.margin(quantity * lp), within(1e-7 * quantity * entry));
        }
    }

    @Property
    void largerLongIsLiquidatedNoLowerAndLargerShortNoHigher(
            @ForAll("tables") MaintenanceTiers tiers,
            @ForAll @DoubleRange(min = 100, max = 100_000) double entry,
            @ForAll @DoubleRange(min = 0.01, max = 0.9) double shareOfLastCap,
            @ForAll @DoubleRange(min = 0.05, max = 1) double smallerShare,
            @ForAll @DoubleRange(min = 1.01, max = 50) double leverage) {
        List<MaintenanceBracket> brackets = tiers.brackets();
        // The short's notional can grow by 1/leverage before it is liquidated: keep it inside the table.
        double largest = brackets.get(brackets.size() - 1).cap() * shareOfLastCap / (1 + 1 / leverage);
        double larger = largest / entry;
        double smaller = larger * smallerShare;

        for (Side side : Side.values()) {
            double atSmaller = priceOrEntry(side, smaller, entry, LiquidationPrice.linearMargin(smaller, entry, leverage), tiers);
            double atLarger = priceOrEntry(side, larger, entry, LiquidationPrice.linearMargin(larger, entry, leverage), tiers);

            if (side == Side.LONG) {
                assertThat(atLarger).isGreaterThanOrEqualTo(atSmaller * (1 - 1e-12));
            } else {
                assertThat(atLarger).isLessThanOrEqualTo(atSmaller * (1 + 1e-12));
            }
        }
    }

    @Property
    void largerPositionOnTheSameMarginIsLiquidatedCloserToEntry(
            @ForAll("tables") MaintenanceTiers tiers,
            @ForAll @DoubleRange(min = 100, max = 100_000) double entry,
            @ForAll @DoubleRange(min = 0.01, max = 0.45) double shareOfLastCap,
            @ForAll @DoubleRange(min = 0.05, max = 1) double smallerShare) {
        List<MaintenanceBracket> brackets = tiers.brackets();
        double larger = brackets.get(brackets.size() - 1).cap() * shareOfLastCap / entry;
        double smaller = larger * smallerShare;
        double margin = smaller * entry / 2; // 2x for the smaller position, more for the larger one

        for (Side side : Side.values()) {
            double atSmaller = priceOrEntry(side, smaller, entry, margin, tiers);
            double atLarger = priceOrEntry(side, larger, entry, margin, tiers);

            assertThat(side.sign() * (atLarger - atSmaller)).isGreaterThanOrEqualTo(-1e-12 * entry);
        }
    }

    /**
     * The liquidation price, with "liquidated on entry" as the entry price (the limit it reaches) and "never" as 0 for a
     * long; a short is always liquidated somewhere.
     */
    private static double priceOrEntry(Side side, double quantity, double entry, double margin, MaintenanceTiers tiers) {
        TieredLiquidation result = liquidation(side, quantity, entry, margin, tiers);
        if (result == null) {
            return entry;
        }
        return result.price().isPresent() ? result.price().getAsDouble() : 0;
    }

    /** The result, or null when the tiers make the position liquidated on entry. */
    private static TieredLiquidation liquidation(Side side, double quantity, double entry, double margin, MaintenanceTiers tiers) {
        try {
            return LiquidationPrice.linear(side, quantity, entry, margin, tiers);
        } catch (FormulaDomainException e) {
            assertThat(e.parameter()).isEqualTo("tiers");
            assertThat(e.getMessage()).contains("liquidated on entry");
            return null;
        }
    }
}
