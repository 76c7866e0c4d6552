package com.leverageglossary.web;

import io.javalin.http.Context;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request (method, path, status, bytes, duration), written by a background thread so that
 * a slow terminal or disk never slows a request. When the queue is full, lines are dropped and counted.
 */
final class AccessLog {
    private static final Logger LOG = LoggerFactory.getLogger("access");
    private static final int QUEUE_LINES = 10_000;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(QUEUE_LINES);
    private final AtomicLong dropped = new AtomicLong();

    AccessLog() {
        Thread writer = new Thread(this::write, "access-log");
        writer.setDaemon(true);
        writer.start();
    }

    void record(Context ctx, float millis) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String bytes = ctx.res().getHeader("Content-Length");
        String line = ctx.method() + " " + ctx.path() + " " + ctx.statusCode() + " " + (bytes == null ? "-" : bytes) + " "
                + Math.round(millis) + "ms";
        if (!lines.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    private void write() {
        while (true) {
            try {
                LOG.info(lines.take());
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    LOG.warn("{} access log lines dropped under load", lost);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
