package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.App;
import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.calculators.Input;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 12, defect 2: a calculator answer's cache key names the calculation, not the URL. Adding tracking
 * parameters or reordering the query never makes a new key; changing one of the calculator's own values does.
 */
class CacheKeyPropertiesTest {
    private static final List<Calculator> CALCULATORS = App.CALCULATORS.all();

    @Property
    void unknownParametersAndOrderNeverChangeTheKey(@ForAll("calculators") Calculator calculator, @ForAll("values") List<String> values,
            @ForAll("junk") Map<String, List<String>> junk, @ForAll long shuffleSeed) {
        Map<String, List<String>> own = ownValues(calculator, values);
        Map<String, List<String>> noisy = new LinkedHashMap<>(junk);
        noisy.keySet().removeIf(name -> own.containsKey(name));
        List<Map.Entry<String, List<String>>> entries = new ArrayList<>(own.entrySet());
        entries.addAll(noisy.entrySet());
        Collections.shuffle(entries, new Random(shuffleSeed));
        Map<String, List<String>> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));

        String path = CalculatorViews.pageUrl(calculator);
        assertThat(CalculatorViews.cacheKey(path, calculator, shuffled)).isEqualTo(CalculatorViews.cacheKey(path, calculator, own));
    }

    @Property
    void changingAnOwnValueChangesTheKey(@ForAll("calculators") Calculator calculator, @ForAll("values") List<String> values) {
        Map<String, List<String>> own = ownValues(calculator, values);
        String first = own.keySet().iterator().next();
        Map<String, List<String>> changed = new LinkedHashMap<>(own);
        changed.put(first, List.of(own.get(first).get(0) + "1"));

        String path = CalculatorViews.pageUrl(calculator);
        assertThat(CalculatorViews.cacheKey(path, calculator, changed)).isNotEqualTo(CalculatorViews.cacheKey(path, calculator, own));
    }

    @Property
    void valuesThatLookLikeSeparatorsCannotForgeAnotherKey(@ForAll("calculators") Calculator calculator) {
        Input first = calculator.inputs().get(0);
        Input second = calculator.inputs().get(1);
        Map<String, List<String>> forged = Map.of(first.name(), List.of("1&" + second.name() + "=2"));
        Map<String, List<String>> plain = new LinkedHashMap<>();
        plain.put(first.name(), List.of("1"));
        plain.put(second.name(), List.of("2"));

        String path = CalculatorViews.pageUrl(calculator);
        assertThat(CalculatorViews.cacheKey(path, calculator, forged)).isNotEqualTo(CalculatorViews.cacheKey(path, calculator, plain));
    }

    /** Every declared input gets the next generated value, so the map holds each own parameter once. */
    private static Map<String, List<String>> ownValues(Calculator calculator, List<String> values) {
        Map<String, List<String>> own = new LinkedHashMap<>();
        List<Input> inputs = calculator.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            own.put(inputs.get(i).name(), List.of(values.get(i % values.size())));
        }
        return own;
    }

    @Provide
    Arbitrary<Calculator> calculators() {
        return Arbitraries.of(CALCULATORS).filter(c -> c.inputs().size() >= 2);
    }

    @Provide
    Arbitrary<List<String>> values() {
        return Arbitraries.strings().withChars("0123456789.-,:e").ofMinLength(1).ofMaxLength(12).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Map<String, List<String>>> junk() {
        return Arbitraries.maps(Arbitraries.of("utm_source", "utm_medium", "fbclid", "gclid", "ref", "x", "side", "_"),
                Arbitraries.strings().ofMaxLength(20).list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(6);
    }
}
