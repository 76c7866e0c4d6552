package com.leverageglossary.bench;

import com.leverageglossary.App;
import com.leverageglossary.calculators.Chart;
import com.leverageglossary.calculators.Calculator;
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
 * Drawing a calculator's first chart on its example, as an answer page does: both SVG layouts and the data table
 * that is their text alternative. The numbers are computed once in the set-up; this measures the drawing alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChartBenchmark {
    @Param({"options-strategy", "option-leverage", "cppi"})
    String id;

    Chart chart;

    @Setup
    public void setUp() {
        Calculator calculator = App.CALCULATORS.find(id).orElseThrow();
        Map<String, List<String>> query = new LinkedHashMap<>();
        calculator.inputs().stream().filter(i -> !i.example().isEmpty()).forEach(i -> query.put(i.name(), List.of(i.example())));
        chart = calculator.evaluate(query).result().charts().get(0);
    }

    @Benchmark
    public int svgAndTable() {
        return chart.svg().length() + chart.table().rows().size();
    }
}
