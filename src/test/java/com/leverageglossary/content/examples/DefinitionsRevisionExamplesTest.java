package com.leverageglossary.content.examples;

import static com.leverageglossary.content.examples.WorkedExample.assertShows;

import org.junit.jupiter.api.Test;

/**
 * Figures in the revised definitions that no calculator prints directly: sums, differences and simple products
 * derived from the calculators' inputs and outputs. Each test recomputes them from the example's inputs.
 */
class DefinitionsRevisionExamplesTest {

    @Test
    void basel_threePercentFloorIsAboutThirtyThreeTimesCapital() {
        // Basel III leverage ratio: Tier 1 / exposure >= 3 %, so exposure <= Tier 1 / 0.03 (BCBS LEV framework).
        assertShows("basel-iii-leverage-ratio", 1 / 0.03, 0);
    }

    @Test
    void crossMargin_solNotionalIsQuantityTimesPrice() {
        // Linear notional = quantity × price (Binance USDⓈ-M liquidation FAQ).
        assertShows("cross-margin", 500 * 160, 0);
    }

    @Test
    void dynamicLeverageControl_rebalanceTradeAfterAnEightPercentMove() {
        // Trade to restore multiple L after return r on equity E: L × (L − 1) × r × E.
        double equity = 200_000, leverage = 1.5, move = 0.08;
        double exposure = leverage * equity;
        assertShows("dynamic-leverage-control", exposure, 0);
        assertShows("dynamic-leverage-control", exposure * (1 + move), 0);
        assertShows("dynamic-leverage-control", equity + exposure * move, 0);
        assertShows("dynamic-leverage-control", leverage * (leverage - 1) * move * equity, 0);
    }

    @Test
    void inverseContract_linearTwinHoldsTheSameDollarsInCoins() {
        // An inverse position of Q dollars is worth Q / price in coin (Bybit inverse contract FAQ).
        assertShows("inverse-contract", 25_000.0 / 2_500, 0);
    }

    @Test
    void isolatedMargin_notionalAndSettingOfTheEthShort() {
        // Notional = Q × EP; leverage = notional / assigned margin.
        double notional = 20 * 3_200;
        assertShows("isolated-margin", notional, 0);
        assertShows("isolated-margin", notional / 4_000, 0);
    }

    @Test
    void deleveraging_solSoldToUnwindFromFourRoundsToOne() {
        // Collateral after n rounds: D (1 − λ^(n+1)) / (1 − λ) (leverage-loop contract); the unwind sells the difference.
        double fourRounds = 500 * (1 - Math.pow(0.65, 5)) / (1 - 0.65);
        double oneRound = 500 * (1 - Math.pow(0.65, 2)) / (1 - 0.65);
        assertShows("leverage-deleveraging", fourRounds - oneRound, 2);
    }

    @Test
    void leverageFactor_twoTimesFundAfterAFourPercentFall() {
        // Exposure and equity both move by L × E × r; the reset trade is L (L − 1) r E.
        double equity = 100, leverage = 2, move = -0.04;
        assertShows("leverage-factor", leverage * equity * (1 + move), 0);
        assertShows("leverage-factor", equity * (1 + leverage * move), 0);
        assertShows("leverage-factor", leverage * (leverage - 1) * move * equity, 0);
    }

    @Test
    void feedbackLoops_threePercentShockPrice() {
        assertShows("leverage-feedback-loops", 3_000 * (1 - 0.03), 0);
    }

    @Test
    void leverageManagement_futuresHeldAtTheVolatilityBudget() {
        // Vol budget L = σ_target / σ_asset = 18 / 15; exposure = L × equity.
        assertShows("leverage-management", 18.0 / 15 * 1_000_000, 0);
    }

    @Test
    void leverageRatio_grossAndNetNotionalOfTheThreeCoinAccount() {
        assertShows("leverage-ratio", 130_000 + 70_000 + 30_000, 0);
        assertShows("leverage-ratio", 130_000 - 70_000 + 30_000, 0);
    }

    @Test
    void linearContract_targetPriceIsAFivePercentRise() {
        // ROI = (exit / EP − 1) × leverage, so a 40 % ROI at 8x needs a 5 % rise.
        assertShows("linear-contract", 40.0 / 8, 0);
        assertShows("linear-contract", 3_100 * (1 + 0.40 / 8), 0);
    }

    @Test
    void loanToValue_maximumBorrowAtSeventyPercent() {
        assertShows("loan-to-value", 20_000 * 0.70, 0);
        assertShows("loan-to-value", 8_000.0 / 20_000 * 100, 0);
    }

    @Test
    void maintenanceAmount_tierTwoDeductionAndContinuity() {
        // cum_n = floor_n × (MMR_n − MMR_(n−1)) + cum_(n−1) (Binance COIN-M FAQ; Bybit margin parameters).
        double cum2 = 100_000 * (0.01 - 0.005) + 0;
        assertShows("maintenance-amount", cum2, 0);
        // At the boundary both tiers give the same requirement: 100,000 × 0.5 % − 0 = 100,000 × 1 % − 500.
        assertShows("maintenance-amount", 100_000 * 0.005, 0);
        assertShows("maintenance-amount", 100_000 * 0.01 - cum2, 0);
        // Binance's worked step: 50 BTC × (5 % − 2.5 %) + 0.56 BTC.
        assertShows("maintenance-amount", 50 * (0.05 - 0.025) + 0.56, 2);
        // Linear LP = (M + cum − s·Q·EP) / (Q·MMR − s·Q) for the 40 ETH long, with and without cum.
        double withCum = (15_000 + cum2 - 40 * 3_750) / (40 * 0.01 - 40);
        double withoutCum = (15_000 - 40 * 3_750) / (40 * 0.01 - 40);
        assertShows("maintenance-amount", 40 * withCum, 0);
        assertShows("maintenance-amount", withoutCum - withCum, 2);
    }

    @Test
    void notionalValue_solNotionalAtEntry() {
        assertShows("notional-value", 150 * 180, 0);
    }

    @Test
    void openInterest_tradeByTradeCount() {
        // Two openers add, an opener and a closer leave it, two closers subtract.
        double afterFirst = 500 + 20;
        double afterSecond = afterFirst;
        double afterThird = afterSecond - 30;
        assertShows("open-interest", afterFirst, 0);
        assertShows("open-interest", afterThird, 0);
        assertShows("open-interest", afterThird * 90_000 / 1_000_000, 1);
    }

    @Test
    void positionLeverage_notionalAtEntry() {
        assertShows("position-leverage", 300 * 150, 0);
    }

    @Test
    void rehypothecation_linksOfTheSixtyPercentChain() {
        // Each link re-pledges λ of the previous one (FSB collateral re-use; leverage-loop series).
        double pledge = 250, reuse = 0.60;
        assertShows("rehypothecation", pledge * reuse, 0);
        assertShows("rehypothecation", pledge * Math.pow(reuse, 2), 0);
        assertShows("rehypothecation", pledge * Math.pow(reuse, 3), 0);
        assertShows("rehypothecation", pledge * Math.pow(reuse, 4), 1);
    }

    @Test
    void riskAmplification_equityVolatilitySaleAndRecovery() {
        // σ_E = L × σ; sale to restore L = exposure after the move − L × equity after; recovery = 1 / (1 − loss) − 1.
        assertShows("risk-amplification", 3 * 75, 0);
        assertShows("risk-amplification", 45_000 * 0.88 - 3 * 9_600, 0);
        assertShows("risk-amplification", (1 / (1 - 0.36) - 1) * 100, 2);
    }
}
