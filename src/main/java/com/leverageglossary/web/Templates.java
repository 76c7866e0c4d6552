package com.leverageglossary.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;

/** Renders the JTE templates that the build precompiled into classes; no compiler is needed at run time. */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    byte[] render(String template, Object model) {
        StringOutput output = new StringOutput(16 * 1024);
        engine.render(template, model, output);
        return output.toString().getBytes(StandardCharsets.UTF_8);
    }
}
