package com.leverageglossary.content;

import com.leverageglossary.markdown.Markdown;
import com.leverageglossary.markdown.Body;
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
            Body body = markdown.body(split.body(), targets);
            List<Heading> headings = body.headings().stream().map(h -> new Heading(h.level(), h.text(), h.anchor())).toList();
            return new EntryDocument(entry, text, split.body(), body, headings, List.copyOf(frontMatter.sources()));
        } catch (IOException e) {
            throw new UncheckedIOException("the file of " + entry.slug() + " cannot be read", e);
        }
    }
}
