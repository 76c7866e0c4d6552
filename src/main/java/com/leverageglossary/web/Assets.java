package com.leverageglossary.web;

import com.leverageglossary.content.Embedded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of {@code static/}, read once at start and served under URLs that carry a hash of their
 * content ({@code /static/css/site.1a2b3c4d.css}), so browsers may cache them for a year. Files at the top of
 * {@code static/} (the service worker) are not hashed: their own routes serve them at the site's root.
 */
final class Assets {
    static final String PREFIX = "/static/";

    private final Map<String, String> urlByName = new LinkedHashMap<>();
    /** Each file with its gzip form precomputed at start-up. */
    private final Map<String, Responses.Rendered> assetByUrl = new LinkedHashMap<>();
    private final Map<String, String> rootFileText = new LinkedHashMap<>();

    private Assets() {
    }

    static Assets load() {
        Assets assets = new Assets();
        Path root = Embedded.folder("static");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                byte[] body = Files.readAllBytes(file);
                if (!name.contains("/")) {
                    assets.rootFileText.put(name, new String(body, java.nio.charset.StandardCharsets.UTF_8));
                    continue;
                }
                String hash = sha256(body).substring(0, 10);
                int dot = name.lastIndexOf('.');
                String url = PREFIX + name.substring(0, dot) + "." + hash + name.substring(dot);
                assets.urlByName.put(name, url);
                assets.assetByUrl.put(url, Responses.Rendered.of(contentType(name), body, "\"" + hash + "\""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return assets;
    }

    /** The hashed URL of a file named by its path under {@code static/}, e.g. {@code css/site.css}. */
    String url(String name) {
        String url = urlByName.get(name);
        if (url == null) {
            throw new IllegalArgumentException("no static file " + name);
        }
        return url;
    }

    /** The text of a file at the top of {@code static/}, e.g. {@code sw.js}. */
    String rootFile(String name) {
        String text = rootFileText.get(name);
        if (text == null) {
            throw new IllegalArgumentException("no static file " + name);
        }
        return text;
    }

    /** The hashed URLs of the named files, in order. */
    java.util.List<String> urls(String... names) {
        return java.util.Arrays.stream(names).map(this::url).toList();
    }

    /** Every hashed URL, sorted by file name. */
    java.util.List<String> allUrls() {
        return java.util.List.copyOf(assetByUrl.keySet());
    }

    Optional<Responses.Rendered> byUrl(String url) {
        return Optional.ofNullable(assetByUrl.get(url));
    }

    AssetUrls pageAssets() {
        return new AssetUrls(url("css/site.css"), url("img/favicon.svg"), url("js/site.js"), url("img/social.png"));
    }

    private static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "ico" -> "image/x-icon";
            case "woff2" -> "font/woff2";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
