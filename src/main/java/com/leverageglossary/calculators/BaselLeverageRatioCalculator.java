package com.leverageglossary.calculators;

import com.leverageglossary.formulas.BaselLeverageRatio;
import com.leverageglossary.formulas.Formula;

import java.util.List;

/** The Basel III leverage ratio of a bank. */
final class BaselLeverageRatioCalculator {
    /** Shown work: dollars to the cent, ratios as percentages; the requirement to four places, as it divides. */
    private static final WorkNotation WORK = WorkNotation.decimals(2).percent("leverage ratio", 2).percent("surcharge", 4)
            .percent("requirement", 4);

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
                // Placeholder values: a formula line shows only the symbols of its description.
                List.of(BaselLeverageRatio.ratioFormula(1, 1).line() + ", Tier 1 = Tier 1 capital, exposure = exposure measure",
                        BaselLeverageRatio.requirementFormula(0).line() + ", surcharge = the G-SIB surcharge",
                        BaselLeverageRatio.maxExposureFormula(1, 1).line(),
                        BaselLeverageRatio.equivalentLeverageFormula(1, 1).line()),
                BaselLeverageRatioCalculator::compute,
                FormulaFields.of("tier1Capital", "tier1_capital").and("exposureMeasure", "exposure_measure")
                        .and("gsibSurcharge", "gsib_surcharge_pct").and("requirement", "gsib_surcharge_pct"));
    }

    private static Result compute(Inputs in) {
        double tier1 = in.number("tier1_capital");
        double exposure = in.number("exposure_measure");
        Formula ratio = BaselLeverageRatio.ratioFormula(tier1, exposure);
        Formula requirement = BaselLeverageRatio.requirementFormula(in.fraction("gsib_surcharge_pct"));
        Formula maxExposure = BaselLeverageRatio.maxExposureFormula(tier1, requirement.value());
        Formula equivalent = BaselLeverageRatio.equivalentLeverageFormula(tier1, exposure);
        return Result.builder()
                .percent("leverage_ratio_pct", ratio.value())
                .percent("requirement_pct", requirement.value())
                .put("meets_requirement", ratio.value() >= requirement.value())
                .put("max_exposure", maxExposure.value())
                .put("equivalent_leverage", equivalent.value())
                .work(WORK.line(ratio))
                .work(WORK.line(requirement))
                .work(WORK.line(maxExposure, "USD"))
                .work(WORK.line(equivalent, "×"))
                .note("National rules can add to the Basel minimum: US G-SIBs face the enhanced supplementary leverage ratio.")
                .build();
    }
}
