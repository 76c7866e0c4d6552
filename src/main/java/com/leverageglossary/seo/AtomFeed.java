package com.leverageglossary.seo;

import com.leverageglossary.urls.SiteUrls;

import com.leverageglossary.content.Entry;
import com.leverageglossary.content.Site;
import java.time.LocalDate;
import java.util.List;

/** {@code /feed.xml}: an Atom feed (RFC 4287) of the most recently updated entries. */
public final class AtomFeed {
    public static final int ENTRIES = 50;

    private AtomFeed() {
    }

    public static String xml(Site site, String baseUrl) {
        List<Entry> recent = site.recentlyUpdated(ENTRIES);
        LocalDate updated = Sitemap.newest(recent);
        StringBuilder xml = new StringBuilder(32_768)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <id>").append(Xml.escape(baseUrl + "/")).append("</id>\n")
                .append("  <title>").append(JsonLd.SITE_NAME).append("</title>\n")
                .append("  <subtitle>Leverage in crypto derivatives, options and DeFi lending: recently updated entries.</subtitle>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(baseUrl + SiteUrls.FEED)).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(baseUrl + "/")).append("\"/>\n")
                .append("  <updated>").append(timestamp(updated == null ? LocalDate.EPOCH : updated)).append("</updated>\n")
                .append("  <author><name>").append(JsonLd.SITE_NAME).append("</name></author>\n");
        for (Entry entry : recent) {
            xml.append("  <entry>\n")
                    .append("    <id>").append(Xml.escape(baseUrl + entry.url())).append("</id>\n")
                    .append("    <title>").append(Xml.escape(entry.title())).append("</title>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(baseUrl + entry.url())).append("\"/>\n")
                    .append("    <published>").append(timestamp(entry.published())).append("</published>\n")
                    .append("    <updated>").append(timestamp(entry.updated())).append("</updated>\n")
                    .append("    <summary>").append(Xml.escape(entry.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /** Entries carry dates only; midnight UTC keeps the feed honest about that. */
    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
