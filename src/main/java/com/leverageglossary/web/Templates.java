package com.leverageglossary.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;

/** Renders the JTE templates that the build precompiled into classes; no compiler is needed at run time. */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** A partial with named parameters, as text to place inside a page. */
    String renderPartial(String template, java.util.Map<String, Object> parameters) {
        StringOutput output = new StringOutput(8 * 1024);
        engine.render(template, parameters, output);
        return output.toString();
    }

    byte[] render(String template, Object model) {
        StringOutput output = new StringOutput(16 * 1024);
        engine.render(template, model, output);
        return output.toString().getBytes(StandardCharsets.UTF_8);
    }
}
