package com.leverageglossary.calculators;

import com.leverageglossary.formulas.Cppi;
import com.leverageglossary.formulas.Formula;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Constant proportion portfolio insurance: allocation now and, optionally, along a return path. */
final class CppiCalculator {
    /** Shown work: dollars to the cent, the cap and shares as percentages. */
    private static final WorkNotation WORK = WorkNotation.decimals(2).percent("cap", 2).percent("exposure share", 2)
            .percent("largest drop", 2);

    private CppiCalculator() {
    }

    static Calculator declaration() {
        return new Calculator("cppi", "CPPI calculator",
                "Constant proportion portfolio insurance: the cushion, risky exposure and safe allocation, and the portfolio along a path of returns.",
                List.of("CPPI keeps a floor the portfolio should not fall below and invests a multiple of the cushion (value − floor) in the risky asset; the rest sits in a safe asset that grows the floor at the safe rate. Gains raise the cushion and so the exposure; losses cut it, so the strategy buys after rises and sells after falls.",
                        "The floor holds only if the risky asset never falls by more than 1 ÷ multiplier between two rebalancing dates: at a multiplier of 5 a single 20 % gap takes the portfolio to the floor, and anything worse breaches it. That gap risk is what sold CPPI products hedge, and it is the leverage risk at the heart of the strategy."),
                List.of(
                        Input.number("portfolio_value", "Portfolio value", "USD").above(0).example("100000"),
                        Input.number("floor", "Floor", "USD").atLeast(0).example("80000"),
                        Input.number("multiplier", "Multiplier", "×").above(0).atMost(100).example("4"),
                        Input.number("max_exposure_pct", "Exposure cap", "% of portfolio").optional().atLeast(0).atMost(1000).example("100")
                                .help("Optional: the most the risky asset may be, as a share of the portfolio. 100 means no borrowing."),
                        Input.numberList("risky_returns_pct", "Risky returns per period", "%").optional().above(-100).example("5,-10,-15,8")
                                .help("Optional: comma-separated, one per rebalancing period."),
                        Input.number("safe_rate_pct", "Safe rate per period", "%").defaultsTo(0.0).above(-100).atMost(100)),
                List.of(
                        Output.number("cushion", "Cushion", "USD", 2),
                        Output.number("exposure", "Risky exposure", "USD", 2),
                        Output.number("safe_allocation", "Safe allocation", "USD", 2),
                        Output.number("exposure_pct", "Exposure", "% of portfolio", 2),
                        Output.number("max_single_drop_pct", "Largest drop the floor survives", "%", 2),
                        Output.rows("steps", "Path", 2, "exposure", "value", "floor"),
                        Output.number("final_value", "Final value", "USD", 2),
                        Output.flag("floor_breached", "Floor breached")),
                // Placeholder values: a formula line shows only the symbols of its description.
                List.of(Cppi.cushionFormula(1, 0).line() + ", V = portfolio value, F = floor",
                        Cppi.exposureFormula(1, 0, 1, 1.0).line() + ", m = multiplier, cap = exposure cap; "
                                + Cppi.safeAllocationFormula(1, 0).line() + "; " + Cppi.exposureShareFormula(1, 0).line(),
                        "each period: value = exposure × (1 + r) + safe × (1 + safe rate); floor × (1 + safe rate)",
                        Cppi.maxSingleDropFormula(1).line() + " (the largest single drop the floor survives)"),
                CppiCalculator::compute,
                FormulaFields.of("value", "portfolio_value").and("floor", "floor").and("multiplier", "multiplier")
                        .and("maxExposure", "max_exposure_pct").and("riskyReturns", "risky_returns_pct").and("safeRate", "safe_rate_pct")
                        .and("exposure", "multiplier").and("steps", "risky_returns_pct"));
    }

    private static Result compute(Inputs in) {
        double value = in.number("portfolio_value");
        double floor = in.number("floor");
        double multiplier = in.number("multiplier");
        Double cap = in.has("max_exposure_pct") ? in.fraction("max_exposure_pct") : null;
        Formula cushion = Cppi.cushionFormula(value, floor);
        Formula exposureFormula = Cppi.exposureFormula(value, floor, multiplier, cap);
        double exposure = exposureFormula.value();
        Formula safeFormula = Cppi.safeAllocationFormula(value, exposure);
        double safe = safeFormula.value();
        Formula share = Cppi.exposureShareFormula(value, exposure);
        Formula maxDrop = Cppi.maxSingleDropFormula(multiplier);
        Result.Builder result = Result.builder()
                .put("cushion", cushion.value())
                .put("exposure", exposure)
                .put("safe_allocation", safe)
                .percent("exposure_pct", share.value())
                .percent("max_single_drop_pct", maxDrop.value())
                .work(WORK.line(cushion, "USD"))
                .work(WORK.line(exposureFormula, "USD"))
                .work(WORK.line(safeFormula, "USD"))
                .work(WORK.line(share))
                .work(WORK.line(maxDrop));
        if (floor >= value) {
            result.note("The floor is at or above the portfolio value: there is no cushion, so everything stays in the safe asset.");
        }
        if (safe < 0) {
            result.note("Exposure exceeds the portfolio: the negative safe allocation is borrowed at the safe rate.");
        }
        if (!in.has("risky_returns_pct")) {
            return result.put("steps", null).put("final_value", null).put("floor_breached", null)
                    .note("Give risky returns per period to follow the strategy along a path.")
                    .build();
        }
        List<Cppi.Step> steps = Cppi.simulate(value, floor, multiplier, cap, in.fractions("risky_returns_pct"), in.fraction("safe_rate_pct"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Cppi.Step step : steps) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("exposure", step.exposure());
            row.put("value", step.value());
            row.put("floor", step.floor());
            rows.add(row);
        }
        boolean breached = Cppi.floorBreached(steps);
        if (breached) {
            result.note("A fall larger than 100 ÷ multiplier within one period took the portfolio below the floor: the gap risk CPPI cannot hedge by trading.");
        }
        return result.put("steps", rows)
                .put("final_value", Cppi.finalValue(steps))
                .put("floor_breached", breached)
                .chart(CppiChart.svg(value, floor, steps))
                .build();
    }
}
