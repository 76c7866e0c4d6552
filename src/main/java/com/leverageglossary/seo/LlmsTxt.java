package com.leverageglossary.seo;

import com.leverageglossary.urls.SiteUrls;

import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.content.Area;
import com.leverageglossary.content.Entry;
import com.leverageglossary.content.Kind;
import com.leverageglossary.content.Site;
import java.util.List;

/** {@code /llms.txt}: a plain Markdown index of the site for AI readers, linking each entry's Markdown twin. */
public final class LlmsTxt {
    private LlmsTxt() {
    }

    public static String text(Site site, List<Calculator> calculators, String baseUrl) {
        StringBuilder text = new StringBuilder(16_384)
                .append("# ").append(JsonLd.SITE_NAME).append("\n\n")
                .append("> Definitions, long-form explanations and working calculators for leverage in crypto derivatives, ")
                .append("options and DeFi lending: margin and liquidation, option Greeks, lending loops and health factors, ")
                .append("leveraged products and systemic leverage. Every entry is also served as Markdown at the links below.\n\n")
                .append("Calculators answer as JSON at ").append(baseUrl).append(SiteUrls.calculatorApi("{id}")).append("?… (inputs, units and outputs of every calculator: ")
                .append(baseUrl).append(SiteUrls.OPENAPI).append(").\n");
        text.append("\n## Areas\n\n");
        for (Area area : site.areas()) {
            text.append("- [").append(area.title()).append("](").append(baseUrl).append(area.url()).append("): ").append(area.summary()).append('\n');
        }
        for (Kind kind : Kind.values()) {
            text.append("\n## ").append(kind == Kind.TERM ? "Terms" : "Definitions").append("\n\n");
            for (Entry entry : site.entries()) {
                if (entry.kind() == kind) {
                    text.append("- [").append(entry.title()).append("](").append(baseUrl).append(entry.markdownUrl()).append("): ")
                            .append(entry.summary()).append('\n');
                }
            }
        }
        text.append("\n## Calculators\n\n");
        for (Calculator calculator : calculators) {
            text.append("- [").append(calculator.title()).append("](").append(baseUrl).append(SiteUrls.calculator(calculator.id()))
                    .append("): ").append(calculator.description()).append('\n');
        }
        return text.toString();
    }
}
