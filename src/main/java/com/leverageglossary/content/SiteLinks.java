package com.leverageglossary.content;

import com.leverageglossary.urls.SiteUrls;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.calculators.CalculatorRegistry;
import com.leverageglossary.calculators.FieldError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks site-internal Markdown links written by authors: entry, area and calculator URLs must exist,
 * and a calculator link's query must be inputs that calculator accepts.
 */
final class SiteLinks {
    private static final Pattern ENTRY = Pattern.compile("/(" + java.util.Arrays.stream(Kind.values()).map(Kind::segment)
            .collect(java.util.stream.Collectors.joining("|")) + ")/([^/?#]+)/?(#.*)?");
    private static final Pattern AREA = Pattern.compile(SiteUrls.areaRegex() + "(#.*)?");
    private static final Pattern CALCULATOR = Pattern.compile(SiteUrls.calculatorRegex() + "(\\?[^#]*)?(#.*)?");

    private final Set<String> entryNames;
    private final Set<String> areaSlugs;
    private final CalculatorRegistry calculators;

    SiteLinks(Set<String> entryNames, Set<String> areaSlugs, CalculatorRegistry calculators) {
        this.entryNames = entryNames;
        this.areaSlugs = areaSlugs;
        this.calculators = calculators;
    }

    /** The problem with an internal link, or empty when it is fine or not internal. */
    Optional<String> problem(String url) {
        Matcher entry = ENTRY.matcher(url);
        if (entry.matches()) {
            return entryNames.contains(Site.nameKey(entry.group(2))) ? Optional.empty()
                    : Optional.of("link to unknown entry " + url);
        }
        Matcher area = AREA.matcher(url);
        if (area.matches()) {
            return areaSlugs.contains(area.group(1)) ? Optional.empty() : Optional.of("link to unknown area " + url);
        }
        Matcher calculator = CALCULATOR.matcher(url);
        if (calculator.matches()) {
            Optional<Calculator> found = calculators.find(calculator.group(1));
            if (found.isEmpty()) {
                return Optional.of("link to unknown calculator " + url);
            }
            String query = calculator.group(2) == null ? "" : calculator.group(2).substring(1);
            return describe(found.get().checkPresets(queryParameters(query)), url);
        }
        return Optional.empty();
    }

    /** Problems with a calculator block's id and presets, or empty. */
    Optional<String> embedProblem(String calculatorId, Map<String, List<String>> presets) {
        Optional<Calculator> found = calculators.find(calculatorId);
        if (found.isEmpty()) {
            return Optional.of("calculator block names unknown calculator '" + calculatorId + "'");
        }
        return describe(found.get().checkPresets(presets), "calculator block " + calculatorId);
    }

    private static Optional<String> describe(List<FieldError> errors, String where) {
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        errors.forEach(e -> parts.add((e.field().isEmpty() ? "a line without name=" : e.field()) + " " + e.message()));
        return Optional.of("bad calculator inputs in " + where + ": " + String.join("; ", parts));
    }

    static Map<String, List<String>> queryParameters(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
