package com.leverageglossary.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx from Debian's package, run in the foreground as the current user with the repo's config
 * ({@code src/deploy/nginx}) filled in: every file it writes (pid, logs, temporary files, cache) under one folder.
 */
final class NginxProcess implements AutoCloseable {
    static final Path CONFIG = Path.of("src", "deploy", "nginx");
    private final Process process;
    private final Path run;

    private NginxProcess(Process process, Path run) {
        this.process = process;
        this.run = run;
    }

    static NginxProcess start(Path run, int port, Path export, List<Integer> instancePorts) throws IOException, InterruptedException {
        Files.createDirectories(run);
        String upstreams = instancePorts.stream().map(p -> "server 127.0.0.1:" + p + " max_fails=1 fail_timeout=2s;")
                .collect(Collectors.joining("\n        "));
        String config = Files.readString(CONFIG.resolve("nginx.conf"))
                .replace("@LISTEN@", "127.0.0.1:" + port)
                .replace("@EXPORT@", export.toAbsolutePath().toString())
                .replace("@RUN@", run.toAbsolutePath().toString())
                .replace("@UPSTREAMS@", upstreams);
        Files.writeString(run.resolve("nginx.conf"), config);
        Files.copy(CONFIG.resolve("security-headers.conf"), run.resolve("security-headers.conf"));
        // As root (a CI container), workers would switch to "nobody" and could not write the run folder.
        String global = "daemon off;" + ("root".equals(System.getProperty("user.name")) ? " user root;" : "");
        Process process = new ProcessBuilder(binary(), "-p", run.toAbsolutePath() + "/", "-e", run.resolve("error.log").toAbsolutePath().toString(),
                "-c", run.resolve("nginx.conf").toAbsolutePath().toString(), "-g", global)
                .redirectErrorStream(true).redirectOutput(run.resolve("nginx.out").toFile()).start();
        NginxProcess nginx = new NginxProcess(process, run);
        nginx.awaitListening(port);
        return nginx;
    }

    /** Debian installs it in /usr/sbin, which is not on every user's PATH; .ci/run installs it when missing. */
    static String binary() {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "nginx");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("nginx is not installed: run .ci/run, which installs Debian's package");
    }

    private void awaitListening(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx did not start:\n" + read("nginx.out") + read("error.log"));
    }

    /** nginx's access log: one line per request, with the instance that answered ({@code upstream=...}). */
    String accessLog() {
        return read("access.log");
    }

    String errorLog() {
        return read("error.log");
    }

    private String read(String name) {
        try {
            Path file = run.resolve(name);
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
