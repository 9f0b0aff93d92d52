package org.shaodian.app.http;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian (/usr/bin/chromium, /usr/bin/chromedriver) on a page of the web
 * console of the running server, for the browser tests (OfficialsPageIT, CheckpointTabletIT): a
 * fresh profile each time (no cookies, no IndexedDB, no service worker from before), Chinese first,
 * screenshots to target/screenshots (docs/ keeps copies).
 */
final class ConsoleBrowser implements AutoCloseable {

  static final Path SHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;

  /** A browser with a window of that size, saving downloads to {@code downloads} (or nowhere). */
  ConsoleBrowser(int width, int height, Path downloads) throws IOException {
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=" + width + "," + height,
        "--lang=zh-CN");
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "download.default_directory",
              downloads.toString(),
              "download.prompt_for_download",
              false));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
  }

  /** The address of a page of the server under test ({@code /briefings/}, …). */
  static String page(String path) {
    return System.getProperty("shaodian.url", "http://localhost:9181") + path;
  }

  /** Signs in through the page's sign-in form (the console's pages share its ids). */
  void signIn(String user, String password) {
    await(By.id("user")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
  }

  /** The first element that matches and is shown, once there is one (30 s at most). */
  WebElement await(By what) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                d.findElements(what).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
  }

  /** Waits until an element that matches shows the text (30 s at most). */
  void awaitText(By what, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElements(what).stream().anyMatch(e -> e.getText().contains(text)));
  }

  /**
   * What axe-core (Deque's engine, run in the page) finds against WCAG 2.0 and 2.1, levels A and
   * AA, on the page as it is shown now: one line per element in breach — none is the aim.
   */
  List<String> accessibilityBreaches() {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    if (results.getErrorMessage() != null || results.getPasses().isEmpty()) {
      // nothing checked is not nothing found
      throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
    }
    return results.getViolations().stream()
        .flatMap(
            rule ->
                rule.getNodes().stream()
                    .map(
                        node ->
                            rule.getId()
                                + " ("
                                + rule.getImpact()
                                + "): "
                                + rule.getHelp()
                                + " at "
                                + node.getTarget()
                                + ": "
                                + node.getFailureSummary()))
        .toList();
  }

  /**
   * Nothing, when the page fits the window's width (it never scrolls sideways, as a phone's page
   * should not); otherwise the innermost elements that stick out past its right edge, to say why.
   */
  @SuppressWarnings("unchecked")
  List<String> beyondTheRightEdge() {
    return (List<String>)
        driver.executeScript(
            """
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            const out = (e) => e.getBoundingClientRect().right > width + 0.5;
            const clipped = (e) => {
              for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== "visible") return true;
              }
              return false;
            };
            return Array.from(document.body.querySelectorAll("*"))
              .filter((e) => out(e) && !clipped(e) && !Array.from(e.children).some(out))
              .map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "")
                + (typeof e.className === "string" && e.className.trim()
                  ? "." + e.className.trim().split(/\\s+/).join(".") : "")
                + " (right edge " + Math.round(e.getBoundingClientRect().right) + " of "
                + width + ", parent " + Math.round(e.parentElement.getBoundingClientRect().width)
                + " wide)")
              .slice(0, 12);
            """);
  }

  /** Saves a screenshot of the window as target/screenshots/{name}.png. */
  void shoot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
