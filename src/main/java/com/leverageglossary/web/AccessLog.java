package com.leverageglossary.web;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request (time, method, path, status, bytes, duration), in the same shape as the other log
 * lines. A background thread writes them to standard output in batches: at tens of thousands of
 * requests a second, a write per line through SLF4J cost a fifth of the throughput. When the queue is
 * full, lines are dropped and counted rather than slowing requests.
 */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("access");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final int QUEUE_LINES = 65_536;
    private static final int BATCH_LINES = 4096;
    /** What a request leaves behind; formatted on the writer thread, not the request thread. */
    private record Line(String method, String path, int status, String bytes, float millis) {
    }

    private final BlockingQueue<Line> lines = new ArrayBlockingQueue<>(QUEUE_LINES);
    private final AtomicLong dropped = new AtomicLong();
    private final boolean enabled = LOG.isInfoEnabled();

    AccessLog() {
        if (enabled) {
            Thread writer = new Thread(this::write, "access-log");
            writer.setDaemon(true);
            writer.start();
        }
    }

    void record(Context ctx, float millis) {
        String bytes = ctx.res().getHeader("Content-Length");
        record(ctx.method().name(), ctx.path(), ctx.statusCode(), bytes == null ? "-" : bytes, millis);
    }

    void record(String method, String path, int status, String bytes, float millis) {
        if (enabled && !lines.offer(new Line(method, path, status, bytes, millis))) {
            dropped.incrementAndGet();
        }
    }

    private void write() {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16);
        List<Line> batch = new ArrayList<>(BATCH_LINES);
        while (true) {
            try {
                batch.add(lines.take());
                lines.drainTo(batch, BATCH_LINES - 1);
                String time = ZonedDateTime.now().format(TIME);
                for (Line line : batch) {
                    out.write(time);
                    out.write(" INFO access - ");
                    out.write(line.method() + " " + line.path() + " " + line.status() + " " + line.bytes() + " " + Math.round(line.millis()) + "ms");
                    out.newLine();
                }
                out.flush();
                batch.clear();
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    LOG.warn("{} access log lines dropped under load", lost);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                LOG.warn("access log cannot write: {}", e.getMessage());
                batch.clear();
            }
        }
    }
}
