package com.leverageglossary.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app in a JVM of its own, started as an operator would (a heap limit, ExitOnOutOfMemoryError), for
 * tests about memory and processes that an in-process server cannot show.
 */
public final class ForkedSite implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving \\d+ entries on (http://\\S+)");
    private static final Pattern G1_USED = Pattern.compile("used (\\d+)K");
    private final Process process;
    private final Path log;
    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ForkedSite(Process process, Path log, String baseUrl) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
    }

    /** Starts the app on a free port with {@code -Xmx<maxHeap>} and waits until it serves (at most a minute). */
    public static ForkedSite start(String maxHeap, Path content, String... jvmOptions) throws IOException, InterruptedException {
        Path log = Files.createTempFile("forked-site", ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.leverageglossary.App",
                "--port", "0", "--content", content.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher serving = SERVING.matcher(Files.readString(log));
            if (serving.find()) {
                ForkedSite site = new ForkedSite(process, log, serving.group(1));
                if (site.ready(deadline)) {
                    return site;
                }
                break;
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the forked site did not start:\n" + Files.readString(log));
    }

    /** Polls /healthz until it answers 200: pages are served first, search once its index is built. */
    private boolean ready(long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (get("/healthz").statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        return false;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Heap in use right after a full collection, read with jcmd from the JDK running the tests. */
    public long heapUsedAfterGcBytes() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = G1_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure in jcmd's answer");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process run = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), command).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes());
        run.waitFor();
        return output;
    }

    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
