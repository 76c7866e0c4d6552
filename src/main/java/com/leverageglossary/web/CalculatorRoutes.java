package com.leverageglossary.web;

import com.leverageglossary.urls.SiteUrls;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.calculators.Evaluation;
import com.leverageglossary.calculators.FieldError;
import com.leverageglossary.calculators.Input;
import com.leverageglossary.calculators.Output;
import com.leverageglossary.calculators.OutputType;
import com.leverageglossary.seo.JsonLd;
import com.leverageglossary.content.Entry;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** {@code /calculators/}, each calculator's page (the no-JavaScript form) and {@code /api/calculators/{id}}. */
final class CalculatorRoutes {
    private final Pages pages;
    private final ErrorPages errors;

    CalculatorRoutes(Pages pages, ErrorPages errors) {
        this.pages = pages;
        this.errors = errors;
    }

    void index(Context ctx) {
        Responses.page(ctx, pages.live().page(SiteUrls.CALCULATORS, () -> pages.html(index())));
    }

    /** {@code GET /api/calculators}: every calculator's inputs and outputs, from the declarations. */
    void catalog(Context ctx) {
        Responses.page(ctx, pages.live().page(SiteUrls.CALCULATORS_API,
                () -> JsonResponses.answer(200, CalculatorCatalog.index(pages.calculators().all()), null).rendered()));
    }

    /** {@code GET /api/openapi.json}: the OpenAPI 3.1 document of the calculator API. */
    void openApi(Context ctx) {
        Responses.page(ctx, pages.live().page(SiteUrls.OPENAPI,
                () -> JsonResponses.answer(200, CalculatorCatalog.openApi(pages.calculators().all(), pages.baseUrl()), null).rendered()));
    }

    /** The page's address without its trailing slash: redirected, query and all. */
    void toPage(Context ctx) {
        withCalculator(ctx, calculator -> Responses.redirectWithQuery(ctx, CalculatorViews.pageUrl(calculator)));
    }

    private PageModels.CalculatorIndexPage index() {
        Chrome chrome = pages.chrome("Leverage calculators — " + Pages.SITE_NAME,
                pages.calculators().all().size() + " free calculators for leverage, margin, liquidation price, lending loops, option Greeks, funding, CPPI and more.",
                SiteUrls.CALCULATORS, List.of(Pages.HOME, new Crumb("Calculators", SiteUrls.CALCULATORS)));
        chrome = chrome.withJsonLd(JsonLd.script(List.of(JsonLd.breadcrumbs(chrome.breadcrumbItems(), pages.baseUrl()))));
        return new PageModels.CalculatorIndexPage(chrome, pages.calculators().all(), CalculatorCatalog.CONVENTIONS);
    }

    /** Without a query the page shows the calculator's example; with one it is the no-JavaScript form's answer. */
    void page(Context ctx) {
        withCalculator(ctx, calculator -> {
            Map<String, List<String>> query = CalculatorViews.ownParameters(calculator, ctx.queryParamMap());
            if (query.isEmpty()) {
                String path = CalculatorViews.pageUrl(calculator);
                Responses.page(ctx, pages.live().page(path,
                        () -> pages.html(model(calculator, CalculatorViews.examples(calculator)))));
                return;
            }
            pages.live().answer(CalculatorViews.cacheKey(ctx.path(), calculator, query), () -> {
                PageModels.CalculatorPage model = model(calculator, query);
                return new Answer(model.view().computed() ? 200 : 400, pages.html(model), "no-cache");
            }).send(ctx);
        });
    }

    private PageModels.CalculatorPage model(Calculator calculator, Map<String, List<String>> values) {
        String path = CalculatorViews.pageUrl(calculator);
        Chrome chrome = pages.chrome(calculator.title() + " — " + Pages.SITE_NAME, calculator.description(), path,
                List.of(Pages.HOME, new Crumb("Calculators", SiteUrls.CALCULATORS), new Crumb(calculator.title(), path)));
        chrome = chrome.withJsonLd(JsonLd.script(JsonLd.calculatorGraph(calculator, path, chrome.breadcrumbItems(), pages.baseUrl())));
        CalculatorView view = CalculatorViews.of(calculator, values, "calc");
        List<Entry> usedIn = pages.site().entriesUsingCalculator(calculator.id());
        List<PageModels.PresetLink> presets = CalculatorViews.presetLinks(calculator, values);
        List<PageModels.Section> sections = new java.util.ArrayList<>();
        if (!presets.isEmpty()) {
            sections.add(PageModels.CalculatorPage.PRESETS);
        }
        sections.addAll(List.of(
                new PageModels.Section(2, view.idPrefix() + "-title", PageModels.CalculatorPage.WIDGET_HEADING), PageModels.CalculatorPage.HOW));
        if (!usedIn.isEmpty()) {
            sections.add(PageModels.CalculatorPage.USED_IN);
        }
        return new PageModels.CalculatorPage(chrome, view, presets, usedIn, PageModels.OnThisPage.of(sections, false));
    }

    /**
     * Known calculators with only their own parameters are cached under a canonical key; anything else is a
     * cheap 404 or 400 computed afresh, so junk parameters cannot fill the cache.
     */
    void api(Context ctx) {
        Optional<Calculator> calculator = pages.calculators().find(ctx.pathParam("id"));
        // Form rows (a strategy's legs, one per row) arrive from the live widget; the API reads them as their one value.
        Map<String, List<String>> query = calculator.map(c -> c.withRowsCompiled(ctx.queryParamMap())).orElse(ctx.queryParamMap());
        if (calculator.isPresent() && CalculatorViews.ownParameters(calculator.get(), query).size() == query.size()) {
            pages.live().answer(CalculatorViews.cacheKey(ctx.path(), calculator.get(), query), () -> apiAnswer(ctx.pathParam("id"), query)).send(ctx);
        } else {
            apiAnswer(ctx.pathParam("id"), query).send(ctx);
        }
    }

    private Answer apiAnswer(String id, Map<String, List<String>> query) {
        Optional<Calculator> found = pages.calculators().find(id);
        if (found.isEmpty()) {
            return JsonResponses.answer(404, Map.of("errors", List.of(JsonResponses.error("id", "there is no calculator with this id; see " + SiteUrls.CALCULATORS_API))), null);
        }
        Calculator calculator = found.get();
        List<FieldError> problems = new ArrayList<>();
        query.keySet().stream()
                .filter(name -> calculator.inputs().stream().noneMatch(i -> i.name().equals(name)))
                .forEach(name -> problems.add(new FieldError(name, "is not an input of " + calculator.id())));
        Evaluation evaluation = calculator.evaluate(query);
        problems.addAll(evaluation.errors());
        if (!problems.isEmpty()) {
            return JsonResponses.answer(400, Map.of("errors", problems.stream().map(e -> JsonResponses.error(e.field(), e.message())).toList()), null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("calculator", calculator.id());
        body.put("inputs", evaluation.inputs());
        body.put("outputs", evaluation.result().outputs());
        body.put("notes", evaluation.result().notes());
        // Beyond the contract, for the live widget: the shown work, the chart, and the units and decimals of
        // the chosen options (an inverse contract's margin is in coin).
        body.put("work", evaluation.result().work());
        body.put("chart_svg", evaluation.result().chartSvg());
        List<Output> outputs = calculator.outputsFor(query);
        Map<String, Object> units = new LinkedHashMap<>();
        units.put("inputs", byName(calculator.inputsFor(query).stream().filter(i -> !i.unit().isEmpty()), Input::name, Input::unit));
        units.put("outputs", byName(outputs.stream().filter(o -> !o.unit().isEmpty()), Output::name, Output::unit));
        body.put("units", units);
        body.put("decimals", byName(outputs.stream().filter(o -> o.type() == OutputType.NUMBER), Output::name, Output::decimals));
        return JsonResponses.answer(200, body, "public, max-age=3600");
    }

    private static <T, V> Map<String, V> byName(Stream<T> items, Function<T, String> name, Function<T, V> value) {
        Map<String, V> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(name.apply(item), value.apply(item)));
        return map;
    }

    private void withCalculator(Context ctx, java.util.function.Consumer<Calculator> then) {
        pages.calculators().find(ctx.pathParam("id")).ifPresentOrElse(then, () -> errors.notFound(ctx));
    }

}
