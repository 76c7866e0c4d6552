package com.leverageglossary.calculators;

import com.leverageglossary.formulas.BaselLeverageRatio;

import java.util.List;

/** The Basel III leverage ratio of a bank. */
final class BaselLeverageRatioCalculator {
    private BaselLeverageRatioCalculator() {
    }

    static Calculator declaration() {
        return new Calculator("basel-leverage-ratio", "Basel III leverage ratio calculator",
                "A bank's Basel III leverage ratio, its requirement including the G-SIB buffer, and the largest exposure its Tier 1 capital supports.",
                List.of("The Basel III leverage ratio divides Tier 1 capital by an exposure measure that counts on-balance-sheet assets, derivatives, securities financing and off-balance-sheet commitments without risk weights. It is a backstop to risk-weighted capital: it cannot be gamed by assets that models call safe.",
                        "The minimum is 3 %. Global systemically important banks add a buffer of half their G-SIB surcharge, so a bank in the 2 % bucket needs 4 %."),
                List.of(
                        Input.number("tier1_capital", "Tier 1 capital", "USD").above(0).example("50000000000"),
                        Input.number("exposure_measure", "Exposure measure", "USD").above(0).example("1200000000000"),
                        Input.number("gsib_surcharge_pct", "G-SIB surcharge", "%").defaultsTo(0.0).atLeast(0).atMost(10)
                                .help("The bank's higher-loss-absorbency bucket, e.g. 1.5; 0 for other banks.")),
                List.of(
                        Output.number("leverage_ratio_pct", "Leverage ratio", "%", 2),
                        Output.number("requirement_pct", "Requirement", "%", 2),
                        Output.flag("meets_requirement", "Meets requirement"),
                        Output.number("max_exposure", "Largest exposure at the requirement", "USD", 0),
                        Output.number("equivalent_leverage", "Equivalent leverage", "×", 2)),
                List.of("leverage ratio = Tier 1 capital ÷ exposure measure × 100",
                        "requirement = 3 % + G-SIB surcharge ÷ 2",
                        "largest exposure = Tier 1 capital ÷ requirement",
                        "equivalent leverage = exposure measure ÷ Tier 1 capital"),
                BaselLeverageRatioCalculator::compute,
                FormulaFields.of("tier1Capital", "tier1_capital").and("exposureMeasure", "exposure_measure")
                        .and("gsibSurcharge", "gsib_surcharge_pct").and("requirement", "gsib_surcharge_pct"));
    }

    private static Result compute(Inputs in) {
        double tier1 = in.number("tier1_capital");
        double exposure = in.number("exposure_measure");
        double ratio = BaselLeverageRatio.ratio(tier1, exposure);
        double requirement = BaselLeverageRatio.requirement(in.fraction("gsib_surcharge_pct"));
        return Result.builder()
                .percent("leverage_ratio_pct", ratio)
                .percent("requirement_pct", requirement)
                .put("meets_requirement", ratio >= requirement)
                .put("max_exposure", BaselLeverageRatio.maxExposure(tier1, requirement))
                .put("equivalent_leverage", BaselLeverageRatio.equivalentLeverage(tier1, exposure))
                .work("leverage ratio = " + Figures.of(tier1, 0) + " ÷ " + Figures.of(exposure, 0) + " × 100 = " + Figures.percent(ratio, 2) + " %")
                .work("requirement = 3 % + " + Figures.of(in.number("gsib_surcharge_pct"), 2) + " % ÷ 2 = " + Figures.percent(requirement, 2) + " %")
                .note("National rules can add to the Basel minimum: US G-SIBs face the enhanced supplementary leverage ratio.")
                .build();
    }
}
