package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeverageRatioTest {
    private static final double EPS = 1e-12;

    @Test
    @DisplayName("70 % long / 30 % short book: net exposure 40 % (Corporate Finance Institute, 'Net Exposure', "
            + "https://corporatefinanceinstitute.com/resources/knowledge/trading-investing/net-exposure/)")
    void netLeverageLetsShortsOffsetLongs() {
        double[] positions = {70, -30};

        assertThat(LeverageRatio.net(100, positions)).isCloseTo(0.40, within(EPS));
        // Gross = long + |short| = 100 % of equity (same source's definition of gross exposure).
        assertThat(LeverageRatio.gross(100, positions)).isCloseTo(1.00, within(EPS));
    }

    @Test
    @DisplayName("130/30 fund: 100 % net long (thefinancebase.com, 'How to Calculate Equity Net Long Exposure', "
            + "http://thefinancebase.com/calculate-equity-net-long-exposure-1352.html); gross = 130 + 30 = 160 %")
    void grossLeverageSumsAbsoluteNotionals() {
        double[] positions = {130, -30};

        assertThat(LeverageRatio.net(100, positions)).isCloseTo(1.00, within(EPS));
        assertThat(LeverageRatio.gross(100, positions)).isCloseTo(1.60, within(EPS));
    }

    @Test
    @DisplayName("Rice Partners, 'Net exposure' (https://www.ricepartners.com/buzzwords/net-exposure/): 80 % long and 20 % short is "
            + "60 % net; 120 % long and 60 % short is 180 % gross")
    void grossAndNetNotionalsAddAbsoluteAndSignedSizes() {
        assertThat(LeverageRatio.netNotional(new double[] {80, -20})).isCloseTo(60, within(EPS));
        assertThat(LeverageRatio.grossNotional(new double[] {120, -60})).isCloseTo(180, within(EPS));
    }

    @Test
    @DisplayName("Fund Alpha: $200m capital, $150m long + $50m short = gross exposure 100 % of capital "
            + "(Witty Finance Dictionary, 'Gross Exposure', https://wittyfinancedictionary.com/definitions/g/gross-exposure)")
    void grossExposureEqualToCapitalIsLeverageOne() {
        double[] positionsMillions = {150, -50};

        assertThat(LeverageRatio.gross(200, positionsMillions)).isCloseTo(1.0, within(EPS));
        assertThat(LeverageRatio.net(200, positionsMillions)).isCloseTo(0.5, within(EPS));
    }

    @Test
    void netLeverageIsNegativeWhenTheBookIsNetShort() {
        // Defining identity (Σ signed notional / equity): 20 long, 80 short on 100 equity is −60 % net.
        assertThat(LeverageRatio.net(100, new double[] {20, -80})).isCloseTo(-0.60, within(EPS));
    }

    @Test
    void marginPctIsTheReciprocalOfGrossLeverageInPercent() {
        // Defining identity: margin % = equity / gross notional × 100 = 100 / gross leverage.
        double[] positions = {130, -30};
        double gross = LeverageRatio.gross(100, positions);

        assertThat(LeverageRatio.marginPct(100, positions)).isCloseTo(62.5, within(EPS));
        assertThat(LeverageRatio.marginPct(100, positions) * gross).isCloseTo(100, within(1e-9));
    }

    @Test
    void adverseMoveToWipeoutErasesExactlyTheEquity() {
        // Defining identity: a uniform adverse move of m % on gross notional G loses G·m/100 = equity when m = 100/L.
        double equity = 1_000;
        double[] positions = {8_000, -2_000};
        double gross = LeverageRatio.gross(equity, positions);
        double movePct = LeverageRatio.adverseMoveToWipeoutPct(gross);

        assertThat(movePct).isCloseTo(10.0, within(EPS));
        assertThat(10_000 * movePct / 100).isCloseTo(equity, within(1e-9));
    }

    @Test
    void rejectsNonPositiveEquity() {
        assertRejected("equity", () -> LeverageRatio.gross(0, new double[] {100}));
        assertRejected("equity", () -> LeverageRatio.net(-1, new double[] {100}));
        assertRejected("equity", () -> LeverageRatio.marginPct(Double.NaN, new double[] {100}));
    }

    @Test
    void rejectsMissingOrNonFinitePositions() {
        assertRejected("signedNotionals", () -> LeverageRatio.gross(100, new double[0]));
        assertRejected("signedNotionals", () -> LeverageRatio.gross(100, new double[] {100, Double.NaN}));
        assertRejected("signedNotionals", () -> LeverageRatio.marginPct(100, new double[] {Double.POSITIVE_INFINITY}));
        assertRejected("signedNotionals", () -> LeverageRatio.netNotional(new double[0]));
        assertRejected("signedNotionals", () -> LeverageRatio.net(100, new double[] {Double.NaN}));
    }

    @Test
    void rejectsABookWithNoExposure() {
        assertRejected("signedNotionals", () -> LeverageRatio.gross(100, new double[] {0, 0}));
        assertRejected("grossLeverage", () -> LeverageRatio.adverseMoveToWipeoutPct(0));
    }
}
