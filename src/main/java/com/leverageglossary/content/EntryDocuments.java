package com.leverageglossary.content;

import com.leverageglossary.markdown.CalculatorEmbed;
import com.leverageglossary.markdown.Markdown;
import com.leverageglossary.markdown.ParsedMarkdown;
import com.leverageglossary.markdown.WikiTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an entry's file again when a page needs its body: the content was validated when it was loaded,
 * so this only parses and renders. Pages are cached by the web layer; nothing here is kept.
 */
final class EntryDocuments {
    private final Path root;
    private final Markdown markdown;

    EntryDocuments(Path root, Markdown markdown) {
        this.root = root;
        this.markdown = markdown;
    }

    EntryDocument read(Entry entry, Function<String, Optional<WikiTarget>> targets) {
        String file = entry.kind().folder() + "/" + entry.slug() + ".md";
        List<ContentError> errors = new ArrayList<>();
        try {
            String text = ContentLoader.readUtf8(file, root.resolve(file), errors).orElse(null);
            FrontMatter.Split split = text == null ? null : FrontMatter.split(file, text, errors);
            FrontMatter frontMatter = split == null ? null : FrontMatter.parse(file, split.yaml(), errors);
            if (frontMatter == null) {
                throw new IllegalStateException("the file of " + entry.slug() + " changed since it was loaded: " + errors);
            }
            ParsedMarkdown parsed = markdown.parseForPage(split.body());
            List<Heading> headings = parsed.headings().stream().map(h -> new Heading(h.level(), h.text(), h.anchor())).toList();
            return new EntryDocument(entry, text, split.body(), bodyParts(markdown.render(parsed, targets), parsed.embeds()),
                    headings, List.copyOf(frontMatter.sources()));
        } catch (IOException e) {
            throw new UncheckedIOException("the file of " + entry.slug() + " cannot be read", e);
        }
    }

    /** Cuts rendered HTML at each calculator marker, so pages can draw the live widget in its place. */
    private static List<BodyPart> bodyParts(String html, List<CalculatorEmbed> embeds) {
        List<BodyPart> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < embeds.size(); i++) {
            String marker = CalculatorEmbed.marker(i);
            int at = html.indexOf(marker, from);
            parts.add(new BodyPart.Html(html.substring(from, at)));
            parts.add(new BodyPart.Calculator(embeds.get(i).calculatorId(), embeds.get(i).presets()));
            from = at + marker.length();
        }
        parts.add(new BodyPart.Html(html.substring(from)));
        parts.removeIf(part -> part instanceof BodyPart.Html h && h.html().isBlank());
        return List.copyOf(parts);
    }
}
