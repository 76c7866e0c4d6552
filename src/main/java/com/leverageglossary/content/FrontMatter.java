package com.leverageglossary.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML front matter of one content file, read as YAML nodes so that every problem is reported with
 * its line in the file. Reading never throws: problems are added to the shared error list and a
 * neutral value (empty string, empty list, null date) is returned.
 */
final class FrontMatter {
    private final String file;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final List<ContentError> errors;

    private FrontMatter(String file, List<ContentError> errors) {
        this.file = file;
        this.errors = errors;
    }

    /** The front matter and body of a file; {@code bodyLine} is the 1-based file line where the body starts. */
    record Split(String yaml, String body, int bodyLine) {
    }

    /** Splits {@code ---}-fenced front matter from the body; null (with an error) when the fence is missing. */
    static Split split(String file, String text, List<ContentError> errors) {
        if (!text.startsWith("---\n")) {
            errors.add(new ContentError(file, 1, "file must start with a '---' front matter line"));
            return null;
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            errors.add(new ContentError(file, 1, "front matter is not closed by a '---' line"));
            return null;
        }
        String yaml = text.substring(4, end + 1);
        String body = end + 5 <= text.length() ? text.substring(end + 5) : "";
        int bodyLine = (int) text.substring(0, Math.min(end + 5, text.length())).chars().filter(c -> c == '\n').count() + 1;
        return new Split(yaml, body, bodyLine);
    }

    /** Front matter is a few short keys: no anchors-and-aliases trees, no deep nesting, no megabytes. */
    private static final LoaderOptions LIMITS = limits();
    /** A Yaml instance is costly to build (its resolvers) and not thread-safe: one per loading thread. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> new Yaml(new SafeConstructor(LIMITS)));

    private static LoaderOptions limits() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(256 * 1024);
        return options;
    }

    /** Parses the YAML between the fences; null (with an error) when it is not a YAML mapping. */
    static FrontMatter parse(String file, String yaml, List<ContentError> errors) {
        FrontMatter frontMatter = new FrontMatter(file, errors);
        Node root;
        try {
            root = YAML.get().compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
            errors.add(new ContentError(file, line, "front matter is not valid YAML: " + e.getProblem()));
            return null;
        } catch (YAMLException e) {
            // SnakeYAML's limits (aliases, nesting, size) and other refusals carry no position: name the front matter.
            errors.add(new ContentError(file, 2, "front matter refused: " + e.getMessage()));
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            errors.add(new ContentError(file, 2, "front matter must be a list of 'key: value' lines"));
            return null;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (frontMatter.fields.putIfAbsent(key, tuple) != null) {
                frontMatter.error(tuple.getKeyNode(), "duplicate front matter key '" + key + "'");
            }
        }
        return frontMatter;
    }

    void rejectUnknownKeys(Set<String> allowed) {
        fields.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                error(tuple.getKeyNode(), "unknown front matter key '" + key + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        });
    }

    /** The 1-based file line of a key, or of the first front matter line when the key is absent. */
    int line(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? 2 : lineOf(tuple.getKeyNode());
    }

    String requiredString(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            errors.add(new ContentError(file, 1, "missing required front matter key '" + key + "'"));
            return "";
        }
        String value = scalar(tuple.getValueNode(), key);
        if (value.isBlank()) {
            error(tuple.getKeyNode(), "'" + key + "' must not be empty");
        }
        return value.strip();
    }

    List<String> stringList(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? List.of() : stringList(tuple.getValueNode(), key);
    }

    /** The key's 1-based line for each item of a list, so that callers can point at a bad item. */
    List<Integer> itemLines(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null || !(tuple.getValueNode() instanceof SequenceNode sequence)) {
            return List.of();
        }
        return sequence.getValue().stream().map(this::lineOf).toList();
    }

    LocalDate requiredDate(String key) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            errors.add(new ContentError(file, 1, "missing required front matter key '" + key + "'"));
            return null;
        }
        String text = scalar(tuple.getValueNode(), key);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(tuple.getValueNode(), "'" + key + "' must be a date written YYYY-MM-DD, not '" + text + "'");
            return null;
        }
    }

    List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (Map<String, String> item : mappings("sources", Set.of("title", "url"))) {
            sources.add(new Source(item.getOrDefault("title", ""), item.getOrDefault("url", "")));
        }
        return sources;
    }

    /** FAQ items as (question, answer Markdown, 1-based line of the answer). */
    record FaqItem(String question, String answer, int answerLine) {
    }

    List<FaqItem> faq() {
        List<FaqItem> items = new ArrayList<>();
        NodeTuple tuple = fields.get("faq");
        if (tuple == null) {
            return items;
        }
        List<Map<String, String>> maps = mappings("faq", Set.of("question", "answer"));
        List<Integer> lines = itemLines("faq");
        for (int i = 0; i < maps.size(); i++) {
            items.add(new FaqItem(maps.get(i).getOrDefault("question", ""), maps.get(i).getOrDefault("answer", ""), lines.get(i)));
        }
        return items;
    }

    /** A list of mappings whose keys must all be present, each a non-empty string. */
    private List<Map<String, String>> mappings(String key, Set<String> requiredKeys) {
        NodeTuple tuple = fields.get(key);
        List<Map<String, String>> result = new ArrayList<>();
        if (tuple == null) {
            return result;
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            error(tuple.getValueNode(), "'" + key + "' must be a list of items with " + String.join(" and ", requiredKeys));
            return result;
        }
        for (Node item : sequence.getValue()) {
            Map<String, String> values = new LinkedHashMap<>();
            if (!(item instanceof MappingNode mapping)) {
                error(item, "each '" + key + "' item must have " + String.join(" and ", requiredKeys));
                continue;
            }
            for (NodeTuple field : mapping.getValue()) {
                String name = field.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                if (!requiredKeys.contains(name)) {
                    error(field.getKeyNode(), "unknown key '" + name + "' in '" + key + "' (allowed: " + String.join(", ", requiredKeys) + ")");
                    continue;
                }
                values.put(name, scalar(field.getValueNode(), key + "." + name).strip());
            }
            for (String required : requiredKeys) {
                if (values.getOrDefault(required, "").isBlank()) {
                    error(item, "'" + key + "' item is missing '" + required + "'");
                }
            }
            result.add(values);
        }
        return result;
    }

    private List<String> stringList(Node node, String key) {
        if (node instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            error(node, "'" + key + "' must be a list, e.g. [a, b]");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String value = scalar(item, key).strip();
            if (value.isEmpty()) {
                error(item, "'" + key + "' has an empty item");
            } else {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }

    private String scalar(Node node, String key) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        error(node, "'" + key + "' must be a single value, not a list or mapping");
        return "";
    }

    private void error(Node node, String message) {
        errors.add(new ContentError(file, lineOf(node), message));
    }

    /** YAML marks are 0-based within the front matter, which starts on file line 2. */
    private int lineOf(Node node) {
        return node.getStartMark().getLine() + 2;
    }
}
