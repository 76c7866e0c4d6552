package com.leverageglossary.web;

import com.leverageglossary.seo.JsonLd;
import com.leverageglossary.content.Area;
import com.leverageglossary.content.Entry;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** {@code /area/{slug}/} and its later pages {@code /area/{slug}/resource/{n}/}. */
final class AreaRoutes {
    private final Pages pages;
    private final ErrorPages errors;

    AreaRoutes(Pages pages, ErrorPages errors) {
        this.pages = pages;
        this.errors = errors;
    }

    /** Page {@code n} of an area; {@code canonicalForm} is false for the address without its trailing slash. */
    void pageNumber(Context ctx, boolean canonicalForm) {
        String slug = ctx.pathParam("slug");
        int n = parsePageNumber(ctx.pathParam("n"));
        Optional<Area> area = pages.site().area(slug);
        if (n < 1 || area.isEmpty() || n > pageCount(area.get())) {
            errors.notFound(ctx);
        } else if (n == 1 || !canonicalForm) {
            redirect(ctx, slug, n);
        } else {
            page(ctx, slug, n);
        }
    }

    void redirect(Context ctx, String slug, int n) {
        Optional<Area> area = pages.site().area(slug);
        if (area.isEmpty()) {
            errors.notFound(ctx);
        } else {
            Responses.redirect(ctx, area.get().pageUrl(n));
        }
    }

    void page(Context ctx, String slug, int n) {
        Optional<Area> area = pages.site().area(slug);
        if (area.isEmpty()) {
            errors.notFound(ctx);
            return;
        }
        Responses.page(ctx, pages.live().page(area.get().pageUrl(n), () -> pages.html(model(area.get(), n))));
    }

    private PageModels.AreaPage model(Area area, int n) {
        List<Entry> all = pages.site().entriesOf(area);
        int pageCount = pageCount(area);
        List<Entry> shown = all.subList((n - 1) * Area.PAGE_SIZE, Math.min(all.size(), n * Area.PAGE_SIZE));
        String title = n == 1 ? area.title() : area.title() + " (page " + n + " of " + pageCount + ")";
        List<Crumb> breadcrumb = List.of(Pages.HOME, new Crumb(area.title(), area.url()));
        String previous = n > 1 ? area.pageUrl(n - 1) : null;
        String next = n < pageCount ? area.pageUrl(n + 1) : null;
        Chrome chrome = pages.chrome(title + " — " + Pages.SITE_NAME, area.summary(), area.pageUrl(n), breadcrumb)
                .withPagination(previous, next);
        chrome = chrome.withJsonLd(JsonLd.script(JsonLd.areaGraph(area, shown, area.pageUrl(n), n == 1, chrome.breadcrumbItems(), pages.baseUrl())));
        List<PageModels.Section> faq = new java.util.ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var item : n == 1 ? area.faq() : List.<com.leverageglossary.content.Faq>of()) {
            String id = PageModels.Section.anchor("faq-", item.question());
            // Two questions that differ only in punctuation still get their own anchors.
            for (int i = 2; !ids.add(id); i++) {
                id = PageModels.Section.anchor("faq-", item.question()) + "-" + i;
            }
            faq.add(new PageModels.Section(3, id, item.question()));
        }
        List<PageModels.Section> sections = new java.util.ArrayList<>();
        sections.add(PageModels.AreaPage.ENTRIES);
        if (!faq.isEmpty()) {
            sections.add(PageModels.AreaPage.FAQ);
            sections.addAll(faq);
        }
        if (n == 1 && !area.sources().isEmpty()) {
            sections.add(PageModels.AreaPage.SOURCES);
        }
        return new PageModels.AreaPage(chrome, area, shown, all.size(), new PageModels.Paging(n, pageCount, previous, next), faq,
                PageModels.OnThisPage.of(sections, false));
    }

    private int pageCount(Area area) {
        int size = pages.site().entriesOf(area).size();
        return Math.max(1, (size + Area.PAGE_SIZE - 1) / Area.PAGE_SIZE);
    }

    /** Only plain decimal page numbers of a sane size; anything else is "no such page". */
    static int parsePageNumber(String text) {
        if (!text.matches("[1-9][0-9]{0,5}")) {
            return -1;
        }
        return Integer.parseInt(text);
    }
}
