package com.leverageglossary.bench;

import com.leverageglossary.App;
import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.calculators.Evaluation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One API request's work without the network: parse and validate the query, compute every output, the
 * shown work and the chart, exactly as {@code GET /api/calculators/{id}} does, on each calculator's example.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ApiRequestBenchmark {
    @Param({"leverage-ratio", "position-margin", "liquidation-price", "leverage-loop", "health-factor", "option-leverage",
            "volatility-decay", "funding-cost", "risk-adjusted-leverage", "cppi", "basel-leverage-ratio",
            "liquidation-cascade", "leverage-skew", "options-strategy"})
    String id;

    Calculator calculator;
    Map<String, List<String>> query;

    @Setup
    public void setUp() {
        calculator = App.CALCULATORS.find(id).orElseThrow();
        query = new LinkedHashMap<>();
        calculator.inputs().stream().filter(i -> !i.example().isEmpty()).forEach(i -> query.put(i.name(), List.of(i.example())));
    }

    @Benchmark
    public Evaluation evaluate() {
        return calculator.evaluate(query);
    }
}
