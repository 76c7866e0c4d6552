package com.leverageglossary.web;

import com.leverageglossary.content.Entry;
import com.leverageglossary.content.Glossary;
import com.leverageglossary.seo.JsonLd;
import com.leverageglossary.urls.SiteUrls;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The A–Z glossary, {@code /glossary/}, and its later pages {@code /glossary/resource/{n}/}. */
final class GlossaryRoutes {
    private final Pages pages;
    private final ErrorPages errors;

    GlossaryRoutes(Pages pages, ErrorPages errors) {
        this.pages = pages;
        this.errors = errors;
    }

    void firstPage(Context ctx) {
        page(ctx, 1);
    }

    /** Page {@code n}; {@code canonicalForm} is false for the address without its trailing slash. */
    void pageNumber(Context ctx, boolean canonicalForm) {
        int n = AreaRoutes.parsePageNumber(ctx.pathParam("n"));
        if (n < 1 || n > Glossary.pageCount(pages.site().entries().size())) {
            errors.notFound(ctx);
        } else if (n == 1 || !canonicalForm) {
            Responses.redirect(ctx, SiteUrls.glossaryPage(n));
        } else {
            page(ctx, n);
        }
    }

    private void page(Context ctx, int n) {
        Responses.page(ctx, pages.live().page(SiteUrls.glossaryPage(n), () -> pages.html(model(Glossary.of(pages.site()), n))));
    }

    private PageModels.GlossaryPage model(Glossary glossary, int n) {
        int pageCount = glossary.pageCount();
        String previous = n > 1 ? SiteUrls.glossaryPage(n - 1) : null;
        String next = n < pageCount ? SiteUrls.glossaryPage(n + 1) : null;
        String title = n == 1 ? "Glossary A–Z" : "Glossary A–Z (page " + n + " of " + pageCount + ")";
        Chrome chrome = pages.chrome(title + " — " + Pages.SITE_NAME,
                "Every leverage term and definition in the glossary, from A to Z.",
                SiteUrls.glossaryPage(n), List.of(Pages.HOME, new Crumb("Glossary A–Z", SiteUrls.GLOSSARY)))
                .withPagination(previous, next);
        List<Entry> shown = glossary.page(n);
        chrome = chrome.withJsonLd(JsonLd.script(JsonLd.glossaryGraph(shown, chrome.breadcrumbItems(), pages.baseUrl())));
        Map<String, Integer> firstPages = glossary.firstPageOfEachLetter();
        List<PageModels.LetterLink> letters = firstPages.entrySet().stream()
                .map(letter -> PageModels.LetterLink.of(letter.getKey(), letter.getValue(), n)).toList();
        List<PageModels.LetterGroup> groups = glossary.lettersOnPage(n).entrySet().stream()
                .map(group -> new PageModels.LetterGroup(group.getKey(), List.copyOf(group.getValue()), firstPages.get(group.getKey()) < n))
                .toList();
        return new PageModels.GlossaryPage(chrome, letters, groups, glossary.entryCount(), new PageModels.Paging(n, pageCount, previous, next));
    }
}
