package com.leverageglossary.seo;

import com.leverageglossary.urls.SiteUrls;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.content.Area;
import com.leverageglossary.content.Entry;
import com.leverageglossary.content.Glossary;
import com.leverageglossary.content.Site;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /sitemap.xml}: every indexable URL with {@code lastmod} from the content's own {@code updated}
 * dates, never the build time. Calculator pages have no content date, so they carry none.
 */
public final class Sitemap {
    private Sitemap() {
    }

    public static String xml(Site site, List<Calculator> calculators, String baseUrl) {
        StringBuilder xml = new StringBuilder(16_384)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        LocalDate newest = newest(site.entries());
        url(xml, baseUrl + "/", newest);
        Glossary glossary = Glossary.of(site);
        for (int page = 1; page <= glossary.pageCount(); page++) {
            url(xml, baseUrl + SiteUrls.glossaryPage(page), newest(glossary.page(page)));
        }
        for (Area area : site.areas()) {
            List<Entry> entries = site.entriesOf(area);
            int pages = Math.max(1, (entries.size() + Area.PAGE_SIZE - 1) / Area.PAGE_SIZE);
            for (int page = 1; page <= pages; page++) {
                List<Entry> onPage = entries.subList((page - 1) * Area.PAGE_SIZE, Math.min(entries.size(), page * Area.PAGE_SIZE));
                LocalDate updated = newest(onPage);
                url(xml, baseUrl + area.pageUrl(page), updated == null || area.updated().isAfter(updated) ? area.updated() : updated);
            }
        }
        for (Entry entry : site.entries()) {
            url(xml, baseUrl + entry.url(), entry.updated());
        }
        url(xml, baseUrl + SiteUrls.CALCULATORS, null);
        for (Calculator calculator : calculators) {
            url(xml, baseUrl + SiteUrls.calculator(calculator.id()), null);
        }
        return xml.append("</urlset>\n").toString();
    }

    static LocalDate newest(List<Entry> entries) {
        return entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(null);
    }

    private static void url(StringBuilder xml, String location, LocalDate lastModified) {
        xml.append("  <url><loc>").append(Xml.escape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
