package com.leverageglossary.web;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM that runs out of memory must exit so that its supervisor restarts it: after an OutOfMemoryError
 * Jetty's acceptor and selector threads may be dead, leaving a process that never answers again. The
 * launcher should pass {@code -XX:+ExitOnOutOfMemoryError} (README, src/deploy); without it, this halts the
 * process on any OutOfMemoryError that reaches a request thread or an uncaught-exception handler.
 */
final class OutOfMemoryExit {
    private static final Logger LOG = LoggerFactory.getLogger(OutOfMemoryExit.class);
    /** The exit status after running out of memory, as the JVM's own flag uses. */
    static final int STATUS = 3;

    private OutOfMemoryExit() {
    }

    private static final java.util.concurrent.atomic.AtomicBoolean INSTALLED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Once per JVM: warns when the flag is missing and halts on an OutOfMemoryError no one caught. */
    static void install() {
        if (!INSTALLED.compareAndSet(false, true)) {
            return;
        }
        if (!flagSet()) {
            LOG.warn("started without -XX:+ExitOnOutOfMemoryError: pass it to the JVM so that running out of memory always exits");
        }
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (error instanceof OutOfMemoryError) {
                halt();
            }
            if (previous != null) {
                previous.uncaughtException(thread, error);
            }
        });
    }

    /** Stops the process at once: nothing more can be trusted to allocate, shutdown hooks included. */
    static void halt() {
        Runtime.getRuntime().halt(STATUS);
    }

    private static boolean flagSet() {
        try {
            return Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("ExitOnOutOfMemoryError").getValue());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
