package com.leverageglossary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.testing.RunningSite;
import java.time.Duration;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The calculator widget in an entry recomputes as the user types, without a page load, and its share URL reproduces the result. */
class LiveCalculatorIT {
    static RunningSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        site = RunningSite.webFixture();
        browser = Browser.shared();
    }


    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void typingInAnEmbeddedCalculatorUpdatesResultAndShareLinkWithoutReloading() {
        browser.manage().logs().get(LogType.BROWSER); // reading the log empties it: start clean
        browser.get(site.baseUrl() + "/definition/liquidation-price/");
        WebElement widget = browser.findElement(By.cssSelector(".prose section.calculator[data-calculator=liquidation-price]"));
        By liquidation = By.cssSelector("[data-output=liquidation_price] .value");
        assertThat(widget.findElement(liquidation).getText()).isEqualTo("54,271.36");
        browser.executeScript("window.__sameDocument = true;");

        WebElement leverage = widget.findElement(By.name("leverage"));
        leverage.sendKeys(Keys.chord(Keys.CONTROL, "a"), "20");

        // Binance-style linear long, 0.5 BTC at 60,000, 20x, MMR 0.5 %: LP = (1,500 − 30,000) / (0.0025 − 0.5) = 57,286.43.
        waiting().until(ExpectedConditions.textToBe(By.cssSelector(".prose [data-output=liquidation_price] .value"), "57,286.43"));
        assertThat(browser.executeScript("return window.__sameDocument === true;")).isEqualTo(true);
        String share = widget.findElement(By.cssSelector("[data-share]")).getAttribute("href");
        assertThat(share).contains("/calculators/liquidation-price/?").contains("leverage=20");
        assertThat(browser.findElement(By.cssSelector("[data-status]")).getText()).contains("57,286.43");

        browser.get(share);
        assertThat(browser.findElement(liquidation).getText()).isEqualTo("57,286.43");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())).as("console errors").isEmpty();
    }

    @Test
    void choosingAnInverseContractShowsCoinUnitsToTheSatoshi() {
        browser.get(site.baseUrl() + "/calculators/liquidation-price/");
        By initialMarginUnit = By.cssSelector("[data-output=initial_margin] .unit");
        By maintenance = By.cssSelector("[data-output=maintenance_margin_at_liquidation] .value");
        assertThat(browser.findElement(initialMarginUnit).getText()).isEqualTo("quote currency");
        assertThat(browser.findElement(By.cssSelector("label[for=calc-margin] .unit")).getText()).isEqualTo("(quote currency)");

        // 60,000 USD of contracts at 60,000, 10x: 0.1 BTC of margin and 0.00547264 BTC of maintenance at liquidation.
        browser.findElement(By.name("quantity")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "60000");
        new Select(browser.findElement(By.name("contract"))).selectByValue("inverse");

        waiting().until(ExpectedConditions.textToBe(maintenance, "0.00547264"));
        assertThat(browser.findElement(initialMarginUnit).getText()).isEqualTo("coin");
        assertThat(browser.findElement(By.cssSelector("[data-output=initial_margin] .value")).getText()).isEqualTo("0.10");
        assertThat(browser.findElement(By.cssSelector("label[for=calc-margin] .unit")).getText()).isEqualTo("(coin)");
        assertThat(browser.findElement(By.cssSelector("label[for=calc-quantity] .unit")).getText()).isEqualTo("(USD)");

        new Select(browser.findElement(By.name("contract"))).selectByValue("linear");
        waiting().until(ExpectedConditions.textToBe(initialMarginUnit, "quote currency"));
        waiting().until(ExpectedConditions.textMatches(maintenance, Pattern.compile("^[0-9,]+\\.[0-9]{2}$")));
        assertThat(browser.findElement(By.cssSelector("label[for=calc-margin] .unit")).getText()).isEqualTo("(quote currency)");
    }

    /** Issue 15: the CSV link and the embed code follow the inputs, and an opened chart data table stays open. */
    @Test
    void theCsvLinkEmbedCodeAndChartDataFollowTheInputs() {
        browser.get(site.baseUrl() + "/calculators/liquidation-price/");
        WebElement data = browser.findElement(By.cssSelector(".chart-figure details.chart-data summary"));
        data.click();
        browser.findElement(By.name("leverage")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "20");
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-output=liquidation_price] .value"), "57,286.43"));

        String csv = browser.findElement(By.cssSelector("a[data-csv]")).getAttribute("href");
        assertThat(csv).startsWith(site.baseUrl() + "/api/calculators/liquidation-price.csv?").contains("leverage=20");
        assertThat(browser.findElement(By.cssSelector("[data-embed-code]")).getAttribute("value"))
                .contains("src=\"" + site.baseUrl() + "/embed/calculators/liquidation-price/?").contains("&amp;leverage=20");
        assertThat(browser.findElement(By.cssSelector(".chart-figure details.chart-data")).getAttribute("open")).isNotNull();
        // The table shows the new numbers: the marked liquidation price is 57,286.43 at 20x.
        assertThat(browser.findElement(By.cssSelector(".chart-figure details.chart-data")).getText()).contains("57,286.43");

        browser.findElement(By.name("leverage")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "ten");
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("a[data-csv]")));
    }

    @Test
    void tiersAndCrossMarginRecomputeLiveWithTheBracketAndFieldErrors() {
        browser.get(site.baseUrl() + "/calculators/liquidation-price/");
        By liquidation = By.cssSelector("[data-output=liquidation_price] .value");
        By bracket = By.cssSelector("[data-output=bracket] .value");
        assertThat(browser.findElement(bracket).getText()).isEqualTo("—");

        // 4.5 BTC at 60,000 with 10x under 50000:0.4,250000:0.5,1000000:1: liquidated in bracket 2 at
        // (27,000 + 50 − 270,000) ÷ (4.5 × 0.005 − 4.5) = 54,260.19.
        browser.findElement(By.name("quantity")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "4.5");
        browser.findElement(By.name("tiers")).sendKeys("50000:0.4,250000:0.5,1000000:1");
        waiting().until(ExpectedConditions.textToBe(bracket, "2"));
        assertThat(browser.findElement(liquidation).getText()).isEqualTo("54,260.19");
        assertThat(browser.findElement(By.cssSelector("[data-output=bracket_amount] .value")).getText()).isEqualTo("50.00");

        new Select(browser.findElement(By.name("margin_mode"))).selectByValue("cross");
        By walletError = By.cssSelector("[data-error-for=wallet_balance]");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(walletError, "required in cross margin mode"));

        // A 30,000 wallet with no other positions backs it like 30,000 of isolated margin (Binance: TMM = UPNL = 0):
        // (30,000 + 50 − 270,000) ÷ (4.5 × 0.005 − 4.5) = 53,590.17, still in bracket 2.
        browser.findElement(By.name("wallet_balance")).sendKeys("30000");
        waiting().until(ExpectedConditions.textToBe(liquidation, "53,590.17"));
        assertThat(browser.findElement(walletError).getText()).isEmpty();
        assertThat(browser.getCurrentUrl()).contains("margin_mode=cross").contains("wallet_balance=30000");
    }

    @Test
    void badInputShowsTheErrorBesideTheFieldAndMarksItInvalid() {
        browser.get(site.baseUrl() + "/calculators/leverage-loop/");
        WebElement ltv = browser.findElement(By.name("ltv_pct"));
        ltv.sendKeys(Keys.chord(Keys.CONTROL, "a"), "85");
        By error = By.cssSelector("[data-error-for=ltv_pct]");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(error, "below the liquidation threshold"));
        assertThat(ltv.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector("[data-status]")).getText()).contains("1 field needs attention");

        ltv.sendKeys(Keys.chord(Keys.CONTROL, "a"), "60");
        waiting().until(ExpectedConditions.textToBe(error, ""));
        assertThat(browser.getCurrentUrl()).contains("ltv_pct=60");
    }

    /**
     * A strategy's legs are form rows: editing one recomputes the outputs and the stress table through the API, and a
     * malformed leg is announced on the legs field with its number. Bull call spread 60,000/66,000: its maximum
     * profit is the 6,000 width less the premium, so widening to 70,000 raises it by 4,000 less the premium change.
     */
    @Test
    void editingAStrategyLegRecomputesOutputsAndTheStressTable() {
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(site.baseUrl() + "/calculators/options-strategy/?spot=60000&legs=long:call:1:60000:30:60,short:call:1:66000:30:55&collateral=100");
        By maxProfit = By.cssSelector("[data-output=max_profit] .value");
        By firstCell = By.cssSelector("[data-grid=stress] tbody tr:first-child td");
        String before = browser.findElement(maxProfit).getText();

        WebElement strike = browser.findElement(By.name("legs_2_strike"));
        strike.sendKeys(Keys.chord(Keys.CONTROL, "a"), "70000");
        waiting().until(ExpectedConditions.not(ExpectedConditions.textToBe(maxProfit, before)));

        assertThat(browser.getCurrentUrl()).contains("legs_2_strike=70000");
        assertThat(browser.findElements(By.cssSelector("[data-grid=stress] tbody tr"))).hasSize(11);
        assertThat(browser.findElement(firstCell).getText()).contains("liquidated");
        assertThat(browser.findElement(By.cssSelector("[data-grid=stress] tbody tr:first-child th")).getAttribute("scope")).isEqualTo("row");
        assertThat(browser.getCurrentUrl()).doesNotContain("legs_3_side");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())).as("console errors").isEmpty();

        strike.sendKeys(Keys.chord(Keys.CONTROL, "a"), "x");
        By error = By.cssSelector("[data-error-for=legs]");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(error, "leg 2 strike must be a number"));
        assertThat(browser.findElement(error).getText()).startsWith("Legs leg 2");
        assertThat(browser.findElement(By.cssSelector("[data-status]")).getText()).contains("1 field needs attention");
    }
}
