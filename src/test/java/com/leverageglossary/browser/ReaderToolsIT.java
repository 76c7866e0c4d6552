package com.leverageglossary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.RunningSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Link previews, heading links, "On this page" and the citation block in Chromium, on the fixture content. */
class ReaderToolsIT {
    static RunningSite site;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        site = RunningSite.webFixture();
        browser = Browser.shared();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private WebElement betaLink() {
        browser.get(site.baseUrl() + "/term/alpha-term/");
        return browser.findElement(By.cssSelector(".prose a[href='/definition/beta-definition/']"));
    }

    @Test
    void hoveringAnEntryLinkShowsItsPreviewDescribingTheLinkAndEscHidesIt() {
        WebElement link = betaLink();
        new Actions(browser).moveToElement(link).perform();
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-preview")));
        // Title and summary of src/test/resources/fixtures/valid/definitions/beta-definition.md.
        assertThat(card.getText()).isEqualToIgnoringCase("Definition\nBeta Definition\nThe beta definition is a fixture that links back to alpha.");
        assertThat(card.getAttribute("role")).isEqualTo("tooltip");
        assertThat(card.getAccessibleName()).contains("Beta Definition");
        assertThat(link.getAttribute("aria-describedby")).isEqualTo("entry-preview");
        // The card sits below or above the link, never over it.
        var linkBox = link.getRect();
        var cardBox = card.getRect();
        assertThat(cardBox.getY() >= linkBox.getY() + linkBox.getHeight() || cardBox.getY() + cardBox.getHeight() <= linkBox.getY()).isTrue();

        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("entry-preview")));
        assertThat(link.getAttribute("aria-describedby")).isNull();
    }

    @Test
    void keyboardFocusShowsThePreviewAndTheLinkStillFollows() {
        WebElement link = betaLink();
        WebElement before = browser.findElement(By.cssSelector(".meta a"));
        browser.executeScript("arguments[0].focus();", before);
        // Tab through to the link, as a keyboard user would, from the area links in the header.
        for (int i = 0; i < 10 && !link.equals(browser.switchTo().activeElement()); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement()).isEqualTo(link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-preview")));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.urlToBe(site.baseUrl() + "/definition/beta-definition/"));
    }

    @Test
    void headingLinkGoesToItsSectionAndCopiesItsAddress() {
        browser.get(site.baseUrl() + "/term/alpha-term/");
        browser.executeScript("window.copied = null; navigator.clipboard.writeText = function (text) { window.copied = text; return Promise.resolve(); };");
        WebElement heading = browser.findElement(By.id("how-it-works"));
        new Actions(browser).moveToElement(heading).perform();
        WebElement link = heading.findElement(By.xpath("following-sibling::a[@class='heading-link']"));
        wait.until(ExpectedConditions.visibilityOf(link)).click();
        wait.until(driver -> ((ChromeDriver) driver).executeScript("return window.copied;") != null);
        assertThat(browser.executeScript("return window.copied;")).isEqualTo(site.baseUrl() + "/term/alpha-term/#how-it-works");
        assertThat(browser.getCurrentUrl()).isEqualTo(site.baseUrl() + "/term/alpha-term/#how-it-works");
        assertThat(browser.findElement(By.id("page-status")).getAttribute("textContent")).isEqualTo("Link to this section copied.");
    }

    @Test
    void onThisPageIsOpenBesideTheTextAndItsHighlightFollowsScrolling() {
        browser.manage().window().setSize(new Dimension(1280, 500));
        try {
            browser.get(site.baseUrl() + "/term/alpha-term/");
            WebElement details = browser.findElement(By.cssSelector("nav[aria-label='On this page'] details"));
            assertThat(details.getAttribute("open")).isNotNull();
            assertThat(current()).isEqualTo("How it works");
            browser.executeScript("document.getElementById('related-heading').scrollIntoView();");
            wait.until(driver -> "Related entries".equals(current()));
            browser.executeScript("window.scrollTo(0, 0);");
            wait.until(driver -> "How it works".equals(current()));
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private String current() {
        return (String) browser.executeScript("var a = document.querySelector(\"nav[aria-label='On this page'] a[aria-current]\"); return a && a.textContent;");
    }

    @Test
    void onPhonesOnThisPageIsCollapsedAtTheTop() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(site.baseUrl() + "/term/alpha-term/");
            WebElement nav = browser.findElement(By.cssSelector("nav[aria-label='On this page']"));
            assertThat(nav.findElement(By.tagName("details")).getAttribute("open")).isNull();
            assertThat(nav.getRect().getY()).isLessThan(browser.findElement(By.cssSelector(".prose")).getRect().getY());
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void citationGetsTodaysAccessDateAndCopyButtons() {
        browser.get(site.baseUrl() + "/term/alpha-term/");
        String apa = browser.findElement(By.id("cite-apa")).getText();
        assertThat(apa).matches("Leverage Glossary\\. \\(2026, November 22\\)\\. Alpha Term\\. Retrieved [A-Z][a-z]+ \\d{1,2}, \\d{4}, from "
                + java.util.regex.Pattern.quote(site.baseUrl() + "/term/alpha-term/"));
        assertThat(browser.findElement(By.id("cite-bibtex")).getText()).contains("  urldate = {" + java.time.LocalDate.now() + "},\n}");
        assertThat(browser.findElements(By.cssSelector(".cite button[data-copy]"))).allSatisfy(button -> assertThat(button.isDisplayed()).isTrue());
    }

    /** For people to look at: a term with a preview open and the citation block, at phone and desktop widths. */
    @Test
    void screenshotsOfAnOpenPreviewAndTheCitationAreWritten() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        for (int width : new int[] {390, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            WebElement link = betaLink();
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
            new Actions(browser).moveToElement(link).perform();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-preview")));
            Files.write(dir.resolve("preview-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            browser.executeScript("document.getElementById('cite-heading').scrollIntoView();");
            new Actions(browser).sendKeys(Keys.ESCAPE).perform();
            Files.write(dir.resolve("citation-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertThat(dir.resolve("preview-390.png")).exists();
    }
}
