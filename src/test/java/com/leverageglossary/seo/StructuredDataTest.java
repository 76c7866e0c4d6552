package com.leverageglossary.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leverageglossary.testing.Fixtures;
import com.leverageglossary.testing.RunningSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON-LD, Open Graph and canonical tags for every page type, on the fixture content. */
class StructuredDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static RunningSite site;

    @BeforeAll
    static void start() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir);
        for (int i = 1; i <= 25; i++) {
            fixtures.write("definitions/generated-" + i + ".md", Fixtures.definition(String.format("Zeta Generated %02d", i), "second-area"));
        }
        site = RunningSite.serve(fixtures.load());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Document page(String path) {
        var response = site.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), site.baseUrl() + path);
    }

    /** Every node of the page's JSON-LD graph, parsed as JSON. */
    private static List<JsonNode> graph(Document page) throws Exception {
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        JsonNode root = JSON.readTree(scripts.get(0).data());
        assertThat(root.get("@context").asText()).isEqualTo("https://schema.org");
        List<JsonNode> nodes = new ArrayList<>();
        root.get("@graph").forEach(nodes::add);
        return nodes;
    }

    private static JsonNode ofType(List<JsonNode> graph, String type) {
        return graph.stream().filter(n -> n.get("@type").asText().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + graph));
    }

    private static void breadcrumbMatchesTheVisibleOne(Document page, List<JsonNode> graph) {
        JsonNode list = ofType(graph, "BreadcrumbList").get("itemListElement");
        List<Element> visible = page.select("nav.breadcrumb li");
        assertThat(list).hasSize(visible.size());
        for (int i = 0; i < visible.size(); i++) {
            assertThat(list.get(i).get("position").asInt()).isEqualTo(i + 1);
            assertThat(list.get(i).get("name").asText()).isEqualTo(visible.get(i).text());
            Element link = visible.get(i).selectFirst("a");
            if (link != null) {
                assertThat(list.get(i).get("item").asText()).isEqualTo(site.baseUrl() + link.attr("href"));
            }
        }
    }

    private static void headIsComplete(Document page, String path) {
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(site.baseUrl() + path);
        for (String property : List.of("og:title", "og:type", "og:url", "og:image", "og:description", "og:site_name")) {
            assertThat(page.selectFirst("meta[property=" + property + "]")).as(property).isNotNull();
        }
        assertThat(page.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(site.baseUrl() + path);
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).startsWith(site.baseUrl() + "/static/img/social.");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isNotBlank();
    }

    @Test
    void termHasDefinedTermArticleAndBreadcrumbWithTheVisibleDates() throws Exception {
        Document page = page("/term/alpha-term/");
        headIsComplete(page, "/term/alpha-term/");
        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        List<JsonNode> graph = graph(page);
        JsonNode term = ofType(graph, "DefinedTerm");
        assertThat(term.get("name").asText()).isEqualTo("Alpha Term");
        assertThat(term.get("description").asText()).isEqualTo(page.selectFirst(".summary").text());
        assertThat(term.get("url").asText()).isEqualTo(site.baseUrl() + "/term/alpha-term/");
        assertThat(term.get("inDefinedTermSet").asText()).isEqualTo(site.baseUrl() + "/glossary/#set");
        assertThat(term.get("alternateName")).isNotEmpty();
        JsonNode article = ofType(graph, "Article");
        List<String> visibleDates = page.select(".meta time").eachAttr("datetime");
        assertThat(article.get("datePublished").asText()).isEqualTo(visibleDates.get(0));
        assertThat(article.get("dateModified").asText()).isEqualTo(visibleDates.get(1));
        assertThat(article.get("author").get("@type").asText()).isEqualTo("Organization");
        assertThat(article.get("publisher").get("name").asText()).isEqualTo("Leverage Glossary");
        assertThat(article.get("image").asText()).startsWith(site.baseUrl() + "/static/img/social.");
        breadcrumbMatchesTheVisibleOne(page, graph);
    }

    @Test
    void definitionHasDefinedTermWithoutArticle() throws Exception {
        Document page = page("/definition/beta-definition/");
        headIsComplete(page, "/definition/beta-definition/");
        List<JsonNode> graph = graph(page);
        ofType(graph, "DefinedTerm");
        assertThat(graph).noneMatch(n -> n.get("@type").asText().equals("Article"));
        breadcrumbMatchesTheVisibleOne(page, graph);
    }

    @Test
    void areaHasCollectionPageWithItsEntriesFaqAndBreadcrumb() throws Exception {
        Document page = page("/area/test-area/");
        headIsComplete(page, "/area/test-area/");
        List<JsonNode> graph = graph(page);
        JsonNode items = ofType(graph, "CollectionPage").get("hasPart");
        assertThat(items.get("@type").asText()).isEqualTo("ItemList");
        List<String> listed = new ArrayList<>();
        items.get("itemListElement").forEach(i -> listed.add(i.get("url").asText().replace(site.baseUrl(), "")));
        assertThat(listed).isEqualTo(page.select(".entry-list li > a").eachAttr("href"));
        JsonNode faq = ofType(graph, "FAQPage").get("mainEntity");
        assertThat(faq.get(0).get("@type").asText()).isEqualTo("Question");
        assertThat(faq.get(0).get("acceptedAnswer").get("text").asText()).isNotBlank();
        assertThat(faq.size()).isEqualTo(page.select(".faq h3").size());
        breadcrumbMatchesTheVisibleOne(page, graph);
    }

    @Test
    void glossaryIsTheDefinedTermSetOfEveryEntry() throws Exception {
        Document page = page("/glossary/");
        JsonNode set = ofType(graph(page), "DefinedTermSet");
        assertThat(set.get("@id").asText()).isEqualTo(site.baseUrl() + "/glossary/#set");
        assertThat(set.get("hasDefinedTerm").size()).isEqualTo(page.select(".letter-group li > a").size());
    }

    @Test
    void calculatorPageIsAFreeFinanceWebApplication() throws Exception {
        Document page = page("/calculators/cppi/");
        headIsComplete(page, "/calculators/cppi/");
        List<JsonNode> graph = graph(page);
        JsonNode app = ofType(graph, "WebApplication");
        assertThat(app.get("applicationCategory").asText()).isEqualTo("FinanceApplication");
        assertThat(app.get("offers").get("price").asText()).isEqualTo("0");
        assertThat(app.get("name").asText()).isEqualTo(page.selectFirst("h1").text());
        breadcrumbMatchesTheVisibleOne(page, graph);
    }

    @Test
    void homeIsAWebSiteWithASearchAction() throws Exception {
        JsonNode website = ofType(graph(page("/")), "WebSite");
        assertThat(website.get("alternateName").asText()).isNotBlank();
        assertThat(website.get("potentialAction").get("target").get("urlTemplate").asText())
                .isEqualTo(site.baseUrl() + "/search?q={search_term_string}");
    }

    @Test
    void paginatedAreaPagesLinkPrevAndNextWithSelfCanonicals() {
        Document first = page("/area/second-area/");
        assertThat(first.selectFirst("link[rel=next]").attr("href")).isEqualTo("/area/second-area/resource/2/");
        assertThat(first.selectFirst("link[rel=prev]")).isNull();
        Document second = page("/area/second-area/resource/2/");
        assertThat(second.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(site.baseUrl() + "/area/second-area/resource/2/");
        assertThat(second.selectFirst("link[rel=prev]").attr("href")).isEqualTo("/area/second-area/");
    }

    @Test
    void siteFilesDescribeTheSite() {
        String sitemap = site.get("/sitemap.xml").body();
        assertThat(sitemap).contains("<loc>" + site.baseUrl() + "/term/alpha-term/</loc><lastmod>2026-11-22</lastmod>")
                .doesNotContain("/search").doesNotContain(".md<");
        assertThat(site.get("/robots.txt").body()).contains("Disallow: /search", "Disallow: /api/", "Sitemap: " + site.baseUrl() + "/sitemap.xml");
        String feed = site.get("/feed.xml").body();
        assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<updated>2026-11-22T00:00:00Z</updated>");
        assertThat(site.get("/llms.txt").body()).contains("(" + site.baseUrl() + "/term/alpha-term.md)");
        assertThat(page("/term/alpha-term/").selectFirst("link[rel=alternate][type=text/markdown]").attr("href")).isEqualTo("/term/alpha-term.md");
    }
}
