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

/**
 * {@code /calculators/}, each calculator's page (the no-JavaScript form), its embed page for other sites,
 * {@code /api/calculators/{id}} (JSON) and {@code /api/calculators/{id}.csv}.
 */
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
                        () -> pages.html(model(calculator, CalculatorViews.examples(calculator), ""))));
                return;
            }
            pages.live().answer(CalculatorViews.cacheKey(ctx.path(), calculator, query), () -> {
                PageModels.CalculatorPage model = model(calculator, query, CalculatorViews.queryString(query));
                return new Answer(model.view().computed() ? 200 : 400, pages.html(model), "no-cache");
            }).send(ctx);
        });
    }

    /** @param query the inputs as given in the address ("" for the example), which the embed code carries on */
    private PageModels.CalculatorPage model(Calculator calculator, Map<String, List<String>> values, String query) {
        String path = CalculatorViews.pageUrl(calculator);
        Chrome chrome = pages.chrome(calculator.title() + " — " + Pages.SITE_NAME, calculator.description(), path,
                List.of(Pages.HOME, new Crumb("Calculators", SiteUrls.CALCULATORS), new Crumb(calculator.title(), path)));
        chrome = chrome.withJsonLd(JsonLd.script(JsonLd.calculatorGraph(calculator, path, chrome.breadcrumbItems(), pages.baseUrl())));
        CalculatorView view = CalculatorViews.of(calculator, values, "calc");
        PageModels.Listing usedIn = PageModels.Listing.of(pages.site().entriesUsingCalculator(calculator.id()));
        List<PageModels.PresetLink> presets = CalculatorViews.presetLinks(calculator, values);
        List<PageModels.Section> sections = new java.util.ArrayList<>();
        if (!presets.isEmpty()) {
            sections.add(PageModels.CalculatorPage.PRESETS);
        }
        sections.addAll(List.of(new PageModels.Section(2, view.idPrefix() + "-title", PageModels.CalculatorPage.WIDGET_HEADING),
                PageModels.CalculatorPage.EMBED, PageModels.CalculatorPage.HOW));
        if (!usedIn.isEmpty()) {
            sections.add(PageModels.CalculatorPage.USED_IN);
        }
        String embedUrl = SiteUrls.calculatorEmbed(calculator.id()) + (query.isEmpty() ? "" : "?" + query);
        return new PageModels.CalculatorPage(chrome, view, presets, usedIn, PageModels.OnThisPage.of(sections, false),
                EmbedCode.iframe(pages.baseUrl() + embedUrl, calculator.title()), embedUrl);
    }

    /**
     * {@code GET /embed/calculators/{id}/}: the calculator alone for other sites' iframes (the only route they may
     * frame, see {@link SecurityHeaders}); without a query it shows the example, with one it is the form's answer.
     */
    void embed(Context ctx) {
        withCalculator(ctx, calculator -> {
            Map<String, List<String>> query = CalculatorViews.ownParameters(calculator, ctx.queryParamMap());
            if (query.isEmpty()) {
                Responses.page(ctx, pages.live().page(SiteUrls.calculatorEmbed(calculator.id()),
                        () -> pages.html(embedModel(calculator, CalculatorViews.examples(calculator)))));
                return;
            }
            pages.live().answer(CalculatorViews.cacheKey(ctx.path(), calculator, query), () -> {
                PageModels.EmbedPage model = embedModel(calculator, query);
                return new Answer(model.view().computed() ? 200 : 400, pages.html(model), "no-cache");
            }).send(ctx);
        });
    }

    /** The embed's address without its trailing slash: redirected, query and all. */
    void toEmbed(Context ctx) {
        withCalculator(ctx, calculator -> Responses.redirectWithQuery(ctx, SiteUrls.calculatorEmbed(calculator.id())));
    }

    private PageModels.EmbedPage embedModel(Calculator calculator, Map<String, List<String>> values) {
        String path = SiteUrls.calculatorEmbed(calculator.id());
        Chrome chrome = pages.noindexChrome(calculator.title() + " — " + Pages.SITE_NAME, calculator.description(), path, List.of());
        CalculatorView view = CalculatorViews.embedded(calculator, values);
        return new PageModels.EmbedPage(chrome, view, view.shareUrl());
    }

    /**
     * Known calculators with only their own parameters are cached under a canonical key; anything else is a
     * cheap 404 or 400 computed afresh, so junk parameters cannot fill the cache.
     */
    void api(Context ctx) {
        answer(ctx, this::json);
    }

    /**
     * {@code GET /api/calculators/{id}.csv}: the outputs as CSV (see {@link ResultCsv}). Errors are the API's JSON,
     * as everywhere under /api/: a client that asked for a file and got a 400 reads why in the same shape.
     */
    void csv(Context ctx) {
        answer(ctx, (calculator, query, evaluation) -> new Answer(200, Responses.Rendered.of(ResultCsv.CONTENT_TYPE,
                ResultCsv.of(calculator.outputsFor(query), evaluation.result().outputs()).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                PUBLIC_ANSWER));
    }

    /** How a computed answer is written: JSON or CSV. */
    private interface Representation {
        Answer of(Calculator calculator, Map<String, List<String>> query, Evaluation evaluation);
    }

    private static final String PUBLIC_ANSWER = "public, max-age=3600";

    private void answer(Context ctx, Representation representation) {
        String id = ctx.pathParam("id");
        Optional<Calculator> calculator = pages.calculators().find(id);
        // Form rows (a strategy's legs, one per row) arrive from the live widget; the API reads them as their one value.
        Map<String, List<String>> query = calculator.map(c -> c.withRowsCompiled(ctx.queryParamMap())).orElse(ctx.queryParamMap());
        if (calculator.isPresent() && CalculatorViews.ownParameters(calculator.get(), query).size() == query.size()) {
            pages.live().answer(CalculatorViews.cacheKey(ctx.path(), calculator.get(), query), () -> checked(id, query, representation)).send(ctx);
        } else {
            checked(id, query, representation).send(ctx);
        }
    }

    /** A 404 for an unknown id, a 400 naming each bad field, or the answer in the representation asked for. */
    private Answer checked(String id, Map<String, List<String>> query, Representation representation) {
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
        return representation.of(calculator, query, evaluation);
    }

    private Answer json(Calculator calculator, Map<String, List<String>> query, Evaluation evaluation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("calculator", calculator.id());
        body.put("inputs", evaluation.inputs());
        body.put("outputs", evaluation.result().outputs());
        body.put("notes", evaluation.result().notes());
        // Beyond the contract, for the live widget: the shown work, the charts with their data tables (drawn by the
        // page's own partial), and the units and decimals of the chosen options (an inverse contract's margin is in coin).
        body.put("work", evaluation.result().work());
        body.put("chart_html", pages.charts(evaluation.result().charts()));
        List<Output> outputs = calculator.outputsFor(query);
        Map<String, Object> units = new LinkedHashMap<>();
        units.put("inputs", byName(calculator.inputsFor(query).stream().filter(i -> !i.unit().isEmpty()), Input::name, Input::unit));
        units.put("outputs", byName(outputs.stream().filter(o -> !o.unit().isEmpty()), Output::name, Output::unit));
        body.put("units", units);
        body.put("decimals", byName(outputs.stream().filter(o -> o.type() == OutputType.NUMBER), Output::name, Output::decimals));
        return JsonResponses.answer(200, body, PUBLIC_ANSWER);
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
