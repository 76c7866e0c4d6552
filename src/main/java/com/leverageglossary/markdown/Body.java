package com.leverageglossary.markdown;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A parsed body with its links resolved, ready to be read as HTML (each calculator block drawn by the
 * caller, which alone knows how a widget looks) or as plain text for search.
 */
public final class Body {
    private final Markdown markdown;
    private final ParsedMarkdown parsed;
    private final Function<String, Optional<WikiTarget>> targets;

    Body(Markdown markdown, ParsedMarkdown parsed, Function<String, Optional<WikiTarget>> targets) {
        this.markdown = markdown;
        this.parsed = parsed;
        this.targets = targets;
    }

    public String html(Function<CalculatorBlock, String> widgets) {
        return markdown.render(parsed, targets, widgets);
    }

    public String plainText() {
        return PlainText.of(parsed, targets);
    }

    public List<CalculatorEmbed> embeds() {
        return parsed.embeds();
    }

    public List<HeadingRef> headings() {
        return parsed.headings();
    }
}
