package com.leverageglossary.content.examples;

import static com.leverageglossary.content.examples.WorkedExample.assertShows;

import org.junit.jupiter.api.Test;

/**
 * Worked examples of the DeFi lending entries that no calculator computes. Each test recomputes the
 * example from its inputs and checks that the entry prints the result. Figures that come from the
 * health-factor, leverage-loop and leverage-ratio calculators are checked by the calculator links instead.
 */
class DefiLendingExamplesTest {

    // --- interest-rate-model -------------------------------------------------------------------

    /** Aave V3 two-slope variable borrow rate (DefaultReserveInterestRateStrategyV2, Aave V3 Interest Rate Strategy docs), in %. */
    private static double aaveBorrowRate(double u, double base, double slope1, double slope2, double optimal) {
        return u <= optimal ? base + slope1 * u / optimal : base + slope1 + slope2 * (u - optimal) / (1 - optimal);
    }

    /** Aave V3 supply (liquidity) rate: borrow rate × utilization × (1 − reserve factor), in %. */
    private static double aaveSupplyRate(double borrowRate, double u, double reserveFactor) {
        return borrowRate * u * (1 - reserveFactor);
    }

    private static double ethCurve(double u) {
        return aaveBorrowRate(u, 0, 2.5, 60, 0.90);
    }

    @Test
    void interestRateModelTableFollowsTheTwoSlopeCurve() {
        double[] utilizations = {0.50, 0.80, 0.90, 0.92, 0.95};
        for (double u : utilizations) {
            double borrow = ethCurve(u);
            assertShows("interest-rate-model", borrow, 2);
            assertShows("interest-rate-model", aaveSupplyRate(borrow, u, 0.15), 2);
        }
    }

    @Test
    void interestRateModelLoopRatesAndBreakEven() {
        assertShows("interest-rate-model", ethCurve(0.81), 2); // 2.25 %
        assertShows("interest-rate-model", ethCurve(0.92), 2); // 14.50 %
        // Leverage after 8 rounds at λ = 93 %: (1 − λ^9) / (1 − λ) (leverage loop contract).
        double leverage = (1 - Math.pow(0.93, 9)) / 0.07;
        assertShows("interest-rate-model", leverage, 2); // 6.85
        // Break-even borrow rate L·y / (L − 1) with a 3 % staking yield.
        double breakEven = leverage * 3 / (leverage - 1);
        assertShows("interest-rate-model", breakEven, 2); // 3.51
        // Utilization at which the curve reaches the break-even rate (above the kink).
        double u = 0.90 + (breakEven - 2.5) / 60 * 0.10;
        assertShows("interest-rate-model", u * 100, 1); // 90.2
    }

    // --- liquidation-bonus ---------------------------------------------------------------------

    @Test
    void liquidationBonusHalfCloseAtFivePercent() {
        double debt = 10_200;
        double repaid = debt * 0.5; // Aave close factor 50 % above HF 0.95 (LiquidationLogic.sol)
        double seized = repaid * 1.05; // collateral = debt repaid × liquidation bonus
        assertShows("liquidation-bonus", repaid, 0);
        assertShows("liquidation-bonus", seized, 0);
        assertShows("liquidation-bonus", seized - repaid, 0);
        assertShows("liquidation-bonus", 12_000 - seized, 0);
        // Health factor improves only above LT × (1 + bonus).
        assertShows("liquidation-bonus", 0.825 * 1.05, 2);
    }

    /** Morpho Blue: LIF = min(1.15, 1 / (0.3 × LLTV + 0.7)) (Morpho Blue liquidation docs). */
    private static double morphoLif(double lltv) {
        return Math.min(1.15, 1 / (0.3 * lltv + 0.7));
    }

    @Test
    void liquidationBonusMorphoIncentiveFactor() {
        assertShows("liquidation-bonus", (morphoLif(0.86) - 1) * 100, 2); // 4.38
        assertShows("liquidation-bonus", (morphoLif(0.945) - 1) * 100, 2); // 1.68
        assertShows("liquidation-bonus", (morphoLif(0.50) - 1) * 100, 0); // capped at 15
    }

    // --- close-factor ----------------------------------------------------------------------------

    @Test
    void closeFactorCapsTheFirstCallAtHalfTheDebt() {
        double repaid = 31_600 * 0.5;
        double seized = repaid * 1.065;
        assertShows("close-factor", repaid, 0);
        assertShows("close-factor", seized, 0);
        assertShows("close-factor", 40_000 - seized, 0);
    }

    // --- oracle-manipulation -------------------------------------------------------------------

    @Test
    void oracleManipulationOfAConstantProductPool() {
        double tokens = 2_000_000;
        double usdc = 1_000_000;
        double k = tokens * usdc;
        double priceMultiple = 4;
        // Constant product: raising the price by m moves the USDC reserve to usdc × √m.
        double usdcAfter = usdc * Math.sqrt(priceMultiple);
        double tokensAfter = k / usdcAfter;
        double cost = usdcAfter - usdc;
        double bought = tokens - tokensAfter;
        double inflatedValue = bought * usdcAfter / tokensAfter;
        double loan = inflatedValue * 0.60;
        double fairValue = bought * 0.50;
        assertShows("oracle-manipulation", cost, 0);
        assertShows("oracle-manipulation", bought, 0);
        assertShows("oracle-manipulation", inflatedValue, 0);
        assertShows("oracle-manipulation", loan, 0);
        assertShows("oracle-manipulation", fairValue, 0);
        assertShows("oracle-manipulation", loan - cost, 0);
        assertShows("oracle-manipulation", loan - fairValue, 0);
    }

    // --- efficiency-mode -----------------------------------------------------------------------

    @Test
    void efficiencyModeBufferAtTheLoopLimit() {
        // A fully looped position has HF → LT / LTV, so the survivable drop is 1 − LTV / LT.
        assertShows("efficiency-mode", (1 - 0.93 / 0.95) * 100, 2);
        assertShows("efficiency-mode", (1 - 0.80 / 0.83) * 100, 2);
    }

    // --- isolation-mode ------------------------------------------------------------------------

    @Test
    void isolationModeDebtCeilingBindsBeforeTheLtv() {
        double byLtv = 2_000_000 * 0.40;
        double ceilingRoom = 10_000_000 - 9_400_000;
        assertShows("isolation-mode", byLtv, 0);
        assertShows("isolation-mode", Math.min(byLtv, ceilingRoom), 0);
    }

    // --- bad-debt --------------------------------------------------------------------------------

    @Test
    void badDebtLeftAfterAFullLiquidation() {
        double collateral = 10_000;
        double coverable = collateral / 1.05; // debt repaid for all collateral at a 5 % bonus
        assertShows("bad-debt", coverable, 2);
        assertShows("bad-debt", 10_400 - coverable, 2);
        assertShows("bad-debt", 0.80 * 1.05, 2);
    }

    // --- utilization-rate ------------------------------------------------------------------------

    @Test
    void utilizationRateBeforeAndAfterAWithdrawal() {
        // U = borrowed / (cash + borrowed) (Aave V3 interest rate strategy, Compound getUtilization).
        double supplied = 50_000_000;
        double borrowed = 41_000_000;
        assertShows("utilization-rate", borrowed / supplied * 100, 0);
        assertShows("utilization-rate", supplied - borrowed, 0);
        assertShows("utilization-rate", supplied - 6_000_000, 0);
        assertShows("utilization-rate", borrowed / (supplied - 6_000_000) * 100, 2);
    }

    // --- collateral-factor -----------------------------------------------------------------------

    @Test
    void collateralFactorAccountLiquidity() {
        double weighted = 50_000 * 0.80 + 20_000 * 0.75; // Compound v2 Comptroller account liquidity
        assertShows("collateral-factor", weighted, 0);
        assertShows("collateral-factor", weighted - 48_000, 0);
    }

    // --- supply-and-borrow-caps ------------------------------------------------------------------

    @Test
    void supplyCapStopsTheThirdRound() {
        // Collateral after n rounds: D × (1 − λ^(n+1)) / (1 − λ) (leverage loop contract).
        double afterThree = 2_000 * (1 - Math.pow(0.85, 4)) / 0.15;
        assertShows("supply-and-borrow-caps", afterThree, 0);
    }

    // --- flash-loan ------------------------------------------------------------------------------

    @Test
    void flashLoanClosesALoopInOneTransaction() {
        double debt = 40_000;
        double fee = debt * 0.0005;
        double ethSold = (debt + fee) / 3_000;
        assertShows("flash-loan", debt + fee, 0);
        assertShows("flash-loan", ethSold, 2);
        assertShows("flash-loan", 20 - ethSold, 2);
        assertShows("flash-loan", (20 - ethSold) * 3_000, 0);
    }

    // --- collateralization-ratio -----------------------------------------------------------------

    @Test
    void collateralizationRatioAndLiquidationPrice() {
        double ratio = 24_000.0 / 12_000 * 100;
        assertShows("collateralization-ratio", ratio, 0);
        assertShows("collateralization-ratio", 1.5 * 12_000 / 10, 0); // liquidation price
        assertShows("collateralization-ratio", 1 / 1.5 * 100, 2); // equivalent threshold 66.67 %
    }

    // --- collateralized-debt-position ------------------------------------------------------------

    @Test
    void vaultDebtGrowsWithTheStabilityFee() {
        assertShows("collateralized-debt-position", 48_000.0 / 20_000 * 100, 0); // 240 %
        double debt = 20_000 * Math.exp(0.05); // fee accrued continuously for one year
        assertShows("collateralized-debt-position", debt, 2);
        assertShows("collateralized-debt-position", 1.5 * debt / 15, 2);
        assertShows("collateralized-debt-position", 20_000.0 / 3_200, 2);
        assertShows("collateralized-debt-position", 15 + 20_000.0 / 3_200, 2);
    }

    // --- liquidation-auction ---------------------------------------------------------------------

    @Test
    void dutchAuctionSettlesTheTab() {
        // Clipper: top = oracle price × buf; tab = debt × (1 + penalty); keeper reward = tip + chip × tab (clip.sol).
        double tab = 30_000 * 1.13;
        double top = 2_000 * 1.2;
        double price = top * Math.pow(0.99, 20);
        double sold = tab / price;
        assertShows("liquidation-auction", tab, 0);
        assertShows("liquidation-auction", top, 0);
        assertShows("liquidation-auction", price, 2);
        assertShows("liquidation-auction", sold, 2);
        assertShows("liquidation-auction", 20 - sold, 2);
        assertShows("liquidation-auction", 300 + tab * 0.001, 2);
    }

    // --- reserve-factor --------------------------------------------------------------------------

    @Test
    void reserveFactorSplitsTheInterest() {
        double borrowed = 100_000_000;
        double interest = borrowed * 0.06;
        assertShows("reserve-factor", borrowed / 0.85 / 1_000_000, 2); // supplied, in millions
        assertShows("reserve-factor", interest, 0);
        assertShows("reserve-factor", interest * 0.10, 0);
        assertShows("reserve-factor", interest * 0.90, 0);
        assertShows("reserve-factor", 6 * 0.85 * 0.90, 2);
    }

    // --- impermanent-loss ------------------------------------------------------------------------

    /** 50/50 constant-product pool: IL = 2√r / (1 + r) − 1. */
    private static double impermanentLoss(double r) {
        return 2 * Math.sqrt(r) / (1 + r) - 1;
    }

    @Test
    void impermanentLossOfAnEthUsdcPool() {
        assertShows("impermanent-loss", impermanentLoss(2) * 100, 2); // 5.72
        double r = 1_920.0 / 3_000;
        assertShows("impermanent-loss", impermanentLoss(r) * 100, 2); // 2.44
        double k = 10 * 30_000.0;
        double eth = Math.sqrt(k / 1_920);
        double usdc = Math.sqrt(k * 1_920);
        double pool = eth * 1_920 + usdc;
        double hold = 10 * 1_920 + 30_000;
        assertShows("impermanent-loss", eth, 1);
        assertShows("impermanent-loss", usdc, 0);
        assertShows("impermanent-loss", pool, 0);
        assertShows("impermanent-loss", hold, 0);
        assertShows("impermanent-loss", hold - pool, 0);
        assertShows("impermanent-loss", (hold - pool) / 15_000 * 100, 0);
    }

    // --- soft-liquidation ------------------------------------------------------------------------

    @Test
    void llammaBandEdgesAtA100() {
        double ratio = 99.0 / 100; // neighbouring band edges differ by (A − 1) / A
        assertShows("soft-liquidation", 2_000 * Math.pow(ratio, 10), 2);
        assertShows("soft-liquidation", 2_000 * Math.pow(ratio, 2), 2);
        assertShows("soft-liquidation", 2_000 * Math.pow(ratio, 3), 2);
    }

    // --- keeper ----------------------------------------------------------------------------------

    @Test
    void keeperProfitAfterFeeGasAndSlippage() {
        double repaid = 20_000;
        double collateral = repaid * 1.05;
        double protocolFee = (collateral - repaid) * 0.10; // Aave liquidation protocol fee on the bonus
        double received = collateral - protocolFee;
        double slippage = received * 0.003;
        assertShows("keeper", collateral, 0);
        assertShows("keeper", protocolFee, 0);
        assertShows("keeper", received, 0);
        assertShows("keeper", slippage, 2);
        assertShows("keeper", received - repaid - 40 - slippage, 2);
    }

    // --- money-market-protocol -------------------------------------------------------------------

    @Test
    void cTokenExchangeRateGrowth() {
        double cTokens = 10_000 / 0.0200;
        double redeemed = cTokens * 0.0206;
        assertShows("money-market-protocol", cTokens, 0);
        assertShows("money-market-protocol", redeemed, 0);
        assertShows("money-market-protocol", (redeemed / 10_000 - 1) * 100, 0);
    }
}
