package com.leverageglossary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.RunningSite;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The header search box as a combobox: suggestions as you type, chosen with the keyboard. */
class SearchBoxIT {
    static RunningSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.webFixture();
        browser = Browser.shared();
    }


    @Test
    void typingShowsSuggestionsAndArrowEnterOpensTheChosenEntry() {
        browser.get(site.baseUrl() + "/glossary/");
        browser.findElement(By.tagName("body")).sendKeys("/");
        WebElement input = browser.switchTo().activeElement();
        assertThat(input.getAttribute("id")).isEqualTo("site-search");
        assertThat(input.getAttribute("role")).isEqualTo("combobox");

        input.sendKeys("helth fac");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.attributeToBe(input, "aria-expanded", "true"));
        WebElement first = browser.findElement(By.cssSelector("#site-search-listbox [role=option]"));
        assertThat(first.getText()).startsWith("Health Factor");

        input.sendKeys(Keys.ARROW_DOWN);
        assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
        assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
        input.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(site.baseUrl() + "/definition/health-factor/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Health Factor");
    }

    @Test
    void escapeClosesTheListAndEnterWithoutAChoiceSubmitsTheSearch() {
        browser.get(site.baseUrl() + "/");
        WebElement input = browser.findElement(By.id("site-search"));
        input.sendKeys("margin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.attributeToBe(input, "aria-expanded", "true"));
        input.sendKeys(Keys.ESCAPE);
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
        input.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search?q=margin"));
        assertThat(browser.findElements(By.cssSelector(".results-list li"))).isNotEmpty();
    }
}
