package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shaodian.app.http.Api.as;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The checkpoint tablet (/console/checkpoint/) in headless Chromium at a tablet's 1024×768, against
 * the running server: the station's account signs in, the recorder takes their seat at a new
 * highway exit, records a car online; then the network is switched off (Chromium's DevTools
 * protocol), three more are recorded and queue on the device, the page is reloaded with no network
 * and still opens with its queue; the network returns, and the four are stored exactly once
 * (checked through the API). An inspection the server refuses comes back for correction.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckpointTabletIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static ConsoleBrowser chromium;
  private static String checkpoint;

  @BeforeAll
  static void aHighwayExitWithARecorderOnTheRoster() throws Exception {
    // a recorder on this shift's seat, not yet signed in (the tablet does that); near a shift's
    // end, the next shift's
    ZonedDateTime now = ZonedDateTime.now(SHANGHAI);
    ZonedDateTime shiftEnd =
        now.toLocalDate().atStartOfDay(SHANGHAI).plusHours((now.getHour() / 8 + 1) * 8L);
    if (Duration.between(now, shiftEnd).toMinutes() < 4) {
      Thread.sleep(Duration.between(now, shiftEnd).plusSeconds(5).toMillis());
    }
    InspectionsIT.Rostered exit =
        InspectionsIT.rosteredHighwayExit(Api.SHOUCHANG, "平板测试卡口", 119.2391, 29.5887);
    checkpoint = exit.checkpoint();
    chromium = new ConsoleBrowser(1024, 768, null);
  }

  @AfterAll
  static void closeTheBrowserAndTheCheckpoint() {
    if (chromium != null) {
      chromium.close();
    }
    CheckpointsIT.closeWhatTheTestsSetUp();
  }

  @Test
  @Order(1)
  void inspectionsRecordedOfflineAreStoredExactlyOnceWhenTheNetworkReturns() throws Exception {
    var browser = chromium.driver;
    browser.get(ConsoleBrowser.page("/console/checkpoint/"));
    chromium.shoot("tablet-sign-in");
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA on the sign-in").isEmpty();
    chromium.signIn(Api.SHOUCHANG_CHECKPOINT, Api.PASSWORD);

    // the seat: the checkpoint, then the recorder's own name
    WebElement list = chromium.await(By.id("checkpoint"));
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d ->
                !d.findElements(By.cssSelector("#checkpoint option[value='" + checkpoint + "']"))
                    .isEmpty());
    new Select(list).selectByValue(checkpoint);
    chromium.await(By.cssSelector("#seats button[data-role=RECORDER][data-seat='1']")).click();
    chromium.await(By.id("inspection"));
    assertThat(stored()).isZero();

    // online: recorded and uploaded at once
    recordACar("A1" + digits(4), "张伟", 0);
    awaitPending(0);
    awaitStored(1);
    top();
    chromium.shoot("tablet-recording");
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA on the recording form").isEmpty();
    // the service worker keeps the page from now on
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    browser.executeScript("return navigator.serviceWorker.controller !== null")));

    // offline: three cars wait on the device, visibly
    offline(true);
    for (int i = 1; i <= 3; i++) {
      recordACar("B2" + digits(4), "李娜" + i, i);
    }
    awaitPending(3);
    chromium.awaitText(By.id("network"), "离线");
    assertThat(stored()).isEqualTo(1);
    top();
    chromium.shoot("tablet-offline");

    // a reload with no network: the page opens from the device, its queue intact. Chromium now
    // and then applies the emulated offline state to the reloaded document a moment late (seen
    // with ChromeDriver's network conditions and with the DevTools command alike), and the
    // page's first upload then goes through: the three are stored then, once each, which the
    // count after the network returns checks as well. Either way the page opened with its queue.
    browser.navigate().refresh();
    chromium.await(By.id("inspection"));
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            d ->
                "3".equals(d.findElement(By.id("pending")).getAttribute("data-count"))
                    || stored() == 4);

    // the network returns: uploaded, each once
    offline(false);
    browser.executeScript("window.dispatchEvent(new Event('online'))");
    awaitPending(0);
    awaitStored(4);
    chromium.awaitText(By.id("network"), "在线");
    chromium.awaitText(By.id("tally"), "车辆 4 辆");
    // the session is back too: the masthead names the user and offers to sign out again
    assertThat(browser.findElement(By.id("sign-out")).isDisplayed()).isTrue();

    // on a phone: one column, the same controls
    browser.manage().window().setSize(new Dimension(390, 844));
    top();
    chromium.shoot("tablet-phone");
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA on a phone").isEmpty();
    browser.manage().window().setSize(new Dimension(1024, 768));
  }

  /** At the desk the test before took (the device keeps it). */
  @Test
  @Order(2)
  void anInspectionTheServerRefusesComesBackForCorrection() throws Exception {
    var browser = chromium.driver;
    offline(false); // whatever the test before left
    browser.get(ConsoleBrowser.page("/console/checkpoint/"));
    chromium.await(By.id("inspection"));
    long before = stored();
    // a red code released: the screening policy does not allow it
    fillACar("C3" + digits(4), "王芳", 0);
    browser.findElement(By.cssSelector("#people .person [data-code=RED]")).click();
    browser.findElement(By.cssSelector("[data-outcome=RELEASED]")).click();
    browser.findElement(By.id("record")).click();
    chromium.await(By.cssSelector("#rejected li"));
    awaitPending(0);
    assertThat(browser.findElement(By.id("rejected-count")).getText()).contains("需更正 1 条");
    top();
    chromium.shoot("tablet-correction");
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA on the corrections").isEmpty();
    // corrected: persuaded back instead, and stored
    browser.findElement(By.cssSelector("#rejected li button")).click();
    browser.findElement(By.cssSelector("[data-outcome=PERSUADED_BACK]")).click();
    browser.findElement(By.id("record")).click();
    awaitPending(0);
    awaitStored(before + 1);
    assertThat(browser.findElements(By.cssSelector("#rejected li"))).isEmpty();
  }

  /** A car with one driver, green code, recorded as released. */
  private static void recordACar(String plate, String driver, int n) {
    fillACar(plate, driver, n);
    chromium.driver.findElement(By.cssSelector("[data-outcome=RELEASED]")).click();
    chromium.driver.findElement(By.id("record")).click();
  }

  private static void fillACar(String plate, String driver, int n) {
    var browser = chromium.driver;
    browser.findElement(By.cssSelector("[data-kind=CAR]")).click();
    WebElement plateInput = browser.findElement(By.id("plate"));
    plateInput.clear();
    plateInput.sendKeys(plate);
    WebElement person = browser.findElement(By.cssSelector("#people .person"));
    person.findElement(By.cssSelector("[data-field=name]")).sendKeys(driver);
    person.findElement(By.cssSelector("[data-field=idNumber]")).sendKeys(InspectionsIT.idNumber());
    person.findElement(By.cssSelector("[data-field=temperature]")).sendKeys("36." + (n % 10));
    // a nucleic-acid proof of 20 hours: the policy releases a green code with one
    person.findElement(By.cssSelector("[data-field=test]")).click();
    person.findElement(By.cssSelector("[data-field=testAgeHours]")).sendKeys("20");
  }

  private static void top() {
    chromium.driver.executeScript("window.scrollTo(0, 0)");
  }

  /**
   * The network off or on, through the DevTools protocol on the page's own target: it holds across
   * a reload from the first request on (ChromeDriver's setNetworkConditions is re-applied after a
   * navigation begins, and once let the reloaded page's first upload through).
   */
  private static void offline(boolean off) {
    chromium.driver.executeCdpCommand("Network.enable", java.util.Map.of());
    chromium.driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        java.util.Map.of(
            "offline", off, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  private static void awaitPending(int count) {
    new WebDriverWait(chromium.driver, Duration.ofSeconds(60))
        .until(
            d ->
                String.valueOf(count)
                    .equals(d.findElement(By.id("pending")).getAttribute("data-count")));
  }

  private static void awaitStored(long count) {
    new WebDriverWait(chromium.driver, Duration.ofSeconds(60))
        .pollingEvery(Duration.ofMillis(500))
        .withMessage(() -> count + " stored; the page says: " + whatThePageSays())
        .until(d -> stored() == count);
  }

  /** The status line, the form's error and the corrections, for a failure's message. */
  private static String whatThePageSays() {
    StringBuilder text = new StringBuilder();
    for (String id : new String[] {"bar", "form-error", "corrections"}) {
      chromium.driver.findElements(By.id(id)).forEach(e -> text.append(e.getText()).append(" | "));
    }
    // and the outbox itself
    text.append(
        chromium.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " import('/console/outbox.js').then((m) => m.entries())"
                + ".then((e) => done(JSON.stringify(e.map((x) => [x.state, x.problem]))))"
                + ".catch((e) => done(String(e)));"));
    return text.toString();
  }

  /** The inspections the server holds for the test's checkpoint today. */
  private static long stored() {
    return as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("checkpoint", checkpoint)
        .queryParam("day", LocalDate.now(SHANGHAI).toString())
        .queryParam("size", 1)
        .get("/inspections")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  private static String digits(int n) {
    return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, n);
  }
}
