package com.leverageglossary.content;

import com.leverageglossary.calculators.CalculatorRegistry;
import com.leverageglossary.markdown.WikiTarget;
import com.leverageglossary.markdown.CalculatorEmbed;
import com.leverageglossary.markdown.LinkRef;
import com.leverageglossary.markdown.Markdown;
import com.leverageglossary.markdown.MarkdownLimits;
import com.leverageglossary.markdown.ParsedMarkdown;
import com.leverageglossary.markdown.PlainText;
import com.leverageglossary.markdown.WikiLinkRef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code content/} into a {@link Site}: every file is parsed, every rule checked, and either a
 * complete Site comes back or a {@link ContentException} listing every error found.
 */
public final class ContentLoader {
    static final Set<String> ENTRY_KEYS = new LinkedHashSet<>(List.of(
            "title", "summary", "aliases", "areas", "related", "calculators", "published", "updated", "sources"));
    static final Set<String> AREA_KEYS = new LinkedHashSet<>(List.of(
            "title", "summary", "published", "updated", "sources", "faq"));
    public static final int SUMMARY_MAX_CHARS = 160;
    /** No entry comes near this; a larger file is refused before it is read, so one file cannot exhaust memory. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;
    static final String AREAS_FOLDER = "areas";
    static final String SYNONYMS_FILE = "synonyms.txt";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s/$.?#][^\\s]*");

    private final CalculatorRegistry calculators;
    private final Markdown markdown = new Markdown();
    /** By file, what the last full load read there, or null for a loader that reads everything each time. */
    private final Map<String, FileRead> remembered;

    /** @param calculators the calculators entries may name and embed */
    public ContentLoader(CalculatorRegistry calculators) {
        this(calculators, null);
    }

    private ContentLoader(CalculatorRegistry calculators, Map<String, FileRead> remembered) {
        this.calculators = calculators;
        this.remembered = remembered;
    }

    /**
     * A loader for {@code --dev} that remembers what it read of each entry file: loading again re-parses only
     * the files whose text changed (the cross-file checks still run over everything). It holds every file's
     * links and front matter between loads, which a server that never reloads need not pay for.
     */
    public static ContentLoader remembering(CalculatorRegistry calculators) {
        return new ContentLoader(calculators, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** What loading keeps of an entry file until the Site is built: front matter and the body's links, no parse tree. */
    private record EntryDraft(Kind kind, String file, String slug, Map<String, KeyLines> listLines,
                              String title, String summary, List<String> aliases, List<String> areas,
                              List<String> related, List<String> calculators, LocalDate published,
                              LocalDate updated, int bodyLine, ParsedMarkdown parsed, long sourceHash) {
        /** The line of item {@code i} of a front matter list, or of its key, for errors found after reading. */
        int line(String key, int i) {
            KeyLines lines = listLines.get(key);
            return i < lines.items().size() ? lines.items().get(i) : lines.key();
        }
    }

    /** Where a front matter list and its items stand; kept instead of the YAML tree, which is large. */
    private record KeyLines(int key, List<Integer> items) {
    }

    /** The lists checked against the whole glossary once every file is read. */
    private static final List<String> CROSS_CHECKED_LISTS = List.of("aliases", "areas", "related", "calculators");

    private record AreaDraft(String file, String slug, String title, String summary,
                             LocalDate published, LocalDate updated, List<Source> sources,
                             ParsedMarkdown description, int bodyLine, List<FrontMatter.FaqItem> faq,
                             List<ParsedMarkdown> answers) {
    }

    /**
     * Reads and checks everything: every error in the content is reported, or a complete Site comes back.
     * A {@link #remembering} loader re-parses only the files whose text changed since its last load.
     */
    public Site load(Path root) throws IOException, ContentException {
        return load(root, true);
    }

    /**
     * Reads and checks everything but the entry bodies, which are two thirds of the work: their links, embeds
     * and raw HTML are not checked, and entries come back without outgoing links or embedded calculators.
     * A server shows this at start-up while {@link #load} checks the rest (see App).
     */
    public Site loadWithoutBodies(Path root) throws IOException, ContentException {
        return load(root, false);
    }

    private Site load(Path root, boolean bodies) throws IOException, ContentException {
        List<ContentError> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<EntryDraft> entries = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<String> unreadable = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
        List<Map.Entry<Kind, Path>> files = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            markdownFiles(root.resolve(kind.folder())).forEach(path -> files.add(Map.entry(kind, path)));
        }
        Set<String> listed = new java.util.HashSet<>();
        files.forEach(file -> listed.add(relative(root, file.getValue())));
        if (remembered != null) {
            remembered.keySet().retainAll(listed);
        }
        // Files are independent until their links are checked: parse them on every core.
        files.parallelStream().forEach(file -> {
            Optional<EntryDraft> draft = readEntryOrReport(file.getKey(), relative(root, file.getValue()), file.getValue(), bodies, errors);
            draft.ifPresentOrElse(entries::add, () -> unreadable.add(Site.nameKey(slugOf(file.getValue()))));
        });
        // The order files are listed in (kind, then name), so that "already in" errors name the same file every time.
        entries.sort(java.util.Comparator.comparing((EntryDraft d) -> d.kind().ordinal()).thenComparing(EntryDraft::file));
        List<AreaDraft> areas = new ArrayList<>();
        for (Path path : markdownFiles(root.resolve(AREAS_FOLDER))) {
            readArea(relative(root, path), path, errors).ifPresent(areas::add);
        }
        Map<String, EntryDraft> byName = checkNames(entries, errors);
        List<List<String>> synonyms = readSynonyms(root, errors);
        // A file that could not be read is already reported; links to it are not errors of their own.
        Set<String> known = new LinkedHashSet<>(byName.keySet());
        known.addAll(unreadable);
        Set<String> areaSlugs = new LinkedHashSet<>();
        areas.forEach(area -> areaSlugs.add(area.slug()));
        SiteLinks siteLinks = new SiteLinks(known, areaSlugs, calculators);
        for (EntryDraft entry : entries) {
            checkReferences(entry, byName, known, areaSlugs, errors);
            checkLinks(entry.file(), entry.parsed(), entry.bodyLine() - 1, known, siteLinks, errors);
        }
        for (AreaDraft area : areas) {
            checkLinks(area.file(), area.description(), area.bodyLine() - 1, known, siteLinks, errors);
            for (int i = 0; i < area.faq().size(); i++) {
                checkLinks(area.file(), area.answers().get(i), area.faq().get(i).answerLine() - 1, known, siteLinks, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors.stream().sorted().toList());
        }
        return build(root, entries, areas, byName, synonyms);
    }

    /**
     * Reads one entry file, reporting its errors; a loader kept between loads (--dev) reuses what it found in
     * a file whose text has not changed, so an edit re-parses only the edited files.
     */
    private Optional<EntryDraft> readEntryOrReport(Kind kind, String file, Path path, boolean bodies, List<ContentError> errors) {
        List<ContentError> found = new ArrayList<>();
        try {
            Optional<FileText> text = readText(file, path, found);
            if (text.isEmpty()) {
                errors.addAll(found);
                return Optional.empty();
            }
            long hash = text.get().sourceHash();
            boolean remember = bodies && remembered != null;
            FileRead known = remember ? remembered.get(file) : null;
            if (known != null && known.sourceHash() == hash) {
                errors.addAll(known.errors());
                return known.draft();
            }
            Optional<EntryDraft> draft = readEntry(kind, file, path, text.get().text(), hash, bodies, found);
            if (remember) {
                remembered.put(file, new FileRead(hash, draft, List.copyOf(found)));
            }
            errors.addAll(found);
            return draft;
        } catch (IOException e) {
            errors.add(new ContentError(file, 1, "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** What reading one entry file gave: its draft, or the errors that kept it from being one. */
    private record FileRead(long sourceHash, Optional<EntryDraft> draft, List<ContentError> errors) {
    }

    /** Identifies a file's bytes: CRC-32C and length, so that an edit is seen even when the size stays the same. */
    static long sourceHash(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return ((long) bytes.length << 32) | crc.getValue();
    }

    /** {@code synonyms.txt}: one group of equivalent search phrases per line, comma-separated; {@code #} starts a comment. */
    private static List<List<String>> readSynonyms(Path root, List<ContentError> errors) throws IOException {
        Path path = root.resolve(SYNONYMS_FILE);
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        Optional<String> text = readUtf8(SYNONYMS_FILE, path, errors);
        List<List<String>> groups = new ArrayList<>();
        String[] lines = text.orElse("").split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String content = lines[i].replaceFirst("#.*", "").strip();
            if (content.isEmpty()) {
                continue;
            }
            List<String> group = java.util.Arrays.stream(content.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (group.size() < 2) {
                errors.add(new ContentError(SYNONYMS_FILE, i + 1, "a synonym line needs at least two comma-separated phrases"));
            } else {
                groups.add(group);
            }
        }
        return List.copyOf(groups);
    }

    private Optional<EntryDraft> readEntry(Kind kind, String file, Path path, String text, long sourceHash, boolean bodies,
                                           List<ContentError> errors) {
        String slug = slugOf(file, path, errors);
        Optional<Header> read = readHeader(file, text, ENTRY_KEYS, errors);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Header header = read.get();
        FrontMatter frontMatter = header.frontMatter();
        List<String> aliases = frontMatter.stringList("aliases");
        List<String> areas = frontMatter.stringList("areas");
        if (areas.isEmpty()) {
            errors.add(new ContentError(file, frontMatter.line("areas"), "an entry must belong to at least one area ('areas')"));
        }
        // Entry bodies are rendered later from a parse of their own (EntryDocuments): here only their links matter.
        Optional<ParsedMarkdown> body = bodies
                ? parseChecked(file, header.body(), header.bodyLine() - 1, errors, markdown::scan)
                : Optional.of(ParsedMarkdown.NOTHING);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        Map<String, KeyLines> listLines = new HashMap<>();
        CROSS_CHECKED_LISTS.forEach(key -> listLines.put(key, new KeyLines(frontMatter.line(key), frontMatter.itemLines(key))));
        return Optional.of(new EntryDraft(kind, file, slug, listLines, header.title(), header.summary(), aliases, areas,
                frontMatter.stringList("related"), frontMatter.stringList("calculators"), header.published(), header.updated(),
                header.bodyLine(), body.get().withoutDocument(), sourceHash));
    }

    private Optional<AreaDraft> readArea(String file, Path path, List<ContentError> errors) throws IOException {
        String slug = slugOf(file, path, errors);
        Optional<String> text = readUtf8(file, path, errors);
        Optional<Header> read = text.flatMap(t -> readHeader(file, t, AREA_KEYS, errors));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Header header = read.get();
        Optional<ParsedMarkdown> description = parseChecked(file, header.body(), header.bodyLine() - 1, errors, markdown::parse);
        if (description.isEmpty()) {
            return Optional.empty();
        }
        List<FrontMatter.FaqItem> faq = header.frontMatter().faq();
        List<ParsedMarkdown> answers = new ArrayList<>();
        for (FrontMatter.FaqItem item : faq) {
            Optional<ParsedMarkdown> answer = parseChecked(file, item.answer(), item.answerLine() - 1, errors, markdown::parse);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            answers.add(answer.get());
        }
        return Optional.of(new AreaDraft(file, slug, header.title(), header.summary(), header.published(), header.updated(),
                header.sources(), description.get(), header.bodyLine(), faq, answers));
    }

    /** What entries and areas share: their front matter, its title, summary, dates and sources, and the body after it. */
    private record Header(FrontMatter frontMatter, String title, String summary, LocalDate published, LocalDate updated,
                          List<Source> sources, String body, int bodyLine) {
    }

    /** Reads and checks the shared part, allowing only {@code allowedKeys}; empty when there is no front matter to read. */
    private static Optional<Header> readHeader(String file, String text, Set<String> allowedKeys, List<ContentError> errors) {
        FrontMatter.Split split = FrontMatter.split(file, text, errors);
        FrontMatter frontMatter = split == null ? null : FrontMatter.parse(file, split.yaml(), errors);
        if (frontMatter == null) {
            return Optional.empty();
        }
        frontMatter.rejectUnknownKeys(allowedKeys);
        String title = frontMatter.requiredString("title");
        String summary = frontMatter.requiredString("summary");
        checkSummary(file, frontMatter, summary, errors);
        LocalDate published = frontMatter.requiredDate("published");
        LocalDate updated = frontMatter.requiredDate("updated");
        checkDates(file, frontMatter, published, updated, errors);
        List<Source> sources = frontMatter.sources();
        checkSources(file, frontMatter, sources, errors);
        return Optional.of(new Header(frontMatter, title, summary, published, updated, sources, split.body(), split.bodyLine()));
    }

    /**
     * Parses Markdown within {@link MarkdownLimits} and reports any raw HTML in it; a parser failure is this
     * file's error, never the load's.
     * StackOverflowError is caught on purpose: it unwinds this file's parse only, and the nesting check makes it
     * a last line of defence after the limits.
     */
    private Optional<ParsedMarkdown> parseChecked(String file, String text, int lineOffset, List<ContentError> errors,
                                                java.util.function.Function<String, ParsedMarkdown> parser) {
        Optional<MarkdownLimits.Problem> problem = MarkdownLimits.firstProblem(text);
        if (problem.isPresent()) {
            errors.add(new ContentError(file, lineOffset + problem.get().line(), problem.get().message()));
            return Optional.empty();
        }
        ParsedMarkdown parsed;
        try {
            parsed = parser.apply(text);
        } catch (RuntimeException | StackOverflowError e) {
            errors.add(new ContentError(file, lineOffset + 1, "the Markdown could not be parsed: " + e.getClass().getSimpleName()));
            return Optional.empty();
        }
        checkNoRawHtml(file, parsed, lineOffset, errors);
        return Optional.of(parsed);
    }

    /** Slugs and aliases share one namespace; returns every name (slug or alias key) mapped to its entry. */
    private static Map<String, EntryDraft> checkNames(List<EntryDraft> entries, List<ContentError> errors) {
        Map<String, EntryDraft> bySlug = new HashMap<>();
        for (EntryDraft entry : entries) {
            EntryDraft previous = bySlug.putIfAbsent(entry.slug(), entry);
            if (previous != null) {
                errors.add(new ContentError(entry.file(), 1, "duplicate slug '" + entry.slug() + "': also " + previous.file()));
            }
        }
        Map<String, EntryDraft> byName = new HashMap<>();
        bySlug.forEach((slug, entry) -> byName.put(Site.nameKey(slug), entry));
        for (EntryDraft entry : entries) {
            for (int i = 0; i < entry.aliases().size(); i++) {
                String key = Site.nameKey(entry.aliases().get(i));
                EntryDraft owner = byName.putIfAbsent(key, entry);
                // An entry may list its own slug as an alias (e.g. "CPPI" for cppi): that shows the acronym and clashes with nothing.
                if (owner != null && owner != entry) {
                    int line = entry.line("aliases", i);
                    String what = owner.slug().equals(key) ? "the slug of " + owner.file() : "an alias in " + owner.file();
                    errors.add(new ContentError(entry.file(), line, "duplicate alias '" + entry.aliases().get(i) + "': already " + what));
                }
            }
        }
        return byName;
    }

    private void checkReferences(EntryDraft entry, Map<String, EntryDraft> byName, Set<String> known, Set<String> areaSlugs,
                                 List<ContentError> errors) {
        checkEach(entry, "areas", entry.areas(), areaSlugs::contains, "unknown area '%s'", errors);
        checkEach(entry, "related", entry.related(),
                slug -> byName.containsKey(slug) ? byName.get(slug).slug().equals(slug) : known.contains(slug),
                "unknown related entry '%s' (use the entry's slug)", errors);
        checkEach(entry, "related", entry.related(), slug -> !slug.equals(entry.slug()), "an entry cannot be related to itself ('%s')", errors);
        checkEach(entry, "calculators", entry.calculators(), id -> calculators.find(id).isPresent(), "unknown calculator '%s'", errors);
    }

    /** Wiki links, internal Markdown links and calculator blocks of one document. */
    private static void checkLinks(String file, ParsedMarkdown parsed, int lineOffset, Set<String> known, SiteLinks siteLinks,
                                   List<ContentError> errors) {
        checkWikiLinks(file, parsed.wikiLinks(), lineOffset, known, errors);
        for (LinkRef link : parsed.links()) {
            siteLinks.problem(link.url()).ifPresent(problem -> errors.add(new ContentError(file, lineOffset + link.line(), problem)));
        }
        for (CalculatorEmbed embed : parsed.embeds()) {
            siteLinks.embedProblem(embed.calculatorId(), embed.presets())
                    .ifPresent(problem -> errors.add(new ContentError(file, lineOffset + embed.line(), problem)));
        }
    }

    private static void checkEach(EntryDraft entry, String key, List<String> values, java.util.function.Predicate<String> valid,
                                  String message, List<ContentError> errors) {
        for (int i = 0; i < values.size(); i++) {
            if (!valid.test(values.get(i))) {
                int line = entry.line(key, i);
                errors.add(new ContentError(entry.file(), line, String.format(message, values.get(i))));
            }
        }
    }

    private static void checkWikiLinks(String file, List<WikiLinkRef> links, int lineOffset, Set<String> known,
                                       List<ContentError> errors) {
        for (WikiLinkRef link : links) {
            if (!known.contains(Site.nameKey(link.target()))) {
                errors.add(new ContentError(file, lineOffset + link.line(), "link to unknown entry [[" + link.target() + "]]"));
            }
        }
    }

    private static void checkSummary(String file, FrontMatter frontMatter, String summary, List<ContentError> errors) {
        if (summary.length() > SUMMARY_MAX_CHARS) {
            errors.add(new ContentError(file, frontMatter.line("summary"),
                    "summary is " + summary.length() + " characters; the limit is " + SUMMARY_MAX_CHARS));
        }
    }

    private static void checkDates(String file, FrontMatter frontMatter, LocalDate published, LocalDate updated, List<ContentError> errors) {
        if (published != null && updated != null && updated.isBefore(published)) {
            errors.add(new ContentError(file, frontMatter.line("updated"), "'updated' (" + updated + ") is before 'published' (" + published + ")"));
        }
    }

    private static void checkSources(String file, FrontMatter frontMatter, List<Source> sources, List<ContentError> errors) {
        List<Integer> lines = frontMatter.itemLines("sources");
        for (int i = 0; i < sources.size(); i++) {
            String url = sources.get(i).url();
            if (!url.isEmpty() && !WEB_URL.matcher(url).matches()) {
                errors.add(new ContentError(file, lines.get(i), "source URL must be an absolute http(s) URL, not '" + url + "'"));
            }
        }
    }

    private static void checkNoRawHtml(String file, ParsedMarkdown parsed, int lineOffset, List<ContentError> errors) {
        for (int line : parsed.rawHtmlLines()) {
            errors.add(new ContentError(file, lineOffset + line, "raw HTML is not allowed in content; use Markdown"));
        }
    }

    private Site build(Path root, List<EntryDraft> drafts, List<AreaDraft> areaDrafts, Map<String, EntryDraft> byName,
                       List<List<String>> synonyms) {
        java.util.function.Function<String, Optional<WikiTarget>> targets = name -> Optional.ofNullable(byName.get(Site.nameKey(name)))
                .map(draft -> new WikiTarget(draft.kind().url(draft.slug()),
                        draft.slug().equals(Site.nameKey(name)) ? WikiTarget.inlineName(draft.title()) : name.strip()));
        // One String per slug, shared by every list that names it: thousands of entries repeat the same slugs.
        Map<String, String> canonical = new HashMap<>();
        java.util.function.Function<List<String>, List<String>> shared = slugs ->
                slugs.stream().map(slug -> canonical.computeIfAbsent(slug, k -> k)).toList();
        drafts.forEach(d -> canonical.put(d.slug(), d.slug()));
        List<Entry> entries = new ArrayList<>();
        for (EntryDraft d : drafts) {
            List<String> linked = d.parsed().wikiLinks().stream()
                    .map(link -> byName.get(Site.nameKey(link.target())).slug()).distinct().toList();
            entries.add(new Entry(d.kind(), d.slug(), d.title(), d.summary(), d.aliases(), shared.apply(d.areas()),
                    shared.apply(d.related()), shared.apply(d.calculators()), d.published(), d.updated(), shared.apply(linked),
                    shared.apply(d.parsed().embeds().stream().map(CalculatorEmbed::calculatorId).toList()), d.sourceHash()));
        }
        List<Area> areas = new ArrayList<>();
        for (AreaDraft a : areaDrafts) {
            List<Faq> faq = new ArrayList<>();
            for (int i = 0; i < a.faq().size(); i++) {
                faq.add(new Faq(a.faq().get(i).question(), a.faq().get(i).answer(), markdown.render(a.answers().get(i), targets),
                        PlainText.of(a.answers().get(i), targets)));
            }
            areas.add(new Area(a.slug(), a.title(), a.summary(), markdown.render(a.description(), targets), List.copyOf(faq),
                    a.published(), a.updated(), List.copyOf(a.sources())));
        }
        return new Site(entries, areas, synonyms, new EntryDocuments(root, markdown));
    }

    private static List<Path> markdownFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static String slugOf(Path path) {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    private static String slugOf(String file, Path path, List<ContentError> errors) {
        String slug = slugOf(path);
        if (!SLUG.matcher(slug).matches()) {
            errors.add(new ContentError(file, 1, "file name must be a slug of lower-case letters, digits and single hyphens"));
        }
        return slug;
    }

    /** Decodes strictly: a file that is not UTF-8 is an error naming the line of its first bad byte. */
    static Optional<String> readUtf8(String file, Path path, List<ContentError> errors) throws IOException {
        return readText(file, path, errors).map(FileText::text);
    }

    /** A file's text (byte order mark dropped, line ends made {@code \n}) and the {@link #sourceHash} of its bytes. */
    record FileText(String text, long sourceHash) {
    }

    /** Reads a file once: its bytes are hashed as read and decoded as strict UTF-8, a bad byte reported with its line. */
    static Optional<FileText> readText(String file, Path path, List<ContentError> errors) throws IOException {
        long size = Files.size(path);
        if (size > MAX_FILE_BYTES) {
            errors.add(new ContentError(file, 1, "file is too large: " + size + " bytes; the limit is " + MAX_FILE_BYTES + " bytes (1 MB)"));
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(path);
        // The fast path: String's own decoder replaces a malformed sequence with U+FFFD, so only a text that
        // holds one (rare in content) is decoded again strictly to tell a real U+FFFD from a bad byte.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            OptionalInt badLine = malformedLine(bytes);
            if (badLine.isPresent()) {
                errors.add(new ContentError(file, badLine.getAsInt(), "file is not valid UTF-8"));
                return Optional.empty();
            }
        }
        return Optional.of(new FileText(clean(text), sourceHash(bytes)));
    }

    /** The line of the first byte that is not UTF-8, if any. */
    private static OptionalInt malformedLine(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
        if (!result.isError()) {
            return OptionalInt.empty();
        }
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return OptionalInt.of(line);
    }

    /** Without a byte-order mark, and with Unix line ends. */
    private static String clean(String text) {
        String unmarked = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return unmarked.indexOf('\r') < 0 ? unmarked : unmarked.replace("\r\n", "\n");
    }
}
