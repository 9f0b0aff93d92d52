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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officials' page (/briefings/) in headless Chromium from Debian, against the running server:
 * an official signs in, reads the town's headline figures (the same as the API's), downloads the
 * briefing as PDF and Excel and a past one from the archive; a wrong password is told in words.
 * Screenshots go to target/screenshots (docs/briefing keeps copies); the browser: ConsoleBrowser.
 */
class OfficialsPageIT {

  private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

  private static ConsoleBrowser chromium;
  private static WebDriver browser;
  private static Path downloads;

  @BeforeAll
  static void openTheBrowser() throws IOException {
    downloads = Files.createTempDirectory("shaodian-downloads");
    chromium = new ConsoleBrowser(1280, 1500, downloads);
    browser = chromium.driver;
  }

  @AfterAll
  static void closeTheBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** Each test starts signed out, whatever the one before left. */
  @BeforeEach
  void signedOut() {
    browser.get(page());
    browser.manage().deleteAllCookies();
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
    // the 7-day trends: two charts drawn (uPlot, from the WAR), and their figures as a table
    await(By.cssSelector("#chart-checkpoints canvas"));
    await(By.cssSelector("#chart-grids canvas"));
    List<WebElement> days = browser.findElements(By.cssSelector("#trend-table tbody tr"));
    assertThat(days).hasSize(7);
    assertThat(
            days.get(6)
                .findElements(By.tagName("td"))
                .get(1)
                .getAttribute("textContent")
                .replace(",", ""))
        .isEqualTo(vehicles);
    awaitText(By.id("archive"), YESTERDAY.toString());
    shoot("page-briefing");
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA on the briefing").isEmpty();

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

    // on a phone: one column, the charts as wide as the screen
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    browser.navigate().refresh();
    awaitText(By.id("title"), "寿昌镇疫情防控每日简报");
    await(By.cssSelector("#chart-grids canvas"));
    shoot("page-phone");
    assertThat(chromium.beyondTheRightEdge()).as("the page is no wider than the phone").isEmpty();
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA on a phone").isEmpty();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1500));

    // the session outlives a reload (the cookie, not the page, holds it) …
    browser.navigate().refresh();
    awaitText(By.id("title"), "寿昌镇疫情防控每日简报");
    assertThat(browser.findElement(By.id("who")).getText()).contains(Api.SHOUCHANG_OFFICIAL);
    // … and not a sign-out: the server forgets it, so a reload shows the sign-in form
    browser.findElement(By.id("sign-out")).click();
    await(By.id("user"));
    browser.navigate().refresh();
    await(By.id("user"));
    assertThat(browser.findElement(By.id("briefing")).isDisplayed()).isFalse();
  }

  @Test
  void aWrongPasswordIsToldInWords() {
    browser.get(page());
    signIn(Api.SHOUCHANG_OFFICIAL, "not-the-password");
    awaitText(By.id("sign-in-error"), "用户名或密码不正确");
    assertThat(browser.findElement(By.id("briefing")).isDisplayed()).isFalse();
  }

  private static String page() {
    return ConsoleBrowser.page("/briefings/");
  }

  private static void signIn(String user, String password) {
    chromium.signIn(user, password);
  }

  private static WebElement await(By what) {
    return chromium.await(what);
  }

  private static void awaitText(By what, String text) {
    chromium.awaitText(what, text);
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
    chromium.shoot(name);
  }
}
