package com.leverageglossary.calculators;

import com.leverageglossary.formulas.CrossMargin;
import com.leverageglossary.formulas.Formula;
import com.leverageglossary.formulas.LiquidationPrice;
import com.leverageglossary.formulas.MaintenanceTiers;
import com.leverageglossary.formulas.Side;
import com.leverageglossary.formulas.TieredLiquidation;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What backs a {@code liquidation-price} position, read from its inputs: the isolated margin (given, or set by the
 * leverage), or in cross mode the wallet balance net of the account's other positions. Amounts are in the quote
 * currency for linear contracts and in the coin for inverse ones.
 */
sealed interface PositionBacking {
    String WALLET_BALANCE = "wallet_balance";
    String OTHER_MAINTENANCE = "other_maintenance_margin";
    String OTHER_PNL = "other_unrealized_pnl";

    /** M in the liquidation formula. */
    double collateral();

    /** How M was worked out, when it was. */
    Optional<Formula> work();

    /**
     * How the bankruptcy formula's M was worked out, when it differs from the liquidation formula's: bankruptcy is
     * where equity, not equity over maintenance, reaches zero.
     */
    Optional<Formula> bankruptcyWork();

    TieredLiquidation liquidation(Side side, boolean inverse, double quantity, double entry, MaintenanceTiers tiers);

    OptionalDouble bankruptcy(Side side, boolean inverse, double quantity, double entry);

    /** The margin the position took at entry, or null when it is not known. */
    Double initialMargin(boolean inverse, double quantity, double entry);

    static PositionBacking isolated(Inputs in, boolean inverse, double quantity, double entry, Result.Builder result) {
        if (in.has(WALLET_BALANCE) || in.has(OTHER_MAINTENANCE) || in.has(OTHER_PNL)) {
            result.note("Wallet balance and the other positions' figures apply in cross margin mode only; they were ignored.");
        }
        if (in.has("margin")) {
            if (in.has("leverage")) {
                result.note("Both margin and leverage were given; the margin was used.");
            }
            return new Isolated(in.number("margin"), Optional.empty());
        }
        if (!in.has("leverage")) {
            throw new InputException("leverage", "is required (or give the isolated margin)");
        }
        Formula posted = inverse ? LiquidationPrice.inverseMarginFormula(quantity, entry, in.number("leverage"))
                : LiquidationPrice.linearMarginFormula(quantity, entry, in.number("leverage"));
        return new Isolated(posted.value(), Optional.of(posted));
    }

    static PositionBacking cross(Inputs in, Result.Builder result) {
        if (!in.has(WALLET_BALANCE)) {
            throw new InputException(WALLET_BALANCE, "is required in cross margin mode");
        }
        if (in.has("margin")) {
            result.note("In cross margin mode the wallet balance backs the position, so the isolated margin was ignored.");
        }
        Cross cross = new Cross(in.number(WALLET_BALANCE), in.has(OTHER_MAINTENANCE) ? in.number(OTHER_MAINTENANCE) : 0,
                in.has(OTHER_PNL) ? in.number(OTHER_PNL) : 0, in.has("leverage") ? in.number("leverage") : null);
        if (cross.leverage == null) {
            result.note("Give a leverage to see the initial margin the position takes from the wallet; it does not move a cross liquidation price.");
        }
        return cross;
    }

    /** @param posted how the leverage set the margin, or empty when the margin was given */
    record Isolated(double margin, Optional<Formula> posted) implements PositionBacking {
        @Override
        public double collateral() {
            return margin;
        }

        @Override
        public Optional<Formula> work() {
            return posted;
        }

        @Override
        public Optional<Formula> bankruptcyWork() {
            return Optional.empty();
        }

        @Override
        public TieredLiquidation liquidation(Side side, boolean inverse, double quantity, double entry, MaintenanceTiers tiers) {
            return inverse ? LiquidationPrice.inverse(side, quantity, entry, margin, tiers) : LiquidationPrice.linear(side, quantity, entry, margin, tiers);
        }

        @Override
        public OptionalDouble bankruptcy(Side side, boolean inverse, double quantity, double entry) {
            return inverse ? LiquidationPrice.inverseBankruptcy(side, quantity, entry, margin) : LiquidationPrice.linearBankruptcy(side, quantity, entry, margin);
        }

        @Override
        public Double initialMargin(boolean inverse, double quantity, double entry) {
            return margin;
        }
    }

    /** @param leverage null when not given: it only sets the initial margin, which cross liquidation ignores */
    record Cross(double walletBalance, double otherMaintenance, double otherPnl, Double leverage) implements PositionBacking {
        @Override
        public double collateral() {
            return CrossMargin.collateral(walletBalance, otherMaintenance, otherPnl);
        }

        @Override
        public Optional<Formula> work() {
            return Optional.of(CrossMargin.collateralFormula(walletBalance, otherMaintenance, otherPnl));
        }

        @Override
        public Optional<Formula> bankruptcyWork() {
            return Optional.of(CrossMargin.equityBesidesFormula(walletBalance, otherMaintenance, otherPnl));
        }

        @Override
        public TieredLiquidation liquidation(Side side, boolean inverse, double quantity, double entry, MaintenanceTiers tiers) {
            return inverse ? CrossMargin.inverse(side, quantity, entry, walletBalance, otherMaintenance, otherPnl, tiers)
                    : CrossMargin.linear(side, quantity, entry, walletBalance, otherMaintenance, otherPnl, tiers);
        }

        @Override
        public OptionalDouble bankruptcy(Side side, boolean inverse, double quantity, double entry) {
            return inverse ? CrossMargin.inverseBankruptcy(side, quantity, entry, walletBalance, otherMaintenance, otherPnl)
                    : CrossMargin.linearBankruptcy(side, quantity, entry, walletBalance, otherMaintenance, otherPnl);
        }

        @Override
        public Double initialMargin(boolean inverse, double quantity, double entry) {
            if (leverage == null) {
                return null;
            }
            return inverse ? LiquidationPrice.inverseMargin(quantity, entry, leverage) : LiquidationPrice.linearMargin(quantity, entry, leverage);
        }
    }
}
