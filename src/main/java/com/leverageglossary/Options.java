package com.leverageglossary;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Command-line options.
 *
 * @param contentDir the content folder, or null for the content embedded in the jar
 * @param baseUrl    scheme, host and port used in canonical links, without a trailing slash
 * @param outDir     where {@code export} writes the site; null for the other commands
 */
public record Options(Command command, int port, Path contentDir, String baseUrl, boolean dev, Path outDir) {
    public static final int DEFAULT_PORT = 7070;
    private static final String USAGE = "usage: [validate | export --out DIR] [--port N] [--content DIR] [--base-url URL] [--dev]";

    /** What the process does with the content. */
    public enum Command {
        SERVE, VALIDATE, EXPORT
    }

    /**
     * Parses {@code [validate | export --out DIR] [--port N] [--content DIR] [--base-url URL] [--dev]}; {@code PORT} in the
     * environment sets the port when the flag is absent. Without {@code --content}, a {@code content}
     * folder in the working directory is used when present, else the embedded content.
     *
     * @throws IllegalArgumentException with a one-line message for any bad option
     */
    public static Options parse(String[] args, Map<String, String> env) {
        Command command = Command.SERVE;
        String out = null;
        String port = env.get("PORT");
        String content = null;
        String baseUrl = null;
        boolean dev = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "validate" -> command = Command.VALIDATE;
                case "export" -> command = Command.EXPORT;
                case "--out" -> out = value(args, ++i, "--out");
                case "--port" -> port = value(args, ++i, "--port");
                case "--content" -> content = value(args, ++i, "--content");
                case "--base-url" -> baseUrl = value(args, ++i, "--base-url");
                case "--dev" -> dev = true;
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "' (" + USAGE + ")");
            }
        }
        if ((command == Command.EXPORT) != (out != null)) {
            throw new IllegalArgumentException(out == null ? "export needs --out DIR" : "--out belongs to export (" + USAGE + ")");
        }
        int portNumber = port == null ? DEFAULT_PORT : parsePort(port);
        if (portNumber == 0) {
            portNumber = freePort();
        }
        Path contentDir = contentDir(content);
        if (dev && contentDir == null) {
            throw new IllegalArgumentException("--dev watches a content directory: give --content DIR or run where ./content exists");
        }
        return new Options(command, portNumber, contentDir,
                baseUrl == null ? "http://localhost:" + portNumber : parseBaseUrl(baseUrl), dev, out == null ? null : Path.of(out));
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("port must be a number from 0 to 65535, not '" + text + "'");
    }

    private static Path contentDir(String content) {
        if (content == null) {
            Path local = Path.of("content");
            return Files.isDirectory(local) ? local : null;
        }
        Path dir = Path.of(content);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("content directory '" + content + "' does not exist");
        }
        return dir;
    }

    private static String parseBaseUrl(String text) {
        try {
            URI uri = new URI(text);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            boolean bare = uri.getHost() != null && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))
                    && uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null;
            if (web && bare) {
                return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("base URL must look like https://example.com (scheme and host, no path), not '" + text + "'");
    }

    /** Port 0 asks for any free port; it is chosen here so that canonical links can name it. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalArgumentException("no free port: " + e.getMessage());
        }
    }
}
