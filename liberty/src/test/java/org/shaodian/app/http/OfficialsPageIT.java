package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officials' page (/briefings/) in headless Chromium from Debian, against the running server:
 * an official signs in, reads the town's headline figures (the same as the API's), downloads the
 * briefing as PDF and Excel and a past one from the archive; a wrong password is told in words.
 * Screenshots go to target/screenshots (docs/briefing keeps copies).
 */
class OfficialsPageIT {

  private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

  private static WebDriver browser;
  private static Path downloads;
  private static final Path SHOTS = Path.of("target", "screenshots");

  @BeforeAll
  static void openTheBrowser() throws IOException {
    downloads = Files.createTempDirectory("shaodian-downloads");
    Files.createDirectories(SHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1280,1500",
        "--lang=zh-CN");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ZERO);
  }

  @AfterAll
  static void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anOfficialReadsTheTownsFiguresAndDownloadsItsBriefings() throws Exception {
    // yesterday's briefings archived, as the morning run leaves them
    as(Api.ADMIN)
        .contentType("application/json")
        .body(Map.of("date", YESTERDAY.toString()))
        .post("/briefings/archive/runs")
        .then()
        .statusCode(200);

    browser.get(page());
    shoot("page-sign-in");
    signIn(Api.SHOUCHANG_OFFICIAL, Api.PASSWORD);
    WebElement title = await(By.id("title"));
    assertThat(title.getText()).contains("寿昌镇疫情防控每日简报");

    // the headline as the API has it
    JsonPath api =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/briefings/daily?region=" + Api.SHOUCHANG + "&format=json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String vehicles =
        browser
            .findElement(By.cssSelector("[data-figure=vehicles] .value"))
            .getText()
            .replace(",", "");
    assertThat(Long.parseLong(vehicles)).isEqualTo(api.getLong("headline.vehicles"));
    assertThat(browser.findElement(By.id("areas")).getText()).contains("西湖村");
    awaitText(By.id("archive"), YESTERDAY.toString());
    shoot("page-briefing");

    browser.findElement(By.id("pdf")).click();
    Path pdf = awaitDownload(".pdf");
    assertThat(pdf.getFileName().toString()).startsWith("寿昌镇每日简报-");
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
    browser.findElement(By.id("xlsx")).click();
    assertThat(awaitDownload(".xlsx").getFileName().toString()).endsWith(".xlsx");

    // a past briefing, exactly as it was sent
    clearDownloads();
    browser.findElement(By.cssSelector("#archive tbody tr:first-child button")).click();
    Path archived = awaitDownload(".pdf");
    assertThat(archived.getFileName().toString()).contains(YESTERDAY.toString());

    // another region of the jurisdiction: a village
    new Select(browser.findElement(By.id("region"))).selectByValue(Api.XIHU_VILLAGE);
    awaitText(By.id("title"), "西湖村");
    shoot("page-village");
  }

  @Test
  void aWrongPasswordIsToldInWords() {
    browser.get(page());
    signIn(Api.SHOUCHANG_OFFICIAL, "not-the-password");
    awaitText(By.id("sign-in-error"), "用户名或密码不正确");
    assertThat(browser.findElement(By.id("briefing")).isDisplayed()).isFalse();
  }

  private static String page() {
    return System.getProperty("shaodian.url", "http://localhost:9181") + "/briefings/";
  }

  private static void signIn(String user, String password) {
    browser.findElement(By.id("user")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
  }

  private static WebElement await(By what) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d ->
                d.findElements(what).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
  }

  private static void awaitText(By what, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> d.findElements(what).stream().anyMatch(e -> e.getText().contains(text)));
  }

  /** The file the browser has finished saving with that extension. */
  private static Path awaitDownload(String extension) {
    return new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            d -> {
              try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done =
                    files.filter(f -> f.getFileName().toString().endsWith(extension)).toList();
                return done.isEmpty() ? null : done.get(0);
              } catch (IOException e) {
                return null;
              }
            });
  }

  private static void clearDownloads() throws IOException {
    try (Stream<Path> files = Files.list(downloads)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
  }

  private static void shoot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }
}
