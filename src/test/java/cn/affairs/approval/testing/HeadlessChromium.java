package cn.affairs.approval.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The browser of the browser tests: Debian's headless Chromium and ChromeDriver as installed
 * (nothing is downloaded), Chinese, a profile of its own, the browser console kept for the tests to
 * read.
 */
public final class HeadlessChromium {

  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  /** Where the tests put their screenshots. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private HeadlessChromium() {}

  /** Starts the browser on {@code profile} with a window of {@code windowSize} ("1366,900"). */
  public static ChromeDriver start(Path profile, String windowSize) throws IOException {
    assertThat(new File(CHROMIUM).canExecute())
        .as("Chromium is needed: apt-get install -y chromium chromium-driver")
        .isTrue();
    assertThat(new File(CHROMEDRIVER).canExecute())
        .as("chromedriver is needed: apt-get install -y chromium-driver")
        .isTrue();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=zh-CN",
        "--window-size=" + windowSize,
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
    return browser;
  }

  /** Quits the browser (if it started) and removes the given folders (its profile, downloads). */
  public static void stop(ChromeDriver browser, Path... folders) throws IOException {
    if (browser != null) {
      browser.quit();
    }
    for (Path folder : folders) {
      if (folder != null) {
        try (Stream<Path> files = Files.walk(folder)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }
}
