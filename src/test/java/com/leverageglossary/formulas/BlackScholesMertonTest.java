package com.leverageglossary.formulas;

import static com.leverageglossary.formulas.DomainErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BlackScholesMertonTest {

    /**
     * Hull, "Options, Futures, and Other Derivatives", 10th ed., ch. 19 "The Greek Letters": the bank's 20-week
     * European call, S = 49, K = 50, r = 5 %, σ = 20 %, T = 0.3846, no dividend — value 2.40 (the $240,000 for
     * 100,000 options), delta 0.522, gamma 0.066, vega 12.1, theta −4.31 per year, rho 8.91.
     */
    @Nested
    @DisplayName("Hull 10th ed. ch. 19: 20-week call S=49, K=50, r=5%, σ=20%, T=0.3846")
    class HullTwentyWeekCall {
        private final BlackScholesMerton call = BlackScholesMerton.of(OptionType.CALL, 49, 50, 0.3846, 0.20, 0.05, 0);

        @Test
        void priceIsTwoForty() {
            assertThat(call.price()).isCloseTo(2.40, within(0.005));
        }

        @Test
        void deltaIsPoint522() {
            assertThat(call.delta()).isCloseTo(0.522, within(0.0005));
        }

        @Test
        void gammaIsPoint066() {
            assertThat(call.gamma()).isCloseTo(0.066, within(0.0005));
        }

        @Test
        void vegaIsTwelvePointOnePerUnitOfVolatility() {
            assertThat(call.vega()).isCloseTo(12.1, within(0.05));
        }

        @Test
        void thetaIsMinusFourPoint31PerYear() {
            assertThat(call.theta()).isCloseTo(-4.31, within(0.005));
        }

        @Test
        void rhoIsEightPoint91PerUnitOfRate() {
            assertThat(call.rho()).isCloseTo(8.91, within(0.005));
        }

        /**
         * The same Greeks in the units quoted on exchanges: "Vega and Rho are sometimes expressed as value change per
         * percent change. Divide by 100 … Theta … per days to maturity. Divide by 365" (http://mikescosmos.com/BSPrice.php);
         * Hull quotes theta "per calendar day" the same way (−4.3 a year is −0.012 a day in his ch. 18 tree example).
         */
        @Test
        void perPointAndPerDayGreeksScaleThePerUnitOnes() {
            assertThat(call.vegaPerPoint()).isCloseTo(0.121, within(0.0005));
            assertThat(call.thetaPerDay()).isCloseTo(-4.31 / 365, within(0.00002)).isCloseTo(-0.0118, within(0.00005));
            assertThat(call.rhoPerPoint()).isCloseTo(0.0891, within(0.00005));
            assertThat(call.vannaPerPoint()).isCloseTo(call.vanna() / 100, within(1e-15));
            assertThat(call.volgaPerPoint()).isCloseTo(call.volga() / 10_000, within(1e-15));
        }
    }

    /**
     * Haug, "The Complete Guide to Option Pricing Formulas" (1998 ed. pp. 2–16; 2nd ed. ch. 1–2), as encoded in QuantLib's
     * test-suite/europeanoption.cpp (testValues, testGreekValues; https://github.com/lballabio/QuantLib) with tolerance
     * 1e-4, and py_vollib's ref_python/black_scholes_merton doctests (https://github.com/vollib/py_vollib, "Haug page 4").
     */
    @Nested
    @DisplayName("Haug, Complete Guide to Option Pricing Formulas (values as in QuantLib europeanoption.cpp)")
    class HaugExamples {
        private static final double TOL = 1e-4;

        @Test
        @DisplayName("Merton (1973) index put: S=100, K=95, T=0.5, r=10%, q=5%, σ=20% → d1 0.6102, d2 0.4688, put 2.4648")
        void mertonPutWithDividendYield() {
            BlackScholesMerton put = BlackScholesMerton.of(OptionType.PUT, 100, 95, 0.5, 0.20, 0.10, 0.05);

            assertThat(put.d1()).isCloseTo(0.6102, within(TOL));
            assertThat(put.d2()).isCloseTo(0.4688, within(TOL));
            assertThat(put.price()).isCloseTo(2.4648, within(TOL));
        }

        @Test
        @DisplayName("Black–Scholes call: S=60, K=65, T=0.25, r=8%, σ=30% → 2.1334")
        void blackScholesCall() {
            assertThat(BlackScholesMerton.of(OptionType.CALL, 60, 65, 0.25, 0.30, 0.08, 0).price()).isCloseTo(2.1334, within(TOL));
        }

        @Test
        @DisplayName("Premium leverage of the same call: 60 of spot per 2.1334 of premium → 28.12")
        void premiumLeverageIsSpotOverPrice() {
            // the calculator contract: premium_leverage = spot / price.
            assertThat(BlackScholesMerton.of(OptionType.CALL, 60, 65, 0.25, 0.30, 0.08, 0).premiumLeverage())
                    .hasValueCloseTo(60 / 2.1334, within(0.01));
        }

        @Test
        @DisplayName("Delta: S=105, K=100, T=0.5, r=q=10%, σ=36% → call 0.5946, put −0.3566; put elasticity −4.8775")
        void deltaAndElasticity() {
            BlackScholesMerton call = BlackScholesMerton.of(OptionType.CALL, 105, 100, 0.5, 0.36, 0.10, 0.10);
            BlackScholesMerton put = BlackScholesMerton.of(OptionType.PUT, 105, 100, 0.5, 0.36, 0.10, 0.10);

            assertThat(call.delta()).isCloseTo(0.5946, within(TOL));
            assertThat(put.delta()).isCloseTo(-0.3566, within(TOL));
            // the calculator contract: elasticity = delta × spot / price.
            assertThat(put.elasticity()).hasValueCloseTo(-4.8775, within(TOL));
        }

        @ParameterizedTest
        @EnumSource(OptionType.class)
        @DisplayName("Gamma and vega: S=55, K=60, T=0.75, r=10%, σ=30% → gamma 0.0278, vega 18.9358 for call and put")
        void gammaAndVegaAreTheSameForCallAndPut(OptionType type) {
            BlackScholesMerton option = BlackScholesMerton.of(type, 55, 60, 0.75, 0.30, 0.10, 0);

            assertThat(option.gamma()).isCloseTo(0.0278, within(TOL));
            assertThat(option.vega()).isCloseTo(18.9358, within(TOL));
        }

        @Test
        @DisplayName("Theta: put S=430, K=405, T=1/12, r=7%, q=5%, σ=20% → −31.1924 per year, −0.0855 per day")
        void putThetaWithDividendYield() {
            BlackScholesMerton put = BlackScholesMerton.of(OptionType.PUT, 430, 405, 1.0 / 12, 0.20, 0.07, 0.05);

            assertThat(put.theta()).isCloseTo(-31.1924, within(TOL));
            assertThat(put.theta() / 365).isCloseTo(-0.0855, within(TOL));
        }

        @Test
        @DisplayName("Rho: call S=72, K=75, T=1, r=9%, σ=19% → 38.7325")
        void callRho() {
            assertThat(BlackScholesMerton.of(OptionType.CALL, 72, 75, 1, 0.19, 0.09, 0).rho()).isCloseTo(38.7325, within(TOL));
        }
    }

    /**
     * Identities checked where no published example exists for a Greek (vanna, volga) or to cross-check the analytic
     * forms against central finite differences of the price on Haug's q > 0 example (S=100, K=95, T=0.5, r=10 %, q=5 %, σ=20 %).
     */
    @Nested
    class DefiningIdentities {

        @Test
        void anOptionWorthNothingHasNoLeverage() {
            // A one-day call struck at ten times spot is worth far less than a trillionth of spot: no ratio means anything.
            BlackScholesMerton worthless = BlackScholesMerton.of(OptionType.CALL, 100, 1_000, 1.0 / 365, 0.2, 0, 0);

            assertThat(worthless.elasticity()).isEmpty();
            assertThat(worthless.premiumLeverage()).isEmpty();
        }
        private static final double S = 100;
        private static final double K = 95;
        private static final double T = 0.5;
        private static final double SIGMA = 0.20;
        private static final double R = 0.10;
        private static final double Q = 0.05;

        private double centralDifference(ToDoubleFunction<Double> f, double x, double h) {
            return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
        }

        @Test
        @DisplayName("Put–call parity with yield: C − P = S·e^(−qT) − K·e^(−rT) (Hull 10th ed. ch. 17, put–call parity for an asset with yield q)")
        void putCallParityHolds() {
            double call = BlackScholesMerton.of(OptionType.CALL, S, K, T, SIGMA, R, Q).price();
            double put = BlackScholesMerton.of(OptionType.PUT, S, K, T, SIGMA, R, Q).price();

            assertThat(call - put).isCloseTo(S * Math.exp(-Q * T) - K * Math.exp(-R * T), within(1e-12));
        }

        @ParameterizedTest
        @EnumSource(OptionType.class)
        void deltaIsTheSlopeOfPriceInSpot(OptionType type) {
            double fd = centralDifference(s -> BlackScholesMerton.of(type, s, K, T, SIGMA, R, Q).price(), S, 1e-3);

            assertThat(BlackScholesMerton.of(type, S, K, T, SIGMA, R, Q).delta()).isCloseTo(fd, within(1e-7));
        }

        @ParameterizedTest
        @EnumSource(OptionType.class)
        void gammaIsTheSlopeOfDeltaInSpot(OptionType type) {
            double fd = centralDifference(s -> BlackScholesMerton.of(type, s, K, T, SIGMA, R, Q).delta(), S, 1e-3);

            assertThat(BlackScholesMerton.of(type, S, K, T, SIGMA, R, Q).gamma()).isCloseTo(fd, within(1e-8));
        }

        @ParameterizedTest
        @EnumSource(OptionType.class)
        @DisplayName("vega = S·e^(−qT)·φ(d1)·√T equals a central difference of price in σ")
        void vegaIsTheSlopeOfPriceInVolatility(OptionType type) {
            double fd = centralDifference(v -> BlackScholesMerton.of(type, S, K, T, v, R, Q).price(), SIGMA, 1e-5);

            assertThat(BlackScholesMerton.of(type, S, K, T, SIGMA, R, Q).vega()).isCloseTo(fd, within(1e-6));
        }

        @ParameterizedTest
        @EnumSource(OptionType.class)
        @DisplayName("theta = −∂V/∂T: calendar time passing shortens the option's life")
        void thetaIsMinusTheSlopeOfPriceInMaturity(OptionType type) {
            double fd = centralDifference(t -> BlackScholesMerton.of(type, S, K, t, SIGMA, R, Q).price(), T, 1e-5);

            assertThat(BlackScholesMerton.of(type, S, K, T, SIGMA, R, Q).theta()).isCloseTo(-fd, within(1e-6));
        }

        @ParameterizedTest
        @EnumSource(OptionType.class)
        void rhoIsTheSlopeOfPriceInRate(OptionType type) {
            double fd = centralDifference(r -> BlackScholesMerton.of(type, S, K, T, SIGMA, r, Q).price(), R, 1e-5);

            assertThat(BlackScholesMerton.of(type, S, K, T, SIGMA, R, Q).rho()).isCloseTo(fd, within(1e-6));
        }

        @ParameterizedTest
        @EnumSource(OptionType.class)
        @DisplayName("vanna = ∂delta/∂σ = −e^(−qT)·φ(d1)·d2/σ")
        void vannaIsTheSlopeOfDeltaInVolatility(OptionType type) {
            double fd = centralDifference(v -> BlackScholesMerton.of(type, S, K, T, v, R, Q).delta(), SIGMA, 1e-5);

            assertThat(BlackScholesMerton.of(type, S, K, T, SIGMA, R, Q).vanna()).isCloseTo(fd, within(1e-7));
        }

        @ParameterizedTest
        @EnumSource(OptionType.class)
        @DisplayName("volga = ∂vega/∂σ = vega·d1·d2/σ")
        void volgaIsTheSlopeOfVegaInVolatility(OptionType type) {
            double fd = centralDifference(v -> BlackScholesMerton.of(type, S, K, T, v, R, Q).vega(), SIGMA, 1e-5);

            assertThat(BlackScholesMerton.of(type, S, K, T, SIGMA, R, Q).volga()).isCloseTo(fd, within(1e-5));
        }

        @Test
        void vannaIsAlsoTheSlopeOfVegaInSpot() {
            // Schwarz: ∂²V/∂S∂σ in either order.
            double fd = centralDifference(s -> BlackScholesMerton.of(OptionType.CALL, s, K, T, SIGMA, R, Q).vega(), S, 1e-3);

            assertThat(BlackScholesMerton.of(OptionType.CALL, S, K, T, SIGMA, R, Q).vanna()).isCloseTo(fd, within(1e-7));
        }
    }

    @Test
    void rejectsArgumentsOutsideTheirDomain() {
        assertRejected("spot", () -> BlackScholesMerton.of(OptionType.CALL, 0, 100, 1, 0.2, 0, 0));
        assertRejected("strike", () -> BlackScholesMerton.of(OptionType.CALL, 100, -1, 1, 0.2, 0, 0));
        assertRejected("years", () -> BlackScholesMerton.of(OptionType.CALL, 100, 100, 0, 0.2, 0, 0));
        assertRejected("years", () -> BlackScholesMerton.of(OptionType.CALL, 100, 100, -1.0 / 365, 0.2, 0, 0));
        assertRejected("volatility", () -> BlackScholesMerton.of(OptionType.PUT, 100, 100, 1, 0, 0, 0));
        assertRejected("rate", () -> BlackScholesMerton.of(OptionType.PUT, 100, 100, 1, 0.2, Double.NaN, 0));
        assertRejected("dividendYield", () -> BlackScholesMerton.of(OptionType.PUT, 100, 100, 1, 0.2, 0, Double.POSITIVE_INFINITY));
    }
}
