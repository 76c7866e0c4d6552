package com.leverageglossary.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The folders shipped inside the jar under {@code site/} (content and static files), as readable Paths. */
public final class Embedded {
    private Embedded() {
    }

    /** The embedded folder {@code site/{name}}, e.g. {@code content}; works from the jar and from target/classes. */
    public static Path folder(String name) {
        String resource = "site/" + name;
        URL url = Embedded.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("the build did not embed " + resource);
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            return jarFileSystem(uri).getPath("/" + resource);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        }
    }

    private static synchronized FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
