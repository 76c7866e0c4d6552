package com.leverageglossary.seo;

import com.leverageglossary.urls.SiteUrls;
import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.content.Area;
import com.leverageglossary.content.Entry;
import com.leverageglossary.content.Faq;
import com.leverageglossary.content.Kind;
import com.leverageglossary.content.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org structured data for each page type, describing only what the page shows, as the text of a
 * {@code <script type="application/ld+json">}, written by {@link Json} so that no title or body (not even
 * one containing {@code </script>}) can end the script element early.
 */
public final class JsonLd {
    public static final String SITE_NAME = "Leverage Glossary";

    private JsonLd() {
    }

    /** The graph as script text. */
    public static String script(List<Map<String, Object>> graph) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", "https://schema.org");
        document.put("@graph", graph);
        return Json.write(document);
    }

    public static Map<String, Object> webSite(String baseUrl) {
        Map<String, Object> action = node("SearchAction");
        // A node, not Map.of: its key order would change from JVM to JVM, and so would the bytes of every home page.
        Map<String, Object> target = node("EntryPoint");
        target.put("urlTemplate", baseUrl + SiteUrls.SEARCH + "?q={search_term_string}");
        action.put("target", target);
        action.put("query-input", "required name=search_term_string");
        Map<String, Object> site = node("WebSite");
        site.put("@id", baseUrl + "/#website");
        site.put("name", SITE_NAME);
        site.put("alternateName", "Leverage Glossary: crypto derivatives, options and DeFi lending");
        site.put("url", baseUrl + "/");
        site.put("potentialAction", action);
        return site;
    }

    public static Map<String, Object> breadcrumbs(List<BreadcrumbItem> items, String baseUrl) {
        List<Map<String, Object>> elements = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> element = node("ListItem");
            element.put("position", i + 1);
            element.put("name", items.get(i).name());
            element.put("item", baseUrl + items.get(i).path());
            elements.add(element);
        }
        Map<String, Object> list = node("BreadcrumbList");
        list.put("itemListElement", elements);
        return list;
    }

    public static Map<String, Object> definedTerm(Entry entry, String baseUrl) {
        Map<String, Object> term = node("DefinedTerm");
        term.put("@id", baseUrl + entry.url() + "#term");
        term.put("name", entry.title());
        term.put("description", entry.summary());
        term.put("url", baseUrl + entry.url());
        if (!entry.aliases().isEmpty()) {
            term.put("alternateName", entry.aliases());
        }
        term.put("inDefinedTermSet", baseUrl + SiteUrls.GLOSSARY + "#set");
        return term;
    }

    /** For long-form terms. */
    public static Map<String, Object> article(Entry entry, String baseUrl, String imageUrl) {
        Map<String, Object> article = node("Article");
        article.put("headline", entry.title());
        article.put("description", entry.summary());
        article.put("url", baseUrl + entry.url());
        article.put("mainEntityOfPage", baseUrl + entry.url());
        article.put("datePublished", entry.published().toString());
        article.put("dateModified", entry.updated().toString());
        article.put("author", organization(baseUrl));
        article.put("publisher", organization(baseUrl));
        article.put("image", imageUrl);
        article.put("about", Map.of("@id", baseUrl + entry.url() + "#term"));
        return article;
    }

    public static List<Map<String, Object>> entryGraph(Entry entry, List<BreadcrumbItem> breadcrumb, String baseUrl, String imageUrl) {
        List<Map<String, Object>> graph = new ArrayList<>();
        graph.add(definedTerm(entry, baseUrl));
        if (entry.kind() == Kind.TERM) {
            graph.add(article(entry, baseUrl, imageUrl));
        }
        graph.add(breadcrumbs(breadcrumb, baseUrl));
        return graph;
    }

    /** One page of an area: the collection with the entries listed on it, its FAQ (first page only) and breadcrumb. */
    public static List<Map<String, Object>> areaGraph(Area area, List<Entry> entriesOnPage, String pagePath, boolean withFaq,
                                                      List<BreadcrumbItem> breadcrumb, String baseUrl) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < entriesOnPage.size(); i++) {
            Map<String, Object> item = node("ListItem");
            item.put("position", i + 1);
            item.put("url", baseUrl + entriesOnPage.get(i).url());
            item.put("name", entriesOnPage.get(i).title());
            items.add(item);
        }
        Map<String, Object> list = node("ItemList");
        list.put("numberOfItems", entriesOnPage.size());
        list.put("itemListElement", items);
        Map<String, Object> page = node("CollectionPage");
        page.put("name", area.title());
        page.put("description", area.summary());
        page.put("url", baseUrl + pagePath);
        page.put("hasPart", list);
        List<Map<String, Object>> graph = new ArrayList<>();
        graph.add(page);
        if (withFaq && !area.faq().isEmpty()) {
            graph.add(faqPage(area, baseUrl + pagePath));
        }
        graph.add(breadcrumbs(breadcrumb, baseUrl));
        return graph;
    }

    static Map<String, Object> faqPage(Area area, String url) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Faq faq : area.faq()) {
            Map<String, Object> answer = node("Answer");
            answer.put("text", faq.answerText());
            Map<String, Object> question = node("Question");
            question.put("name", faq.question());
            question.put("acceptedAnswer", answer);
            questions.add(question);
        }
        Map<String, Object> faqPage = node("FAQPage");
        faqPage.put("url", url);
        faqPage.put("mainEntity", questions);
        return faqPage;
    }

    /** The glossary page: the set of every entry. */
    /** The glossary's term set, listing the terms shown on one of its pages (the glossary is paged). */
    public static List<Map<String, Object>> glossaryGraph(List<Entry> shown, List<BreadcrumbItem> breadcrumb, String baseUrl) {
        List<Map<String, Object>> terms = new ArrayList<>();
        for (Entry entry : shown) {
            Map<String, Object> term = node("DefinedTerm");
            term.put("@id", baseUrl + entry.url() + "#term");
            term.put("name", entry.title());
            term.put("description", entry.summary());
            term.put("url", baseUrl + entry.url());
            terms.add(term);
        }
        Map<String, Object> set = node("DefinedTermSet");
        set.put("@id", baseUrl + SiteUrls.GLOSSARY + "#set");
        set.put("name", SITE_NAME);
        set.put("description", "Every term and definition of the Leverage Glossary, A to Z.");
        set.put("url", baseUrl + SiteUrls.GLOSSARY);
        set.put("hasDefinedTerm", terms);
        return List.of(set, breadcrumbs(breadcrumb, baseUrl));
    }

    public static List<Map<String, Object>> calculatorGraph(Calculator calculator, String path, List<BreadcrumbItem> breadcrumb, String baseUrl) {
        Map<String, Object> offer = node("Offer");
        offer.put("price", "0");
        offer.put("priceCurrency", "USD");
        Map<String, Object> app = node("WebApplication");
        app.put("name", calculator.title());
        app.put("description", calculator.description());
        app.put("url", baseUrl + path);
        app.put("applicationCategory", "FinanceApplication");
        app.put("operatingSystem", "Any (runs in the browser)");
        app.put("isAccessibleForFree", true);
        app.put("offers", offer);
        return List.of(app, breadcrumbs(breadcrumb, baseUrl));
    }

    public static Map<String, Object> organization(String baseUrl) {
        Map<String, Object> organization = node("Organization");
        organization.put("name", SITE_NAME);
        organization.put("url", baseUrl + "/");
        return organization;
    }

    private static Map<String, Object> node(String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        return node;
    }
}
