package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.App;
import com.leverageglossary.content.Site;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The home page's newcomer path names entries of the shipped content: the page leaves out any it cannot find. */
class StartHerePathTest {
    @Test
    void everyStepOfTheStartHerePathIsAnEntryOfTheRealContent() throws Exception {
        Site site = App.load(Path.of("content"));
        assertThat(HomeRoutes.START_HERE).allSatisfy(slug -> assertThat(site.entry(slug)).as(slug).isPresent());
    }
}
