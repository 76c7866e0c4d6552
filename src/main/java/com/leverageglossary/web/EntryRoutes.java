package com.leverageglossary.web;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.content.Area;
import com.leverageglossary.content.Entry;
import com.leverageglossary.content.EntryDocument;
import com.leverageglossary.content.Kind;
import com.leverageglossary.seo.JsonLd;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /term/{slug}/}, {@code /definition/{slug}/}, their Markdown twins and their redirects. */
final class EntryRoutes {
    private final Pages pages;
    private final ErrorPages errors;

    EntryRoutes(Pages pages, ErrorPages errors) {
        this.pages = pages;
        this.errors = errors;
    }

    void page(Context ctx, Kind kind, String name) {
        Optional<Entry> entry = pages.site().entryNamed(name);
        if (entry.isEmpty()) {
            errors.notFound(ctx);
        } else if (entry.get().kind() != kind || !entry.get().slug().equals(name)) {
            Responses.redirect(ctx, entry.get().url());
        } else {
            Responses.page(ctx, pages.live().page(entry.get().url(), () -> pages.html(model(entry.get()))));
        }
    }

    /** Without the trailing slash: {@code slug.md} is the Markdown twin, anything else redirects to the page. */
    void twinOrRedirect(Context ctx, Kind kind, String name) {
        if (name.endsWith(".md")) {
            String slug = name.substring(0, name.length() - 3);
            Optional<Entry> entry = pages.site().entryNamed(slug);
            if (entry.isEmpty()) {
                errors.notFound(ctx);
            } else if (entry.get().kind() != kind || !entry.get().slug().equals(slug)) {
                Responses.redirect(ctx, entry.get().markdownUrl());
            } else {
                Responses.page(ctx, pages.live().page(entry.get().markdownUrl(), () -> Responses.Rendered.of(Responses.MARKDOWN,
                        pages.site().document(entry.get()).markdownSource().getBytes(StandardCharsets.UTF_8))));
            }
            return;
        }
        Optional<Entry> entry = pages.site().entryNamed(name);
        if (entry.isEmpty()) {
            errors.notFound(ctx);
        } else {
            Responses.redirect(ctx, entry.get().url());
        }
    }

    private PageModels.EntryPage model(Entry entry) {
        List<Area> areas = entry.areaSlugs().stream().map(slug -> pages.site().area(slug).orElseThrow()).toList();
        List<Crumb> breadcrumb = new ArrayList<>();
        breadcrumb.add(Pages.HOME);
        breadcrumb.add(new Crumb(areas.get(0).title(), areas.get(0).url()));
        breadcrumb.add(new Crumb(entry.title(), entry.url()));
        Chrome chrome = pages.chrome(entry.title() + " — " + Pages.SITE_NAME, entry.summary(), entry.url(), breadcrumb)
                .withOgType(entry.kind() == Kind.TERM ? "article" : "website");
        chrome = chrome.withJsonLd(JsonLd.script(JsonLd.entryGraph(entry, chrome.breadcrumbItems(), pages.baseUrl(), chrome.imageUrl())));
        List<Calculator> calculators = entry.calculatorIds().stream()
                .map(id -> pages.calculators().find(id).orElseThrow()).toList();
        EntryDocument document = pages.site().document(entry);
        return new PageModels.EntryPage(chrome, entry, bodyHtml(document), document.sources(), areas,
                pages.site().entriesById(entry.relatedSlugs()), pages.site().backlinksOf(entry), calculators);
    }

    /** Markdown as rendered; each calculator block as a live widget started from the example values and the block's presets. */
    private String bodyHtml(EntryDocument document) {
        int[] widgets = {0};
        return document.body().html(block -> {
            Calculator calculator = pages.calculators().find(block.calculatorId()).orElseThrow();
            Map<String, List<String>> values = new LinkedHashMap<>(CalculatorViews.examples(calculator));
            values.putAll(block.presets());
            return pages.calculatorWidget(CalculatorViews.of(calculator, values, "calc" + ++widgets[0]), calculator.title());
        });
    }
}
