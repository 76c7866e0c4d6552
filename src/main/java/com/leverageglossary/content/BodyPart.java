package com.leverageglossary.content;

import java.util.List;
import java.util.Map;

/** A piece of an entry's body: rendered Markdown, or a calculator embedded at that place. */
public sealed interface BodyPart permits BodyPart.Html, BodyPart.Calculator {

    /** Trusted HTML from our Markdown renderer. */
    record Html(String html) implements BodyPart {
    }

    /** A calculator block with the input values its author preset. */
    record Calculator(String calculatorId, Map<String, List<String>> presets) implements BodyPart {
    }
}
