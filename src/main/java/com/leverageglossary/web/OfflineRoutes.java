package com.leverageglossary.web;

import com.leverageglossary.seo.Json;
import com.leverageglossary.urls.SiteUrls;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes the site installable and readable offline: the web app manifest, the service worker and the page
 * the worker shows for a page it has not kept. All three are sent like pages (no-cache with an ETag), so a
 * browser checks the worker for updates on every visit and gets a 304 while it is unchanged.
 */
final class OfflineRoutes {
    private static final String WORKER_SOURCE = "sw.js";
    private final Pages pages;

    OfflineRoutes(Pages pages) {
        this.pages = pages;
    }

    void manifest(Context ctx) {
        Responses.page(ctx, pages.live().page(SiteUrls.MANIFEST, () -> Responses.Rendered.of("application/manifest+json; charset=utf-8",
                Json.write(manifest()).getBytes(StandardCharsets.UTF_8))));
    }

    void serviceWorker(Context ctx) {
        Responses.page(ctx, pages.live().page(SiteUrls.SERVICE_WORKER, () -> Responses.Rendered.of("text/javascript; charset=utf-8",
                serviceWorker().getBytes(StandardCharsets.UTF_8))));
    }

    void offlinePage(Context ctx) {
        Chrome chrome = pages.noindexChrome("Offline — " + Pages.SITE_NAME,
                "The page Leverage Glossary shows when the network is gone: the entries kept on this device.",
                SiteUrls.OFFLINE, List.of(Pages.HOME, new Crumb("Offline", SiteUrls.OFFLINE)));
        Responses.page(ctx, pages.live().page(SiteUrls.OFFLINE, () -> pages.html(new PageModels.OfflinePage(chrome))));
    }

    private Map<String, Object> manifest() {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", Pages.SITE_NAME);
        manifest.put("short_name", "Leverage");
        manifest.put("description", "Plain definitions and working calculators for leverage in crypto derivatives, options and DeFi lending.");
        manifest.put("id", SiteUrls.HOME);
        manifest.put("start_url", SiteUrls.HOME);
        manifest.put("scope", SiteUrls.HOME);
        manifest.put("display", "standalone");
        manifest.put("lang", "en");
        // A manifest holds one theme colour; pages name both with media queries (layout.jte), which browsers prefer.
        manifest.put("theme_color", Chrome.THEME_LIGHT);
        manifest.put("background_color", "#ffffff");
        List<Map<String, String>> icons = new ArrayList<>();
        icons.add(icon(pages.assets().url("img/favicon.svg"), "any", "image/svg+xml", "any"));
        icons.add(icon(pages.assets().url("img/icon-192.png"), "192x192", "image/png", "any"));
        icons.add(icon(pages.assets().url("img/icon-512.png"), "512x512", "image/png", "any"));
        // The large icon keeps its drawing inside the central safe zone, so platforms may crop it to their shape.
        icons.add(icon(pages.assets().url("img/icon-512.png"), "512x512", "image/png", "maskable"));
        manifest.put("icons", icons);
        return manifest;
    }

    private static Map<String, String> icon(String src, String sizes, String type, String purpose) {
        Map<String, String> icon = new LinkedHashMap<>();
        icon.put("src", src);
        icon.put("sizes", sizes);
        icon.put("type", type);
        icon.put("purpose", purpose);
        return icon;
    }

    /** The worker's source with the shell's current URLs put in front, so a new asset makes a new worker. */
    private String serviceWorker() {
        List<String> shell = new ArrayList<>(pages.assets().urls("css/site.css", "js/site.js", "img/favicon.svg",
                "img/icon-192.png", "img/icon-512.png"));
        shell.addAll(List.of(SiteUrls.HOME, SiteUrls.GLOSSARY, SiteUrls.OFFLINE));
        return "var SHELL = " + Json.write(shell) + ";\n" + pages.assets().rootFile(WORKER_SOURCE);
    }
}
