package com.leverageglossary.content;

import com.leverageglossary.urls.SiteUrls;

import java.time.LocalDate;
import java.util.List;

/** A group of entries, loaded from {@code content/areas/{slug}.md}; its body is the description. */
public record Area(
        String slug,
        String title,
        String summary,
        String descriptionHtml,
        List<Faq> faq,
        LocalDate published,
        LocalDate updated,
        List<Source> sources) implements java.io.Serializable {

    /** Entries shown on each page of an area. */
    public static final int PAGE_SIZE = 20;

    public String url() {
        return SiteUrls.area(slug);
    }

    /** The URL of page {@code n} (1-based); page 1 is the area's own URL. */
    public String pageUrl(int n) {
        return SiteUrls.areaPage(slug, n);
    }
}
