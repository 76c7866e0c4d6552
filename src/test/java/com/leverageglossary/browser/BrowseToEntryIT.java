package com.leverageglossary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.Fixtures;
import com.leverageglossary.testing.RunningSite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class BrowseToEntryIT {
    @TempDir
    static Path dir;
    static RunningSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.serve(Fixtures.copyOfValid(dir).load());
        browser = Browser.shared();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void homePageLeadsToAnEntryWithItsTitleAndBreadcrumbAndNoConsoleErrors() {
        browser.get(site.baseUrl() + "/");
        assertThat(browser.getTitle()).startsWith("Leverage Glossary");

        browser.findElement(By.linkText("Alpha Term")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(site.baseUrl() + "/term/alpha-term/"));

        assertThat(browser.getTitle()).isEqualTo("Alpha Term — Leverage Glossary");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Alpha Term");
        List<String> crumbs = browser.findElements(By.cssSelector("nav.breadcrumb li")).stream().map(WebElement::getText).toList();
        assertThat(crumbs).containsExactly("Home", "Test Area", "Alpha Term");
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }
}
