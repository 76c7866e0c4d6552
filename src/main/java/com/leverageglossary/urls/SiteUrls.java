package com.leverageglossary.urls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Every URL shape of the site, in one place. Routes, templates, the sitemap, feeds, search and link
 * checks all ask here. A builder called with a Javalin path parameter gives the route's pattern
 * ({@code calculator("{id}")} is {@code /calculators/{id}/}), so a route and its links cannot drift apart.
 * The shapes follow the published glossary our content model comes from.
 */
public final class SiteUrls {
    public static final String HOME = "/";
    public static final String GLOSSARY = "/glossary/";
    public static final String CALCULATORS = "/calculators/";
    public static final String SEARCH = "/search";
    public static final String HEALTH = "/healthz";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";
    public static final String FEED = "/feed.xml";
    public static final String LLMS = "/llms.txt";
    /** Everything under it answers JSON, errors included. */
    public static final String API = "/api/";
    public static final String SEARCH_API = API + "search";
    public static final String SUGGEST_API = API + "suggest";
    /** The index of every calculator with its inputs and outputs. */
    public static final String CALCULATORS_API = API + "calculators";
    public static final String OPENAPI = API + "openapi.json";
    /** Link previews read an entry's card here: {@code /api/entries/{slug}}. */
    static final String ENTRIES_API = API + "entries/";
    public static final String MANIFEST = "/manifest.webmanifest";
    /** The service worker; at the root so that its scope is the whole site. */
    public static final String SERVICE_WORKER = "/sw.js";
    /** What the service worker shows for a page it has not cached when the network is gone. */
    public static final String OFFLINE = "/offline/";
    /** Calculators alone, for other sites' iframes: the only pages that may be framed. */
    static final String EMBEDS = "/embed/calculators/";
    static final String AREA_PREFIX = "/area/";
    static final String AREA_PAGES = "resource/";
    /** The folder of the glossary's later pages: {@code /glossary/resource/}. */
    public static final String GLOSSARY_PAGES = GLOSSARY + AREA_PAGES;

    private SiteUrls() {
    }

    /** An entry's page; {@code kindSegment} is {@code term} or {@code definition}. */
    public static String entry(String kindSegment, String slug) {
        return "/" + kindSegment + "/" + slug + "/";
    }

    /** An entry's Markdown twin. */
    public static String entryMarkdown(String kindSegment, String slug) {
        return "/" + kindSegment + "/" + slug + ".md";
    }

    public static String area(String slug) {
        return AREA_PREFIX + slug + "/";
    }

    /** Page {@code n} (1-based) of an area; page 1 is the area's own URL. */
    public static String areaPage(String slug, int n) {
        return n <= 1 ? area(slug) : areaPages(slug) + n + "/";
    }

    /** The folder of an area's later pages: {@code /area/{slug}/resource/}. */
    public static String areaPages(String slug) {
        return area(slug) + AREA_PAGES;
    }

    /** The pattern of an area's later pages, for routes: {@code /area/{slug}/resource/{n}/}. */
    public static String areaPagePattern(String slugParameter, String numberParameter) {
        return areaPages(slugParameter) + numberParameter + "/";
    }

    /** Page {@code n} (1-based) of the A–Z glossary; page 1 is {@code /glossary/}, later ones follow the areas' shape. */
    public static String glossaryPage(int n) {
        return n <= 1 ? GLOSSARY : GLOSSARY_PAGES + n + "/";
    }

    /** The pattern of the glossary's later pages, for routes: {@code /glossary/resource/{n}/}. */
    public static String glossaryPagePattern(String numberParameter) {
        return GLOSSARY_PAGES + numberParameter + "/";
    }

    public static String calculator(String id) {
        return CALCULATORS + id + "/";
    }

    /** A path with these query parameters, encoded, in the map's order; e.g. a preset's link. */
    public static String withQuery(String path, Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&", "?", "");
        parameters.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return path + (parameters.isEmpty() ? "" : query);
    }

    public static String calculatorApi(String id) {
        return CALCULATORS_API + "/" + id;
    }

    /** A calculator's outputs as CSV: {@code /api/calculators/{id}.csv}, with the same query as the JSON API. */
    public static String calculatorCsv(String id) {
        return calculatorApi(id) + ".csv";
    }

    /** A calculator alone on a compact page that other sites may put in an iframe. */
    public static String calculatorEmbed(String id) {
        return EMBEDS + id + "/";
    }

    /** True for the embed pages (and anything else under their folder), which other sites may frame. */
    public static boolean isEmbed(String path) {
        return path != null && path.startsWith(EMBEDS);
    }

    /** An entry's preview card as JSON; aliases resolve to their entry. */
    public static String entryApi(String slug) {
        return ENTRIES_API + slug;
    }

    /** The results page for {@code query}. */
    public static String searchFor(String query) {
        return SEARCH + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The same path without its trailing slash, which the site redirects to the canonical form. */
    public static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    public static boolean isApi(String path) {
        return path != null && path.startsWith(API);
    }

    /** A regular expression matching {@code /area/{slug}/} or a later page; group 1 is the slug. */
    public static String areaRegex() {
        return java.util.regex.Pattern.quote(AREA_PREFIX) + "([^/?#]+)/(" + java.util.regex.Pattern.quote(AREA_PAGES) + "\\d+/)?";
    }

    /** A regular expression matching a calculator page with or without its slash; group 1 is the id. */
    public static String calculatorRegex() {
        return java.util.regex.Pattern.quote(CALCULATORS) + "([^/?#]+)/?";
    }
}
