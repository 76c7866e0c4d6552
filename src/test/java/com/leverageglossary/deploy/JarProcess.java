package com.leverageglossary.deploy;

import com.leverageglossary.testing.ForkedSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar run as an operator runs it (its own JVM, heap limit, own temporary folder), output kept in a log. */
final class JarProcess implements AutoCloseable {
    static final Path JAR = Path.of("target", "leverage-glossary.jar");
    private final Process process;
    private final Path log;

    private JarProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -jar leverage-glossary.jar ARGS} with {@code folder} as its temporary folder and log's home. */
    static JarProcess start(Path folder, String name, String... args) throws IOException {
        Files.createDirectories(folder);
        Path log = folder.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(ForkedSite.javaBinary(), "-Xmx128m", "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + folder.toAbsolutePath(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new JarProcess(process, log);
    }

    /** Waits for the process to end by itself; returns its exit code. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after " + seconds + " s:\n" + log());
        }
        return process.exitValue();
    }

    /** SIGTERM, as a supervisor stops an instance: the server's graceful stop runs. */
    int stop() throws InterruptedException {
        process.destroy();
        return waitFor(20);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
