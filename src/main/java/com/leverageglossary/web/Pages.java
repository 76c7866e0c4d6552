package com.leverageglossary.web;

import com.leverageglossary.calculators.CalculatorRegistry;
import com.leverageglossary.content.Site;
import java.util.List;

/** What every page handler shares: the live site, templates, assets and the base URL. */
final class Pages {
    static final String SITE_NAME = "Leverage Glossary";
    static final Crumb HOME = new Crumb("Home", "/");

    private final LiveSite live;
    private final CalculatorRegistry calculators;
    private final Templates templates;
    private final Assets assets;
    private final String baseUrl;

    Pages(LiveSite live, CalculatorRegistry calculators, Templates templates, Assets assets, String baseUrl) {
        this.live = live;
        this.calculators = calculators;
        this.templates = templates;
        this.assets = assets;
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    Site site() {
        return live.site();
    }

    CalculatorRegistry calculators() {
        return calculators;
    }

    LiveSite live() {
        return live;
    }

    Assets assets() {
        return assets;
    }

    Chrome chrome(String title, String description, String path, List<Crumb> breadcrumb) {
        return Chrome.of(title, description, baseUrl, path, assets.pageAssets(), breadcrumb);
    }

    Chrome noindexChrome(String title, String description, String path, List<Crumb> breadcrumb, String searchQuery) {
        return Chrome.of(title, description, baseUrl, path, assets.pageAssets(), breadcrumb).notIndexed().withSearchQuery(searchQuery);
    }

    Chrome noindexChrome(String title, String description, String path, List<Crumb> breadcrumb) {
        return Chrome.of(title, description, baseUrl, path, assets.pageAssets(), breadcrumb).notIndexed();
    }

    /** A calculator widget as HTML, drawn by the same partial as the calculator's own page. */
    String calculatorWidget(CalculatorView view, String heading) {
        return templates.renderPartial("partials/calculator.jte", java.util.Map.of("view", view, "heading", heading));
    }

    /** A calculator's charts as HTML (each picture with its data table), drawn by the same partial as the widget's. */
    String charts(List<com.leverageglossary.calculators.Chart> charts) {
        return templates.renderPartial("partials/charts.jte", java.util.Map.of("charts", charts));
    }

    Responses.Rendered html(PageModels.Page page) {
        return Responses.Rendered.of(Responses.HTML, templates.render(page.template(), page));
    }
}
