package com.leverageglossary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.RunningSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core on every page type in light and dark mode, no horizontal scrolling from 360 px, and
 * screenshots of each page type at 390 and 1280 px under target/screenshots for people to look at.
 */
class AccessibilityIT {
    /** Installed by .ci/run from npm (axe-core); not committed. */
    static final Path AXE = Path.of(".tools/node_modules/axe-core/axe.min.js");
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home", "/");
        PAGES.put("term", "/term/leverage-loops/");
        PAGES.put("definition", "/definition/liquidation-price/");
        PAGES.put("area", "/area/leverage-ratio-amplification/");
        PAGES.put("area-page-2", "/area/leverage-ratio-amplification/resource/2/");
        PAGES.put("glossary", "/glossary/");
        PAGES.put("search", "/search?q=liquidation");
        PAGES.put("calculator", "/calculators/leverage-loop/");
        PAGES.put("calculators", "/calculators/");
        PAGES.put("option-strategy", "/calculators/options-strategy/?spot=60000&legs=long:put:1:50000:30:70,short:put:1:55000:30:63,"
                + "short:call:1:65000:30:56,long:call:1:70000:30:58&collateral=3000");
        PAGES.put("not-found", "/term/leverge-loops/");
        PAGES.put("offline", "/offline/");
        PAGES.put("embed", "/embed/calculators/liquidation-price/");
    }

    static RunningSite site;
    static ChromeDriver browser;
    static String axe;

    @BeforeAll
    static void start() throws Exception {
        assertThat(AXE).as("axe.min.js is installed by .ci/run (npm install --prefix .tools axe-core)").exists();
        axe = Files.readString(AXE);
        site = RunningSite.realContent();
        browser = Browser.shared();
    }


    @Test
    void everyPageTypeHasNoAxeViolationsInLightAndDarkMode() {
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (var page : PAGES.entrySet()) {
                browser.get(site.baseUrl() + page.getValue());
                browser.executeScript(axe);
                Object result = browser.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map("
                                + "v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))));");
                for (Object violation : (List<?>) result) {
                    violations.add(scheme + " " + page.getKey() + ": " + violation);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void noPageScrollsSidewaysFrom360PixelsAndScreenshotsAreWritten() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
        List<String> overflowing = new ArrayList<>();
        for (int width : new int[] {360, 390, 1280}) {
            for (var page : PAGES.entrySet()) {
                browser.manage().window().setSize(new Dimension(width, 900));
                browser.get(site.baseUrl() + page.getValue());
                // One script reads both widths: a page that grows after load (the offline page lists the saved
                // entries asynchronously) can gain a scrollbar between two separate reads.
                List<?> widths = (List<?>) browser.executeScript("const root = document.documentElement;"
                        + "return [root.scrollWidth, root.clientWidth];");
                long scrollWidth = (Long) widths.get(0);
                long clientWidth = (Long) widths.get(1);
                if (scrollWidth > clientWidth) {
                    overflowing.add(page.getKey() + " at " + width + " px: " + scrollWidth + " > " + clientWidth);
                }
                if (width != 360) {
                    long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
                    browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 6000)));
                    Files.write(dir.resolve(page.getKey() + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                }
            }
        }
        assertThat(overflowing).isEmpty();
        assertThat(dir.resolve("definition-390.png")).exists();
    }
}
