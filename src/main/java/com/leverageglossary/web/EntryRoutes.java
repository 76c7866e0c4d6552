package com.leverageglossary.web;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.content.Area;
import com.leverageglossary.content.Entry;
import com.leverageglossary.content.EntryDocument;
import com.leverageglossary.content.Kind;
import com.leverageglossary.seo.Citation;
import com.leverageglossary.seo.JsonLd;
import com.leverageglossary.urls.SiteUrls;
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

    /**
     * {@code /api/entries/{slug}}: what a link preview shows. An alias or a differently-cased slug answers the
     * entry itself (a redirect would cost a preview a second round trip); the answer is kept under the canonical
     * slug, so every name of an entry shares one cached body and one ETag.
     */
    void api(Context ctx, String name) {
        Optional<Entry> entry = pages.site().entryNamed(name);
        if (entry.isEmpty()) {
            JsonResponses.answer(404, Map.of("errors", List.of(JsonResponses.error("slug",
                    "There is no entry with that name."))), null).send(ctx);
            return;
        }
        Entry found = entry.get();
        // Kept with the rendered pages and sent like them (no-cache, ETag), so the fast path answers it the same way.
        Responses.page(ctx, pages.live().page(SiteUrls.entryApi(found.slug()),
                () -> JsonResponses.answer(200, preview(found), "no-cache").rendered()));
    }

    private static Map<String, Object> preview(Entry entry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", entry.title());
        body.put("url", entry.url());
        body.put("kind", entry.kind().segment());
        body.put("summary", entry.summary());
        body.put("areas", entry.areaSlugs());
        body.put("updated", entry.updated().toString());
        return body;
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
        List<Entry> related = pages.site().entriesById(entry.relatedSlugs());
        PageModels.Listing backlinks = PageModels.Listing.of(pages.site().backlinksOf(entry));
        List<PageModels.Section> sections = new ArrayList<>();
        document.headings().stream().filter(h -> h.level() == 2 || h.level() == 3)
                .forEach(h -> sections.add(new PageModels.Section(h.level(), h.anchor(), h.text())));
        addIf(sections, !calculators.isEmpty(), PageModels.EntryPage.CALCULATORS);
        addIf(sections, !related.isEmpty(), PageModels.EntryPage.RELATED);
        addIf(sections, !backlinks.isEmpty(), PageModels.EntryPage.BACKLINKS);
        addIf(sections, !document.sources().isEmpty(), PageModels.EntryPage.SOURCES);
        sections.add(PageModels.EntryPage.CITE);
        return new PageModels.EntryPage(chrome, entry, bodyHtml(document), document.sources(), areas, related, backlinks, calculators,
                PageModels.OnThisPage.of(sections, entry.kind() == Kind.TERM), Citation.of(entry, Pages.SITE_NAME, pages.baseUrl()));
    }

    private static void addIf(List<PageModels.Section> sections, boolean present, PageModels.Section section) {
        if (present) {
            sections.add(section);
        }
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
