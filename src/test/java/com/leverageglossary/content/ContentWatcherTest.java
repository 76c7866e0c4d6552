package com.leverageglossary.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --dev reloads: valid content is swapped in, invalid content is reported and the last good site stays. */
class ContentWatcherTest {
    @TempDir
    Path dir;

    @Test
    void validEditIsHandedOnAndInvalidEditIsNot() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir);
        List<Site> swapped = new ArrayList<>();
        ContentWatcher.reload(dir, root -> Fixtures.loader().load(root), swapped::add);
        assertThat(swapped).hasSize(1);

        fixtures.replace("terms/alpha-term.md", "title: Alpha Term", "title:");
        ContentWatcher.reload(dir, root -> Fixtures.loader().load(root), swapped::add);
        assertThat(swapped).hasSize(1);
    }

    @Test
    void watcherPicksUpAChangeOnDisk() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir);
        java.util.concurrent.BlockingQueue<Site> swapped = new java.util.concurrent.LinkedBlockingQueue<>();
        try (ContentWatcher watcher = ContentWatcher.start(dir, root -> Fixtures.loader().load(root), swapped::add)) {
            fixtures.replace("terms/alpha-term.md", "title: Alpha Term", "title: Alpha Term Edited");
            Site site = swapped.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(site).isNotNull();
            assertThat(site.entry("alpha-term").orElseThrow().title()).isEqualTo("Alpha Term Edited");
        }
    }

    /** Issue 12, defect 7: a reload that dies with any error leaves the watcher alive for the next edit. */
    @Test
    void watcherSurvivesAReloadThatBlowsUpAndPicksUpTheNextEdit() throws Exception {
        Fixtures fixtures = Fixtures.copyOfValid(dir);
        java.util.concurrent.BlockingQueue<Site> swapped = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        ContentWatcher.Loader hostile = root -> {
            String alpha = java.nio.file.Files.readString(root.resolve("terms/alpha-term.md"));
            loads.incrementAndGet();
            if (alpha.contains("BOOM-STACK")) {
                throw new StackOverflowError();
            }
            if (alpha.contains("BOOM-RUNTIME")) {
                throw new IllegalStateException("parser bug");
            }
            return Fixtures.loader().load(root);
        };
        try (ContentWatcher watcher = ContentWatcher.start(dir, hostile, swapped::add)) {
            fixtures.replace("terms/alpha-term.md", "title: Alpha Term", "title: BOOM-STACK");
            waitForLoads(loads, 1);
            fixtures.replace("terms/alpha-term.md", "title: BOOM-STACK", "title: BOOM-RUNTIME");
            waitForLoads(loads, 2);
            fixtures.replace("terms/alpha-term.md", "title: BOOM-RUNTIME", "title: Alpha Term Healed");
            Site site = swapped.poll(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(site).as("the valid edit after two failed reloads").isNotNull();
            assertThat(site.entry("alpha-term").orElseThrow().title()).isEqualTo("Alpha Term Healed");
        }
    }

    private static void waitForLoads(java.util.concurrent.atomic.AtomicInteger loads, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (loads.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(loads.get()).isGreaterThanOrEqualTo(count);
    }
}
