package com.leverageglossary.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Presets are checked against the calculator's inputs when it is declared, so a bad preset never reaches a page. */
class PresetTest {
    static final Calculator RATIO = new Calculator("ratio", "Ratio", "A ÷ B.", List.of("A test calculator."),
            List.of(Input.number("a", "A", "USD").above(0).example("10"), Input.number("b", "B", "USD").above(0).example("2"),
                    Input.choice("mode", "Mode", "plain", "plain", "inverted")),
            List.of(Output.number("ratio", "Ratio", "×", 2)), List.of("ratio = a ÷ b"),
            in -> Result.builder().put("ratio", in.number("a") / in.number("b")).build(),
            FormulaFields.of("a", "a").and("b", "b"));

    @Test
    void aCalculatorOffersItsPresetsInDeclarationOrder() {
        Calculator offered = RATIO.withPresets(
                Preset.of("even", "Even", "Equal sides.", Map.of("a", "5", "b", "5")),
                Preset.of("double", "Double", "Twice as much.", Map.of("a", "10", "b", "5"))
                        .citing("A table", "https://example.org/table", "2026-11-30"));

        assertThat(offered.presets()).extracting(Preset::id).containsExactly("even", "double");
        assertThat(offered.presets().get(1).source().asOf()).isEqualTo("2026-11-30");
        assertThat(offered.evaluate(Map.of("a", List.of("10"), "b", List.of("5"))).result().outputs()).containsEntry("ratio", 2.0);
    }

    @Test
    void aPresetNamingNoInputIsRefusedAtDeclaration() {
        assertThatThrownBy(() -> RATIO.withPresets(Preset.of("bad", "Bad", "Names c.", Map.of("c", "1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preset bad").hasMessageContaining("c");
    }

    @Test
    void aPresetValueOutsideItsInputsBoundsIsRefusedAtDeclaration() {
        assertThatThrownBy(() -> RATIO.withPresets(Preset.of("zero", "Zero", "B is zero.", Map.of("a", "1", "b", "0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("preset zero").hasMessageContaining("b");
        assertThatThrownBy(() -> RATIO.withPresets(Preset.of("mode", "Mode", "No such mode.", Map.of("mode", "upside-down"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mode");
    }

    @Test
    void presetIdsAreUniqueSlugsAndEveryPresetSetsSomething() {
        Preset even = Preset.of("even", "Even", "Equal sides.", Map.of("a", "5", "b", "5"));
        assertThatThrownBy(() -> RATIO.withPresets(even, even)).hasMessageContaining("two presets are called even");
        assertThatThrownBy(() -> Preset.of("Not A Slug", "X", "X.", Map.of("a", "1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Preset.of("empty", "X", "X.", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStandardPresetComputesWithoutErrors() {
        for (Calculator calculator : CalculatorRegistry.standard().all()) {
            for (Preset preset : calculator.presets()) {
                Map<String, List<String>> query = new java.util.LinkedHashMap<>();
                preset.values().forEach((name, value) -> query.put(name, List.of(value)));
                assertThat(calculator.evaluate(query).errors()).as(calculator.id() + " preset " + preset.id()).isEmpty();
            }
        }
    }
}
