package com.leverageglossary.content.examples;

import static com.leverageglossary.content.examples.WorkedExample.assertShows;

import org.junit.jupiter.api.Test;

/**
 * Recomputes the worked examples of the traditional and regulatory leverage entries (margin rules, repo, bank capital,
 * corporate leverage ratios) and checks that each entry prints the result. All statements in these examples are
 * illustrative; the rules they apply are cited per test.
 */
class TraditionalLeverageExamplesTest {

    private static double pct(double part, double whole) {
        return part / whole * 100;
    }

    // Portfolio margin: requirement = worst portfolio loss over the +/-15 % grid in ten equidistant points
    // (OCC Customer Portfolio Margin disclosure; thinkorswim description of the rule's stock range).
    // Reg T: 50 % of current market value for a margin equity security (12 CFR 220.12(a)).
    @Test
    void portfolioMarginGridAndRegTComparison() {
        double shares = 1_000;
        double spot = 150;
        double strike = 140;
        double premium = 3.00 * shares;
        double worst = 0;
        for (int step = -5; step <= 5; step++) {
            if (step == 0) {
                continue;
            }
            double move = step * 0.03;
            double price = spot * (1 + move);
            double stockPnl = shares * (price - spot);
            double putPnl = shares * Math.max(strike - price, 0) - premium;
            worst = Math.min(worst, stockPnl + putPnl);
            if (step == -5) {
                assertShows("portfolio-margin", price, 2);
                assertShows("portfolio-margin", stockPnl, 0);
                assertShows("portfolio-margin", putPnl, 0);
            }
        }
        double value = shares * spot;
        double hedgedRequirement = -worst;
        double unhedgedRequirement = value * 0.15;
        double regT = value * 0.50;
        assertShows("portfolio-margin", hedgedRequirement, 0);
        assertShows("portfolio-margin", unhedgedRequirement, 0);
        assertShows("portfolio-margin", regT, 0);
        assertShows("portfolio-margin", value / unhedgedRequirement, 2);
        assertShows("portfolio-margin", value / hedgedRequirement, 2);
        assertShows("portfolio-margin", pct(hedgedRequirement, value), 2);
        // +15 % row: stock gain less the lapsed premium
        assertShows("portfolio-margin", value * 0.15 - premium, 0);
    }

    // Margin account: equity and call price P = debit / (shares x (1 - m)), with the FINRA Rule 4210 25 % minimum.
    @Test
    void marginAccountCallPrice() {
        double shares = 200;
        double price = 90;
        double debit = shares * price * 0.5;
        double callPrice = debit / (shares * (1 - 0.25));
        assertShows("margin-account", shares * price, 0);
        assertShows("margin-account", debit, 0);
        assertShows("margin-account", callPrice, 2);
        assertShows("margin-account", pct(price - callPrice, price), 2);
        assertShows("margin-account", debit / shares, 2);
    }

    // Regulation T supplement, 12 CFR 220.12: 50 % for long margin equity securities, 150 % for short sales.
    @Test
    void regulationTDepositsAndBuyingPower() {
        assertShows("regulation-t", 30_000 * 0.50, 0);
        assertShows("regulation-t", 12_000 / 0.50, 0);
        assertShows("regulation-t", 20_000 * 1.50, 0);
        assertShows("regulation-t", 20_000 * 1.50 - 20_000, 0);
    }

    // FINRA Rule 4210(c): 25 % maintenance on long stock; call amount = 25 % x market value - equity.
    @Test
    void finraMaintenanceCall() {
        double value = 40_000;
        double debit = 28_000;
        double equity = value - debit;
        assertShows("finra-rule-4210", equity, 0);
        assertShows("finra-rule-4210", pct(equity, value), 0);
        double fallen = value * 0.90;
        double equityAfter = fallen - debit;
        assertShows("finra-rule-4210", fallen, 0);
        assertShows("finra-rule-4210", equityAfter, 0);
        assertShows("finra-rule-4210", pct(equityAfter, fallen), 2);
        assertShows("finra-rule-4210", 0.25 * fallen - equityAfter, 0);
        assertShows("finra-rule-4210", debit / 0.75, 2);
    }

    // CME SPAN: scan risk is the worst loss over the risk-array scenarios; an intra-commodity spread charge is added
    // back for calendar spreads (CME SPAN Methodology Overview). Parameters are illustrative.
    @Test
    void spanScanRiskAndSpreadCharge() {
        double scanRange = 4_500;
        assertShows("span-margin", 3 * scanRange, 0);
        assertShows("span-margin", 2 * scanRange, 0);
        assertShows("span-margin", 2 * scanRange + 600, 0);
    }

    // Repo: cash = collateral x (1 - haircut); interest accrues on a 360-day year in the example.
    @Test
    void repoCashAndRepurchasePrice() {
        double cash = 50_000_000 * (1 - 0.02);
        double interest = cash * 0.043 / 360;
        assertShows("repurchase-agreement", cash, 0);
        assertShows("repurchase-agreement", interest, 2);
        assertShows("repurchase-agreement", cash + interest, 2);
    }

    // Repo haircut: maximum leverage 1/h on collateral value, (1+h)/h when h is margin on cash (FEDS Notes, 2025).
    @Test
    void haircutImpliedLeverage() {
        assertShows("repo-haircut", 1 / 0.02, 0);
        assertShows("repo-haircut", (1 + 0.02) / 0.02, 0);
        assertShows("repo-haircut", 1 / 0.005, 0);
        assertShows("repo-haircut", 1 / 0.10, 0);
        assertShows("repo-haircut", (1 - (1 / 0.10) / (1 / 0.02)) * 100, 0);
        // 20 borrow-and-buy rounds at 98 % LTV: D (1 - 0.98^21) / (1 - 0.98)
        double collateral = 100 * (1 - Math.pow(0.98, 21)) / (1 - 0.98);
        assertShows("repo-haircut", collateral, 2);
        assertShows("repo-haircut", collateral / 100, 2);
    }

    // US SLR: Tier 1 / total leverage exposure; eSLR from April 2026 = 3 % + 50 % of method 1 surcharge,
    // capped at 1 % for depository subsidiaries (final rule, November 2025).
    @Test
    void supplementaryLeverageRatio() {
        double tier1 = 190;
        double exposure = 3_400;
        double requirement = 3 + 0.5 * 2.0;
        assertShows("supplementary-leverage-ratio", pct(tier1, exposure), 2);
        assertShows("supplementary-leverage-ratio", requirement, 2);
        assertShows("supplementary-leverage-ratio", tier1 / (requirement / 100), 0);
        assertShows("supplementary-leverage-ratio", tier1 / 0.05, 0);
        assertShows("supplementary-leverage-ratio", 3 + Math.min(0.5 * 2.5, 1.0), 1);
    }

    // Basel III minima: CET1 4.5 %, Tier 1 6 %, total 8 % of RWA; leverage ratio Tier 1 / exposure (CAP10, LEV).
    @Test
    void tier1CapitalRatios() {
        double cet1 = 48;
        double tier1 = cet1 + 7;
        double rwa = 600;
        double exposure = 1_400;
        assertShows("tier-1-capital", tier1, 0);
        assertShows("tier-1-capital", pct(cet1, rwa), 2);
        assertShows("tier-1-capital", pct(tier1, rwa), 2);
        assertShows("tier-1-capital", pct(tier1, exposure), 2);
        assertShows("tier-1-capital", exposure / tier1, 2);
        double loss = 14;
        assertShows("tier-1-capital", pct(tier1 - loss, exposure - loss), 2);
        assertShows("tier-1-capital", pct(cet1 - loss, rwa), 2);
        assertShows("tier-1-capital", pct(tier1 - loss, rwa), 2);
    }

    // Debt-to-equity in its three common definitions; assets / equity = 1 + liabilities / equity.
    @Test
    void debtToEquityVariants() {
        double equity = 40;
        assertShows("debt-to-equity-ratio", 84 / equity, 2);
        assertShows("debt-to-equity-ratio", 52 / equity, 2);
        assertShows("debt-to-equity-ratio", (52 - 9) / equity, 2);
        assertShows("debt-to-equity-ratio", 124 / equity, 2);
    }

    // DuPont: ROE = net margin x asset turnover x equity multiplier.
    @Test
    void equityMultiplierDuPont() {
        double sales = 182;
        double income = 9.1;
        double assets = 260;
        double equity = 65;
        double margin = income / sales;
        double turnover = sales / assets;
        double multiplier = assets / equity;
        assertShows("equity-multiplier", margin * 100, 2);
        assertShows("equity-multiplier", turnover, 2);
        assertShows("equity-multiplier", multiplier, 2);
        assertShows("equity-multiplier", margin * turnover * multiplier * 100, 2);
        // borrow 65 more and earn the same return on assets
        assertShows("equity-multiplier", (assets + 65) / equity, 2);
        assertShows("equity-multiplier", margin * turnover * (assets + 65) / equity * 100, 2);
        // issue 65 of shares to repay debt
        assertShows("equity-multiplier", assets / (equity + 65), 2);
        assertShows("equity-multiplier", income / (equity + 65) * 100, 2);
        assertShows("equity-multiplier", 1 / 0.03, 2);
        assertShows("equity-multiplier", 100 / multiplier, 0);
    }

    // Times interest earned = EBIT / interest; DFL = C / (C - 1).
    @Test
    void interestCoverageUnderRateShock() {
        assertShows("interest-coverage-ratio", 36.0 / 8, 2);
        assertShows("interest-coverage-ratio", 48.0 / 8, 2);
        assertShows("interest-coverage-ratio", 8 * 1.5, 1);
        assertShows("interest-coverage-ratio", 36.0 / 12, 2);
        assertShows("interest-coverage-ratio", 36 * 0.7, 1);
        assertShows("interest-coverage-ratio", 36 * 0.7 / 12, 2);
        double c = 36.0 / 8;
        assertShows("interest-coverage-ratio", c / (c - 1), 2);
    }

    // Interagency Guidance on Leveraged Lending (2013): total debt / EBITDA above 4x marks a leveraged loan,
    // above 6x raises concerns.
    @Test
    void debtToEbitdaGrossAndNet() {
        assertShows("debt-to-ebitda", 420.0 / 75, 2);
        assertShows("debt-to-ebitda", (420.0 - 60) / 75, 2);
        assertShows("debt-to-ebitda", 420.0 / (75 * 0.8), 2);
    }

    // DOL = contribution / EBIT = %change EBIT / %change sales.
    @Test
    void degreeOfOperatingLeverage() {
        double sales = 50;
        double variable = 0.6 * sales;
        double fixed = 12;
        double ebit = sales - variable - fixed;
        double dol = (sales - variable) / ebit;
        assertShows("degree-of-operating-leverage", dol, 2);
        double ebitUp = sales * 1.1 * 0.4 - fixed;
        assertShows("degree-of-operating-leverage", ebitUp, 1);
        assertShows("degree-of-operating-leverage", pct(ebitUp - ebit, ebit), 0);
        assertShows("degree-of-operating-leverage", sales * 0.9 * 0.4 - fixed, 0);
        assertShows("degree-of-operating-leverage", 100 / dol, 0);
    }

    // DFL = EBIT / (EBIT - interest); taxes scale EPS but not its percentage change.
    @Test
    void degreeOfFinancialLeverage() {
        double ebit = 14;
        double interest = 4;
        double shares = 5;
        double eps = (ebit - interest) * 0.75 / shares;
        double ebitDown = ebit * 0.8;
        double epsDown = (ebitDown - interest) * 0.75 / shares;
        assertShows("degree-of-financial-leverage", ebit / (ebit - interest), 2);
        assertShows("degree-of-financial-leverage", ebitDown, 1);
        assertShows("degree-of-financial-leverage", (ebitDown - interest) * 0.75, 1);
        assertShows("degree-of-financial-leverage", eps, 2);
        assertShows("degree-of-financial-leverage", epsDown, 2);
        assertShows("degree-of-financial-leverage", pct(eps - epsDown, eps), 0);
        assertShows("degree-of-financial-leverage", 100 / (ebit / (ebit - interest)), 2);
        double coverage = ebit / interest;
        assertShows("degree-of-financial-leverage", coverage, 2);
    }

    // DCL = DOL x DFL = contribution / (EBIT - interest).
    @Test
    void degreeOfCombinedLeverage() {
        double sales = 80;
        double contribution = sales * 0.4;
        double ebit = contribution - 20;
        double ebt = ebit - 6;
        double dol = contribution / ebit;
        double dfl = ebit / ebt;
        assertShows("degree-of-combined-leverage", dol, 2);
        assertShows("degree-of-combined-leverage", dfl, 2);
        assertShows("degree-of-combined-leverage", dol * dfl, 2);
        double ebtDown = sales * 0.95 * 0.4 - 20 - 6;
        assertShows("degree-of-combined-leverage", ebtDown, 1);
        assertShows("degree-of-combined-leverage", pct(ebt - ebtDown, ebt), 2);
        assertShows("degree-of-combined-leverage", 100 / (dol * dfl), 2);
    }

    // Gearing: net debt / equity; investment trust gearing as borrowing / net assets (AIC glossary).
    @Test
    void gearingCorporateAndTrust() {
        assertShows("gearing", pct(36 - 6, 75), 2);
        assertShows("gearing", pct(36, 36 + 75), 2);
        double netAssets = 200;
        double borrowing = 30;
        double invested = netAssets + borrowing;
        assertShows("gearing", pct(borrowing, netAssets), 2);
        double portfolioAfter = invested * 0.9;
        double navAfter = portfolioAfter - borrowing;
        assertShows("gearing", portfolioAfter, 0);
        assertShows("gearing", navAfter, 0);
        assertShows("gearing", pct(netAssets - navAfter, netAssets), 2);
        assertShows("gearing", pct(invested * 1.1 - borrowing - netAssets, netAssets), 2);
        assertShows("gearing", pct(borrowing, navAfter), 2);
    }

    // Total return swap: receive price return, pay floating financing on actual/360. Archegos figures as alleged
    // in the SEC complaint (April 2022).
    @Test
    void totalReturnSwapQuarterAndArchegos() {
        double notional = 40_000_000;
        double financing = notional * 0.053 * 91 / 360;
        double gain = notional * 0.06;
        assertShows("total-return-swap", financing, 2);
        assertShows("total-return-swap", gain, 0);
        assertShows("total-return-swap", gain - financing, 2);
        assertShows("total-return-swap", pct(gain - financing, notional * 0.10), 2);
        assertShows("total-return-swap", 10.0 / 1.5, 2);
        assertShows("total-return-swap", 160.0 / 36, 2);
    }

    // CFD under the ESMA limits: 20:1 on major indices (5 % margin), close-out at 50 % of required margin.
    @Test
    void contractForDifferenceCloseOut() {
        double notional = 2 * 18_000 * 1.0;
        double margin = notional / 20;
        assertShows("contract-for-difference", notional, 0);
        assertShows("contract-for-difference", margin, 0);
        assertShows("contract-for-difference", notional * 0.015, 0);
        assertShows("contract-for-difference", pct(notional * 0.015, margin), 0);
        double closeOutLoss = margin * 0.5;
        assertShows("contract-for-difference", closeOutLoss, 0);
        assertShows("contract-for-difference", pct(closeOutLoss, notional), 1);
        assertShows("contract-for-difference", 18_000 * (1 - closeOutLoss / notional), 0);
    }

    // ESMA retail CFD caps: initial margin = 1 / leverage; close-out at 50 % of minimum margin.
    @Test
    void retailLeverageLimitsThirtyToOne() {
        assertShows("retail-leverage-limits", 100.0 / 30, 2);
        assertShows("retail-leverage-limits", 2_000 * 30, 0);
        assertShows("retail-leverage-limits", 2_000 * 0.5, 0);
        assertShows("retail-leverage-limits", pct(2_000 * 0.5, 2_000 * 30), 2);
    }
}
