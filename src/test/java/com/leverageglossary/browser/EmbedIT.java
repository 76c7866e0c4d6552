package com.leverageglossary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.RunningSite;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15: another site (a page served from another origin, on its own port) frames an embed, which works and
 * recalculates inside the frame, while the same site's calculator page refuses to be framed. Screenshots of the
 * host page at 390 and 1280 px go to target/screenshots.
 */
class EmbedIT {
    private static final String INPUTS = "entry_price=60000&quantity=0.5&leverage=10";
    static RunningSite site;
    static ChromeDriver browser;
    static HttpServer otherSite;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.webFixture();
        browser = Browser.shared();
        String host = """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Another site</title><style>body{font-family:Georgia,serif;margin:0;padding:12px;background:#fffbe6}</style></head>
                <body><h1>Another site's post</h1><p>A calculator from the glossary:</p>
                <iframe id="embed" src="%s/embed/calculators/liquidation-price/?%s" title="Liquidation price calculator" width="100%%" height="1700" style="border:0;max-width:52rem"></iframe>
                <p>The glossary's own page, which refuses to be framed:</p>
                <iframe id="page" src="%s/calculators/liquidation-price/" title="Calculator page" width="100%%" height="120"></iframe>
                </body></html>
                """.formatted(site.baseUrl(), INPUTS.replace("&", "&amp;"), site.baseUrl());
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/", exchange -> {
            byte[] body = host.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        otherSite.start();
    }

    @AfterAll
    static void stop() {
        // The refused frame is logged as a console error on purpose; reading the shared browser's log empties it,
        // so the next test that checks for console errors starts clean.
        browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
        browser.switchTo().defaultContent();
        browser.manage().window().setSize(new Dimension(1280, 900));
        otherSite.stop(0);
    }

    private static String otherSiteUrl() {
        return "http://127.0.0.1:" + otherSite.getAddress().getPort() + "/";
    }

    @Test
    void anotherSiteFramesTheEmbedWhichRecalculatesInsideTheFrame() {
        browser.get(otherSiteUrl());
        browser.switchTo().frame("embed");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        By liquidation = By.cssSelector("[data-output=liquidation_price] .value");
        // Binance-style linear long, 0.5 BTC at 60,000, 10x, MMR 0.5 % (CalculatorRoutesTest): 54,271.36.
        wait.until(ExpectedConditions.textToBe(liquidation, "54,271.36"));

        WebElement leverage = browser.findElement(By.name("leverage"));
        leverage.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20");
        // The same at 20x (LiveCalculatorIT): 57,286.43.
        wait.until(ExpectedConditions.textToBe(liquidation, "57,286.43"));
        // The links back to the full calculator and to the CSV carry the new inputs (the form's, defaults included).
        assertThat(browser.findElements(By.cssSelector("a[data-share]"))).hasSize(2).allSatisfy(back -> {
            assertThat(back.getAttribute("href")).startsWith(site.baseUrl() + "/calculators/liquidation-price/?").contains("&leverage=20&");
            assertThat(back.getAttribute("target")).isEqualTo("_blank");
        });
        assertThat(browser.findElement(By.cssSelector("a[data-csv]")).getAttribute("href"))
                .startsWith(site.baseUrl() + "/api/calculators/liquidation-price.csv?").contains("&leverage=20&");
        browser.switchTo().defaultContent();
    }

    @Test
    void theCalculatorPageItselfCannotBeFramed() {
        browser.get(otherSiteUrl());
        browser.switchTo().frame("page");
        // Chromium shows its own error document in place of a page whose CSP forbids the frame.
        assertThat(browser.findElements(By.cssSelector("form.calc-form"))).isEmpty();
        assertThat((String) browser.executeScript("return location.href")).doesNotStartWith(site.baseUrl());
        browser.switchTo().defaultContent();
    }

    @Test
    void screenshotsOfTheFramedEmbedAreWritten() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        for (int width : new int[] {390, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 2000));
            browser.get(otherSiteUrl());
            browser.switchTo().frame("embed");
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBe(By.cssSelector("[data-output=liquidation_price] .value"), "54,271.36"));
            long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("the embed scrolls sideways at " + width + " px").isLessThanOrEqualTo(0);
            browser.switchTo().defaultContent();
            Files.write(dir.resolve("embed-framed-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        assertThat(dir.resolve("embed-framed-390.png")).exists();
    }
}
