package com.leverageglossary.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium driven by Debian's chromedriver; Selenium Manager never downloads anything. */
final class Browser {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    private static ChromeDriver shared;

    /** One headless browser for all browser tests; it quits when the test JVM exits. */
    static synchronized ChromeDriver shared() {
        if (shared == null) {
            shared = start(1280, 900);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::quit));
        }
        shared.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        return shared;
    }

    static ChromeDriver start(int width, int height) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--user-data-dir=" + freshProfile());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return new ChromeDriver(service, options);
    }

    private static String freshProfile() {
        try {
            File dir = Files.createTempDirectory("chromium-profile").toFile();
            dir.deleteOnExit();
            return dir.getAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
