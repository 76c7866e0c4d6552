package com.leverageglossary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.App;
import com.leverageglossary.calculators.Calculator;
import com.leverageglossary.testing.RunningSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 15, section 7: every calculator's default chart is legible on a phone. At 360, 390 and 1280 px every text of
 * the chart shown renders at 12 px or more (its font size times the drawing's scale on screen), lies inside the
 * drawing, and overlaps no other text. Screenshots of the liquidation chart at each width go to target/screenshots.
 */
class ChartLegibilityIT {
    private static final double MIN_TEXT_PX = 12;
    /**
     * Problems with the charts shown: the text's size as rendered, texts outside their drawing and texts that overlap
     * (by more than half a pixel, which anti-aliasing can give two neighbours).
     */
    private static final String MEASURE = """
            const problems = [];
            let shown = 0;
            document.querySelectorAll('svg.chart').forEach(svg => {
              const box = svg.getBoundingClientRect();
              if (box.width === 0) return;
              shown++;
              const name = svg.querySelector('title').textContent + ' (' + svg.getAttribute('class') + ')';
              const texts = [...svg.querySelectorAll('text')];
              const rects = texts.map(t => t.getBoundingClientRect());
              texts.forEach((text, i) => {
                const m = text.getScreenCTM();
                const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b);
                if (px < arguments[0]) problems.push(name + ': "' + text.textContent + '" renders at ' + px.toFixed(1) + ' px');
                const r = rects[i];
                if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
                  problems.push(name + ': "' + text.textContent + '" leaves the drawing');
                }
                for (let j = 0; j < i; j++) {
                  const o = rects[j];
                  const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
                  const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
                  if (w > 0.5 && h > 0.5) problems.push(name + ': "' + text.textContent + '" overlaps "' + texts[j].textContent + '"');
                }
              });
            });
            return [shown, problems];
            """;

    static RunningSite site;
    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        site = RunningSite.webFixture();
        browser = Browser.shared();
    }

    @Test
    void everyCalculatorsChartTextIsAtLeast12PixelsAndNothingCollidesFrom360PixelsUp() throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        List<String> problems = new ArrayList<>();
        int charts = 0;
        try {
            for (int width : new int[] {360, 390, 1280}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                for (Calculator calculator : App.CALCULATORS.all()) {
                    browser.get(site.baseUrl() + "/calculators/" + calculator.id() + "/");
                    List<?> measured = (List<?>) browser.executeScript(MEASURE, MIN_TEXT_PX);
                    charts += ((Number) measured.get(0)).intValue();
                    ((List<?>) measured.get(1)).forEach(problem -> problems.add(width + " px, " + calculator.id() + ": " + problem));
                    if (calculator.id().equals("liquidation-price")) {
                        WebElement chart = browser.findElement(By.cssSelector(".calc-chart"));
                        browser.executeScript("arguments[0].scrollIntoView()", chart);
                        Files.write(screenshots.resolve("liquidation-chart-" + width + ".png"), chart.getScreenshotAs(OutputType.BYTES));
                    }
                }
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        assertThat(problems).isEmpty();
        // Each chart the examples draw (option leverage draws two), once per width.
        assertThat(charts).isEqualTo(3 * chartsPerWidth());
    }

    /** How many charts the calculators' examples draw. */
    private static int chartsPerWidth() {
        int count = 0;
        for (Calculator calculator : App.CALCULATORS.all()) {
            var values = new java.util.LinkedHashMap<String, List<String>>();
            calculator.inputs().stream().filter(i -> !i.example().isEmpty()).forEach(i -> values.put(i.name(), List.of(i.example())));
            count += (int) calculator.evaluate(values).result().charts().stream().filter(c -> !c.empty()).count();
        }
        return count;
    }
}
