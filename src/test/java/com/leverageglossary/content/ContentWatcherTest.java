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
}
