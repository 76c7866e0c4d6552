package com.leverageglossary.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.stream.Stream;

/**
 * The folder an export writes, laid out for a static server: {@code /x/} is {@code x/index.html}, any other path
 * is the file of that name, and a gzip form sits beside it as {@code name.gz} (nginx's {@code gzip_static}).
 */
final class ExportFolder {
    /**
     * File times are derived from the bytes, never from the clock: two exports are identical, and nginx's ETag
     * (modification time and size) changes whenever a file's content does, on every host the folder is copied to.
     */
    private static final long EPOCH_2000_SECONDS = 946_684_800L;
    private static final long TIME_SPREAD_SECONDS = 1L << 29;

    private final Path root;

    private ExportFolder(Path root) {
        this.root = root;
    }

    /** Creates the folder; an existing one must be empty, so that no file of an older export survives unseen. */
    static ExportFolder create(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.list(root)) {
                if (files.findAny().isPresent()) {
                    throw new IOException(root + " is not empty: export into a new or empty folder");
                }
            }
        }
        Files.createDirectories(root);
        return new ExportFolder(root.toRealPath());
    }

    /** The file that answers {@code urlPath}. */
    Path fileFor(String urlPath) {
        if (!urlPath.startsWith("/") || urlPath.contains("..") || urlPath.contains("?") || urlPath.contains("\\")) {
            throw new IllegalArgumentException("not an exportable path: " + urlPath);
        }
        String relative = urlPath.substring(1) + (urlPath.endsWith("/") ? "index.html" : "");
        return root.resolve(relative);
    }

    /** Writes the body for {@code urlPath}, and its gzip form beside it when the server has one. */
    long write(String urlPath, byte[] body, byte[] gzipBody) throws IOException {
        Path file = fileFor(urlPath);
        Files.createDirectories(file.getParent());
        writeFile(file, body);
        if (gzipBody != null) {
            writeFile(file.resolveSibling(file.getFileName() + ".gz"), gzipBody);
            return body.length + gzipBody.length;
        }
        return body.length;
    }

    private static void writeFile(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.fromMillis(contentTimeSeconds(bytes) * 1000));
    }

    /** A time from 2000 to 2017 picked by the bytes' SHA-256. */
    static long contentTimeSeconds(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            long bits = ((digest[0] & 0xffL) << 24) | ((digest[1] & 0xffL) << 16) | ((digest[2] & 0xffL) << 8) | (digest[3] & 0xffL);
            return EPOCH_2000_SECONDS + bits % TIME_SPREAD_SECONDS;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
