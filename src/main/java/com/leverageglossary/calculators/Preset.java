package com.leverageglossary.calculators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named set of input values declared with a calculator, such as "Iron condor" or an exchange's
 * published margin brackets. Presets are plain links to the calculator with these values, so they work
 * without JavaScript; {@code /api/calculators} lists them.
 *
 * @param id          a lower-case slug, unique within the calculator (used as the link's fragment-free key)
 * @param label       what the link says
 * @param description one sentence on what the preset shows
 * @param values      input values as written in a query string, in the order they are given
 * @param source      where the values come from, or null when they are illustrative
 */
public record Preset(String id, String label, String description, Map<String, String> values, Source source) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * A published source of a preset's values.
     *
     * @param asOf the date the source states for the values (e.g. "2026-11-30"), since tables like margin
     *             brackets change
     */
    public record Source(String title, String url, String asOf) {
        public Source {
            Objects.requireNonNull(title);
            Objects.requireNonNull(url);
            Objects.requireNonNull(asOf);
        }
    }

    public Preset {
        if (!SLUG.matcher(id).matches()) {
            throw new IllegalArgumentException("preset id " + id + " is not a lower-case slug");
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("preset " + id + " sets no input");
        }
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** An illustrative preset (no published source). */
    public static Preset of(String id, String label, String description, Map<String, String> values) {
        return new Preset(id, label, description, values, null);
    }

    /** The same preset, citing where its values were published. */
    public Preset citing(String title, String url, String asOf) {
        return new Preset(id, label, description, values, new Source(title, url, asOf));
    }
}
