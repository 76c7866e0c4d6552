package com.leverageglossary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.Fixtures;
import com.leverageglossary.testing.RunningSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service worker in Chromium: pages read once come back offline, and a page never read shows the offline page
 * listing the saved entries. A browser of its own, so no other test's worker or caches are involved.
 */
class OfflineIT {
    @TempDir
    static Path dir;
    static RunningSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.serve(Fixtures.copyOfValidWithWebEntries(dir.resolve("content")).load());
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @Test
    void visitedPagesReloadOfflineAndUnvisitedOnesShowTheOfflinePage() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(site.baseUrl() + "/");
        wait.until(driver -> Boolean.TRUE.equals(browser.executeScript("return !!navigator.serviceWorker.controller;")));
        browser.get(site.baseUrl() + "/term/alpha-term/");
        wait.until(driver -> Boolean.TRUE.equals(browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1]; caches.match('/term/alpha-term/').then(function (r) { done(!!r); });")));

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.setNetworkConditions(offline);
        // DevTools' emulation covers the page's own requests but not the service worker's fetches, which Chromium
        // runs in another target; stopping the server takes the network away from the worker as well.
        site.close();
        try {
            browser.navigate().refresh();
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Alpha Term");

            browser.get(site.baseUrl() + "/definition/beta-definition/");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You are offline");
            wait.until(driver -> browser.findElement(By.cssSelector("[data-offline-entries]")).isDisplayed());
            assertThat(browser.findElements(By.cssSelector("[data-offline-entries] li a")))
                    .extracting(link -> link.getAttribute("pathname")).contains("/term/alpha-term/");

            Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
            for (int width : new int[] {390, 1280}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                Files.write(screenshots.resolve("offline-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            }
        } finally {
            browser.deleteNetworkConditions();
        }
    }
}
