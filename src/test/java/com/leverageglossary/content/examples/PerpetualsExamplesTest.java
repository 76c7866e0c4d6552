package com.leverageglossary.content.examples;

import static com.leverageglossary.content.examples.WorkedExample.assertShows;

import org.junit.jupiter.api.Test;

/**
 * Worked examples of the futures, basis and funding entries that no calculator computes. Each test recomputes the figures
 * from the example's inputs and checks that the entry prints them.
 */
class PerpetualsExamplesTest {

    @Test
    void premiumIndexAndClampedFundingRate() {
        // P = [max(0, impact bid − index) − max(0, index − impact ask)] / index; F = P + clamp(I − P, −0.05 %, +0.05 %)
        // (Bybit "What is funding rate and predicted rate?"; Gate.io funding rate page).
        double index = 2_000.00;
        double impactBid = 2_003.00;
        double impactAsk = 2_004.20;
        double premiumPct = (Math.max(0, impactBid - index) - Math.max(0, index - impactAsk)) / index * 100;
        double interestPct = 0.01;
        double gapPct = interestPct - premiumPct;
        double fundingPct = premiumPct + Math.max(-0.05, Math.min(0.05, gapPct));
        assertShows("premium-index", premiumPct, 2);
        assertShows("premium-index", gapPct, 2);
        assertShows("premium-index", fundingPct, 2);
    }

    @Test
    void impactBidWalksTheBidsForTheImpactNotional() {
        // Impact notional = 200 USDT of margin at maximum leverage = 200 / IMR; impact bid = average fill of that notional
        // (Binance Square on Impact Margin Notional; Bybit funding rate article).
        double initialMarginRate = 1.0 / 50;
        double impactNotional = 200 / initialMarginRate;
        double[][] bids = {{2_500.00, 2}, {2_499.00, 2}, {2_497.00, 3}};
        double remaining = impactNotional;
        double quantity = 0;
        double upperTwoLevels = 0;
        for (int i = 0; i < bids.length && remaining > 0; i++) {
            double levelNotional = Math.min(remaining, bids[i][0] * bids[i][1]);
            quantity += levelNotional / bids[i][0];
            remaining -= levelNotional;
            if (i < 2) {
                upperTwoLevels += levelNotional;
            }
        }
        assertShows("impact-price", impactNotional, 0);
        assertShows("impact-price", upperTwoLevels, 0);
        assertShows("impact-price", quantity, 6);
        assertShows("impact-price", impactNotional / quantity, 2);
    }

    @Test
    void weightedSpotIndexAndTheEffectOfOneVenue() {
        // index = Σ weight_i × price_i (Binance, "What Are Mark Price and Price Index in USDⓈ-Margined Futures?").
        double index = 0.40 * 2_401.20 + 0.35 * 2_399.60 + 0.25 * 2_400.40;
        assertShows("index-price", index, 2);
        assertShows("index-price", 0.40 * 50, 0);
    }

    @Test
    void socializedLossHaircutIsShortfallOverWinnersProfits() {
        // haircut = shortfall / total profits of winning accounts, applied pro rata (OKEx clawback rules as reported in 2018).
        double haircut = 90.0 / 600.0;
        assertShows("socialized-loss", haircut * 100, 0);
        assertShows("socialized-loss", 2.4 * haircut, 2);
    }

    @Test
    void okxStyleMarginRatioIsTheInverseOfBinances() {
        // Binance: maintenance margin / margin balance; OKX: equity / (maintenance margin + fees), fees ignored here.
        double maintenance = 8 * 2_250 * 0.005;
        double equity = 8 * 2_400 / 10.0 - 8 * (2_400 - 2_250);
        assertShows("margin-ratio", maintenance / equity * 100, 1);
        assertShows("margin-ratio", equity / maintenance * 100, 0);
    }

    @Test
    void marginCallValuesUnderTwentyFiveAndThirtyPercentRequirements() {
        // Equity / value ≥ maintenance requirement (NYSE/FINRA 25 % minimum; 30 % house level), so V = loan / (1 − requirement).
        double loan = 10_000;
        double purchase = 20_000;
        double atFinraMinimum = loan / (1 - 0.25);
        double atHouseLevel = loan / (1 - 0.30);
        assertShows("margin-call", atFinraMinimum, 2);
        assertShows("margin-call", (1 - atFinraMinimum / purchase) * 100, 2);
        assertShows("margin-call", atHouseLevel, 2);
        assertShows("margin-call", (1 - atHouseLevel / purchase) * 100, 2);
    }

    @Test
    void contangoAndBackwardationAnnualizeSimply() {
        // basis % = F / S − 1; simple annualized = basis % × 365 / days (BIS Working Paper 1087 uses annualized carry).
        double contango = (152.70 / 150.00 - 1) * 100;
        assertShows("contango", contango, 2);
        assertShows("contango", contango * 365 / 90, 2);
        double backwardation = (1_985.0 / 2_000.0 - 1) * 100;
        assertShows("backwardation", backwardation, 2);
        assertShows("backwardation", backwardation * 365 / 60, 2);
        assertShows("backwardation", 2_000 - 1_985, 0);
    }

    @Test
    void basisInPriceSimpleAndCompoundedAnnualTerms() {
        // basis = F − S; simple (F / S − 1) × 365 / days; compounded (F / S)^(365 / days) − 1.
        double spot = 84_000;
        double future = 85_260;
        int days = 73;
        assertShows("basis", future - spot, 0);
        assertShows("basis", (future / spot - 1) * 100, 2);
        assertShows("basis", (future / spot - 1) * 365 / days * 100, 2);
        assertShows("basis", (Math.pow(future / spot, 365.0 / days) - 1) * 100, 2);
    }

    @Test
    void cashAndCarryReturnOnAllCapitalUsed() {
        // Locked basis = quantity × (F − S); capital = spot cost + initial margin on the short (notional / leverage).
        double quantity = 20;
        double lockedBasis = quantity * (2_448 - 2_400);
        double capital = quantity * 2_400 + quantity * 2_448 / 3;
        double periodReturn = lockedBasis / capital * 100;
        assertShows("cash-and-carry-trade", lockedBasis, 0);
        assertShows("cash-and-carry-trade", capital, 0);
        assertShows("cash-and-carry-trade", periodReturn, 2);
        assertShows("cash-and-carry-trade", periodReturn * 365 / 91, 2);
    }

    @Test
    void perpetualBasisTradeIncomeOnTotalCapital() {
        // Funding received = notional × rate × intervals (calculator); return on capital = funding / (spot + short margin).
        double funding = 30_000 * 0.0002 * (45 * 24 / 8);
        double capital = 30_000 + 6_000;
        assertShows("basis-trade", funding, 0);
        assertShows("basis-trade", funding / capital * 100, 2);
        assertShows("basis-trade", funding / capital * 365 / 45 * 100, 2);
    }

    @Test
    void hyperliquidPartialLiquidationSendsTwentyPercentFirst() {
        // Positions above 100,000 USDC are liquidated 20 % at a time (HyperCore wiki, Liquidations).
        double position = 500_000;
        assertShows("partial-liquidation", position * 0.20, 0);
        assertShows("partial-liquidation", position * 0.80, 0);
    }

    @Test
    void crossMarginClearanceFeeIsTwoPercentOfLiquidatedAssets() {
        // Cross Margin liquidated assets × 2 % (Binance, "What Is Margin Insurance Fund?").
        assertShows("liquidation-fee", 18_500 * 0.02, 0);
    }

    @Test
    void dailyVariationOnOneCmeBitcoinContract() {
        // Variation = contract size × change in daily settlement price; CME Bitcoin futures are 5 BTC per contract.
        double size = 5;
        assertShows("mark-to-market", size * (61_850 - 61_000), 0);
        assertShows("mark-to-market", size * (61_850 - 60_900), 0);
        assertShows("mark-to-market", size * (60_900 - 61_000), 0);
    }

    @Test
    void maintenanceAmountOfTheIllustrativeThirdTier() {
        // cum_n = floor_n × (MMR_n − MMR_(n−1)) + cum_(n−1) (Binance and Bybit tier recursion; see the maintenance-amount entry).
        double tier2 = 250_000 * (0.010 - 0.005);
        double tier3 = 1_000_000 * (0.025 - 0.010) + tier2;
        assertShows("risk-limit", tier2, 0);
        assertShows("risk-limit", tier3, 0);
    }

    @Test
    void slippageOfAMarketBuyThroughThreeAskLevels() {
        // Average fill = Σ price × size / Σ size; slippage = average / best ask − 1; share of margin = slippage × leverage.
        double cost = 10 * 3_000.00 + 10 * 3_001.50 + 10 * 3_004.00;
        double average = cost / 30;
        double slippagePct = (average / 3_000.00 - 1) * 100;
        assertShows("slippage", cost, 0);
        assertShows("slippage", average, 2);
        assertShows("slippage", cost - 30 * 3_000.00, 0);
        assertShows("slippage", slippagePct, 2);
        assertShows("slippage", slippagePct * 20, 2);
    }

    @Test
    void spotMarginCallAndLiquidationPrices() {
        // margin level = total assets / (liabilities + interest); Binance Cross Margin 3x: call at 1.3, liquidation at 1.1.
        double liabilities = 20_000;
        double coins = 30_000 / 150.0;
        double callPrice = 1.3 * liabilities / coins;
        double liquidationPrice = 1.1 * liabilities / coins;
        assertShows("spot-margin-trading", 30_000 / liabilities, 2);
        assertShows("spot-margin-trading", 1.3 * liabilities, 0);
        assertShows("spot-margin-trading", callPrice, 0);
        assertShows("spot-margin-trading", (1 - callPrice / 150) * 100, 2);
        assertShows("spot-margin-trading", 1.1 * liabilities, 0);
        assertShows("spot-margin-trading", liquidationPrice, 0);
        assertShows("spot-margin-trading", (1 - liquidationPrice / 150) * 100, 2);
    }

    @Test
    void cascadeTotalFallAndWipeoutDistance() {
        // Total fall = (P0 − final) / P0, with the final price from the liquidation cascade calculator; wipe-out ≈ 100 / L.
        assertShows("liquidation-cascade", (3_000 - 2_680) / 3_000.0 * 100, 2);
        assertShows("liquidation-cascade", 100.0 / 50, 0);
    }
}
