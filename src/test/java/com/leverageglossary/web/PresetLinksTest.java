package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.calculators.FormulaFields;
import com.leverageglossary.calculators.Input;
import com.leverageglossary.calculators.Output;
import com.leverageglossary.calculators.Preset;
import com.leverageglossary.calculators.Result;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Presets reach readers as plain links (no JavaScript needed) and API users through /api/calculators. */
class PresetLinksTest {
    private static final Calculator SPREAD = new Calculator("spread", "Spread", "Upper − lower.", List.of("A test calculator."),
            List.of(Input.number("upper", "Upper", "USD").above(0).example("66000"),
                    Input.number("lower", "Lower", "USD").above(0).example("60000"),
                    Input.choice("side", "Side", "long", "long", "short")),
            List.of(Output.number("spread", "Spread", "USD", 2)), List.of("spread = upper − lower"),
            in -> Result.builder().put("spread", in.number("upper") - in.number("lower")).build(),
            FormulaFields.of("upper", "upper").and("lower", "lower"))
            .withPresets(Preset.of("narrow", "Narrow & short", "A 1,000 wide short spread.",
                            ordered("upper", "61000", "lower", "60000", "side", "short")),
                    Preset.of("wide", "Wide", "A 6,000 wide spread.", ordered("upper", "66000", "lower", "60000"))
                            .citing("Some table", "https://example.org/brackets", "2026-11-30"));

    @Test
    void eachPresetLinksToTheCalculatorWithItsValuesEncodedInDeclarationOrder() {
        List<PageModels.PresetLink> links = CalculatorViews.presetLinks(SPREAD, Map.of());

        assertThat(links).extracting(PageModels.PresetLink::url).containsExactly(
                "/calculators/spread/?upper=61000&lower=60000&side=short", "/calculators/spread/?upper=66000&lower=60000");
        assertThat(links).extracting(PageModels.PresetLink::label).containsExactly("Narrow & short", "Wide");
        assertThat(links.get(1).source().url()).isEqualTo("https://example.org/brackets");
    }

    @Test
    void thePresetWhoseValuesThePageShowsIsMarkedCurrent() {
        Map<String, List<String>> shown = Map.of("upper", List.of(" 66000 "), "lower", List.of("60000"), "side", List.of("long"));

        assertThat(CalculatorViews.presetLinks(SPREAD, shown)).extracting(PageModels.PresetLink::current).containsExactly(false, true);
        assertThat(CalculatorViews.presetLinks(SPREAD, Map.of("upper", List.of("66000"))))
                .extracting(PageModels.PresetLink::current).containsExactly(false, false);
    }

    @Test
    void theCatalogListsPresetsWithTheirPageApiRequestAndSource() {
        Map<String, Object> index = CalculatorCatalog.index(List.of(SPREAD));
        @SuppressWarnings("unchecked")
        Map<String, Object> spread = ((List<Map<String, Object>>) index.get("calculators")).get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> presets = (List<Map<String, Object>>) spread.get("presets");

        assertThat(presets).extracting(p -> p.get("id")).containsExactly("narrow", "wide");
        assertThat(presets.get(0)).containsEntry("api", "/api/calculators/spread?upper=61000&lower=60000&side=short")
                .containsEntry("source", null);
        assertThat(presets.get(1)).containsEntry("source",
                Map.of("title", "Some table", "url", "https://example.org/brackets", "as_of", "2026-11-30"));
    }

    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
