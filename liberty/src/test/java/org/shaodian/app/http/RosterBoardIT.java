package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The commander's roster board (/console/roster/) in headless Chromium at tablet size: a seat
 * assigned by a click, one refused with the rule in words, a move and a refused swap, then an
 * automatic roster started, watched and accepted — each checked through the API.
 */
class RosterBoardIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String COMMAND = Api.SHOUCHANG_COMMAND;

  private ConsoleBrowser chromium;

  @BeforeEach
  void openTheBrowser() throws IOException {
    chromium = new ConsoleBrowser(1024, 768, null);
  }

  @AfterEach
  void closeTheBrowser() {
    chromium.close();
  }

  /** A new person of Xihu village with a name of their own. */
  private static Map<String, String> person(String name, String... qualifications) {
    String quals =
        String.join(",", List.of(qualifications).stream().map(q -> "\"" + q + "\"").toList());
    String id =
        as(COMMAND)
            .contentType("application/json")
            .body(
                """
                {"name":"%s","affiliation":"VOLUNTEER","partyMember":false,
                 "qualifications":[%s],"homeRegion":"%s"}"""
                    .formatted(name, quals, Api.XIHU_VILLAGE))
            .post("/people")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return Map.of("id", id, "name", name);
  }

  private static JsonPath seats(String post, LocalDate day) {
    return as(COMMAND)
        .queryParam("from", day.toString())
        .get("/posts/{post}/seats", post)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String holder(String post, LocalDate day, int shift, String role, int seat) {
    return seats(post, day)
        .getString(
            "find { it.shift == %d && it.role == '%s' && it.seat == %d }.person"
                .formatted(shift, role, seat));
  }

  private WebElement seat(String post, LocalDate day, int shift, String role, int seat) {
    return chromium.await(
        By.cssSelector(
            "tbody[data-post='%s'] .seat[data-date='%s'][data-shift='%d'][data-role='%s'][data-seat='%d']"
                .formatted(post, day, shift, role, seat)));
  }

  private void pick(String name) {
    chromium.await(By.id("person-query")).sendKeys(name);
    new WebDriverWait(chromium.driver, Duration.ofSeconds(30))
        .until(
            d ->
                d.findElements(By.cssSelector("#person-list button.person")).stream()
                    .filter(b -> b.getText().startsWith(name))
                    .findFirst()
                    .orElse(null))
        .click();
  }

  @Test
  void aCommanderAssignsSwapsAndAcceptsAnAutomaticRosterOnTheBoard() throws IOException {
    String suffix = UUID.randomUUID().toString().substring(0, 4);
    String post =
        as(COMMAND)
            .contentType("application/json")
            .body(
                """
                {"name":"西湖村二号服务点%s","kind":"VILLAGE_SERVICE_POINT","region":"%s",
                 "shifts":[{"startHour":8,"hours":8},{"startHour":16,"hours":8}],
                 "needs":[{"role":"GROUP_LEADER","headcount":1},{"role":"INSPECTOR","headcount":2}]}"""
                    .formatted(suffix, Api.XIHU_VILLAGE))
            .post("/posts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, String> leader = person("带班甲" + suffix, "SHIFT_LEADERSHIP");
    Map<String, String> inspector = person("查验乙" + suffix);
    Map<String, String> other = person("查验丙" + suffix);
    LocalDate day = LocalDate.now(SHANGHAI).plusDays(1);
    String seatsOfDay = "/posts/" + post + "/seats/" + day + "/1/";
    as(COMMAND)
        .contentType("application/json")
        .body("{\"person\":\"" + leader.get("id") + "\"}")
        .put(seatsOfDay + "GROUP_LEADER/1")
        .then()
        .statusCode(201);
    as(COMMAND)
        .contentType("application/json")
        .body("{\"person\":\"" + inspector.get("id") + "\"}")
        .put(seatsOfDay + "INSPECTOR/1")
        .then()
        .statusCode(201);

    chromium.driver.get(ConsoleBrowser.page("/console/roster/"));
    chromium.signIn(COMMAND, Api.PASSWORD);
    chromium.await(By.cssSelector("#post option[value='" + post + "']"));
    new Select(chromium.driver.findElement(By.id("post"))).selectByValue(post);
    chromium.awaitText(By.id("coverage-figures"), "席位");

    // an open seat, given by a click
    seat(post, day, 1, "INSPECTOR", 2).click();
    pick(other.get("name"));
    chromium.awaitText(By.id("message"), "已安排 " + other.get("name"));
    assertThat(holder(post, day, 1, "INSPECTOR", 2)).isEqualTo(other.get("id"));

    // the seat's rule refuses someone unqualified, in words, and nothing changes
    seat(post, day, 2, "GROUP_LEADER", 1).click();
    pick(inspector.get("name"));
    chromium.awaitText(By.id("seat-error"), "缺少资质:带班");
    chromium.shoot("console-roster-refused");
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA in the seat's dialog").isEmpty();
    chromium.driver.findElement(By.cssSelector("#seat-dialog button[value=close]")).click();
    assertThat(holder(post, day, 2, "GROUP_LEADER", 1)).isNull();

    // a move to the afternoon: the held seat, 调换, then the open one
    seat(post, day, 1, "INSPECTOR", 1).click();
    chromium.await(By.id("seat-swap")).click();
    chromium.awaitText(By.id("swap-text"), inspector.get("name"));
    seat(post, day, 2, "INSPECTOR", 1).click();
    chromium.awaitText(By.id("message"), "已将 " + inspector.get("name") + " 调到");
    assertThat(holder(post, day, 2, "INSPECTOR", 1)).isEqualTo(inspector.get("id"));
    assertThat(holder(post, day, 1, "INSPECTOR", 1)).isNull();

    // a swap the rules refuse: the inspector may not lead the shift
    seat(post, day, 1, "INSPECTOR", 2).click();
    chromium.await(By.id("seat-swap")).click();
    seat(post, day, 1, "GROUP_LEADER", 1).click();
    chromium.awaitText(By.id("message"), "不能调换");
    assertThat(chromium.driver.findElement(By.id("message")).getText()).contains("缺少资质:带班");
    assertThat(holder(post, day, 1, "GROUP_LEADER", 1)).isEqualTo(leader.get("id"));
    assertThat(holder(post, day, 1, "INSPECTOR", 2)).isEqualTo(other.get("id"));
    chromium.driver.executeScript("window.scrollTo(0, 0)");
    chromium.shoot("console-roster");
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA on the board").isEmpty();

    // an automatic roster of the village for a day a month ahead: started, watched, accepted
    LocalDate later = LocalDate.now(SHANGHAI).plusDays(30);
    new Select(chromium.driver.findElement(By.id("job-region"))).selectByValue(Api.XIHU_VILLAGE);
    chromium.driver.executeScript(
        "document.getElementById('job-from').value = arguments[0];"
            + "document.getElementById('job-to').value = arguments[0];",
        later.toString());
    chromium.driver.findElement(By.cssSelector("#job-form button[type=submit]")).click();
    // this job (not one the page picked up when it opened): its days, then its proposal
    chromium.awaitText(By.id("job-summary"), later.toString());
    new WebDriverWait(chromium.driver, Duration.ofSeconds(120))
        .until(d -> d.findElement(By.id("job-accept")).isDisplayed());
    assertThat(chromium.driver.findElement(By.id("job-state")).getText()).isEqualTo("待确认");
    chromium.driver.executeScript(
        "document.getElementById('job').scrollIntoView({block: 'center'})");
    chromium.shoot("console-roster-proposal");
    chromium.driver.findElement(By.id("job-accept")).click();
    chromium.awaitText(By.id("message"), "方案已采用");
    assertThat(chromium.driver.findElement(By.id("job-state")).getText()).isEqualTo("已采用");
    // the village's people fill the new post's seats that day (as many as the rules allow)
    List<String> holders = seats(post, later).getList("person");
    assertThat(holders).hasSize(6).anyMatch(java.util.Objects::nonNull);

    // on a phone the board scrolls sideways, by touch and by keyboard
    chromium.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    chromium.driver.executeScript("window.scrollTo(0, 0)");
    chromium.shoot("console-roster-phone");
    assertThat(chromium.beyondTheRightEdge()).as("the page is no wider than the phone").isEmpty();
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA on a phone").isEmpty();
  }
}
