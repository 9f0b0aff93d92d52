package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The grid worker's day (/console/grid/) in headless Chromium: a case's visit and test due today
 * recorded from the list, the demo's missed visit shown as overdue, a citizen's request accepted,
 * noted and resolved, the four-colour map drawn from the API's GeoJSON with no tile layer, and the
 * register masked — each checked through the API, each screen against WCAG 2.1 AA.
 */
class GridWorkerDayIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  private ConsoleBrowser chromium;

  @BeforeEach
  void openTheBrowser() throws IOException {
    chromium = new ConsoleBrowser(1024, 768, null);
  }

  @AfterEach
  void closeTheBrowser() {
    chromium.close();
  }

  private WebElement button(WebElement item, String text) {
    return item.findElements(By.tagName("button")).stream()
        .filter(b -> b.getText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no button " + text + " in " + item.getText()));
  }

  @Test
  void aGridWorkerRecordsTheDaysVisitsAndRequestsAndSeesTheMapAndTheRegister() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 4);
    String name = "网格测" + suffix;
    String homeCase =
        as(Api.YANGAN_GRID)
            .contentType("application/json")
            .body(
                """
                {"name":"%s","idNumber":"%s","phone":"13857109876","place":"%s",
                 "kind":"HOME_ISOLATION","startsOn":"%s"}"""
                    .formatted(name, GridsIT.idNumber(62), Api.YANGAN_GRID_1, TODAY.minusDays(3)))
            .post("/home-cases")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String content = "独居老人家中缺药,需代购降压药" + suffix;
    String request =
        as(Api.YANGAN_GRID)
            .contentType("application/json")
            .body(
                """
                {"place":"%s","requester":"周桂英","phone":"13857101234","category":"MEDICAL",
                 "urgency":"URGENT","content":"%s","location":"3幢1单元302"}"""
                    .formatted(Api.YANGAN_GRID_1, content))
            .post("/citizen-requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    chromium.driver.get(ConsoleBrowser.page("/console/grid/"));
    chromium.signIn(Api.YANGAN_GRID, Api.PASSWORD);

    // today's visit and test, recorded from the list
    WebElement due = chromium.await(By.cssSelector("#due li[data-home-case='" + homeCase + "']"));
    assertThat(due.getText()).contains(name, "第 4 天", "走访 待办", "检测 待办");
    // the demo's visit missed yesterday, overdue
    chromium.awaitText(By.id("overdue"), "叶建华");
    WebElement asked =
        chromium.await(By.cssSelector("#requests li[data-request='" + request + "']"));
    assertThat(asked.getText()).contains("【紧急】就医配药", "待受理");
    chromium.await(By.cssSelector("#map .leaflet-interactive"));
    chromium.driver.executeScript("window.scrollTo(0, 0)");
    chromium.shoot("grid-day");
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA on the day's page").isEmpty();

    button(due, "登记走访").click();
    assertThat(chromium.await(By.id("visit-test")).isSelected()).as("a test is due").isTrue();
    chromium.driver.findElement(By.id("visit-temperature")).sendKeys("36.6");
    chromium.driver.findElement(By.id("visit-save")).click();
    chromium.awaitText(By.id("message"), "已登记 " + name);
    chromium.awaitText(By.cssSelector("#due li[data-home-case='" + homeCase + "']"), "检测 ✓");
    JsonPath read =
        as(Api.YANGAN_GRID)
            .get("/home-cases/{id}", homeCase)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(read.getList("visits.visitedOn")).containsExactly(TODAY.toString());
    assertThat(read.getList("visits.testTaken")).containsExactly(true);

    // the request: accepted, its work noted, resolved
    button(chromium.await(By.cssSelector("#requests li[data-request='" + request + "']")), "办理")
        .click();
    chromium.awaitText(By.id("request-content"), content);
    chromium.driver.findElement(By.id("request-accept")).click();
    chromium.awaitText(By.id("request-title"), "办理中");
    chromium.driver.findElement(By.id("request-text")).sendKeys("已联系社区卫生服务站配药");
    chromium.driver.findElement(By.id("request-note")).click();
    chromium.awaitText(By.id("request-notes"), "已联系社区卫生服务站配药");
    chromium.shoot("grid-request");
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA in the request").isEmpty();
    chromium.driver.findElement(By.id("request-text")).sendKeys("药已送到,老人确认");
    chromium.driver.findElement(By.id("request-resolve")).click();
    chromium.awaitText(By.id("message"), "诉求已办结");
    JsonPath resolved =
        as(Api.YANGAN_GRID)
            .get("/citizen-requests/{id}", request)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(resolved.getString("state")).isEqualTo("RESOLVED");
    assertThat(resolved.getString("resolution")).isEqualTo("药已送到,老人确认");
    assertThat(resolved.getList("notes.note")).contains("已联系社区卫生服务站配药");
    new WebDriverWait(chromium.driver, Duration.ofSeconds(30))
        .until(
            d ->
                d.findElements(By.cssSelector("#requests li[data-request='" + request + "']"))
                    .isEmpty());

    // the four-colour map: the grid's boundary and its points, no tile layer (none is set)
    List<WebElement> drawn =
        chromium.driver.findElements(By.cssSelector("#map .leaflet-interactive"));
    assertThat(drawn).hasSizeGreaterThan(1);
    assertThat(chromium.driver.findElements(By.cssSelector("#map .leaflet-tile"))).isEmpty();
    assertThat(chromium.driver.findElement(By.id("places")).getText()).contains("洋安小区北门临时卡口");
    assertThat(chromium.driver.findElement(By.id("map-note")).getText()).contains("未设置底图");
    chromium.driver.executeScript(
        "document.getElementById('map-card').scrollIntoView({block: 'start'})");
    chromium.shoot("grid-map");

    // the register, masked
    List<WebElement> residents =
        chromium.driver.findElements(By.cssSelector("#residents tbody tr"));
    assertThat(residents).isNotEmpty();
    for (WebElement row : residents) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      String id = cells.get(1).getAttribute("textContent");
      String phone = cells.get(2).getAttribute("textContent");
      assertThat(id).matches(v -> v.isEmpty() || v.matches(GridsIT.MASKED_ID), "masked");
      assertThat(phone).matches(v -> v.isEmpty() || v.matches(GridsIT.MASKED_PHONE), "masked");
    }

    // on a phone
    chromium.driver.manage().window().setSize(new Dimension(390, 844));
    chromium.driver.executeScript("window.scrollTo(0, 0)");
    chromium.shoot("grid-phone");
    assertThat(chromium.beyondTheRightEdge()).as("the page is no wider than the phone").isEmpty();
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA on a phone").isEmpty();
  }
}
