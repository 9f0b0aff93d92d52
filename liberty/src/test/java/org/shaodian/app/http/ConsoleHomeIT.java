package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The console's home (/console/, where / leads) in headless Chromium: after signing in, each role
 * sees the pages it may use and no other, and one sign-in serves every page of the console.
 */
class ConsoleHomeIT {

  private ConsoleBrowser chromium;

  @BeforeEach
  void openTheBrowser() throws IOException {
    chromium = new ConsoleBrowser(1024, 768, null);
  }

  @AfterEach
  void closeTheBrowser() {
    chromium.close();
  }

  @Test
  void anOfficialSeesTheBriefingAndOneSignInServesIt() throws IOException {
    chromium.driver.get(ConsoleBrowser.page("/"));
    chromium.signIn(Api.SHOUCHANG_OFFICIAL, Api.PASSWORD);
    WebElement briefing = chromium.await(By.cssSelector("#pages a[href='/briefings/']"));
    assertThat(
            chromium
                .driver
                .findElement(By.cssSelector("#pages a[href='checkpoint/']"))
                .isDisplayed())
        .isFalse();
    chromium.shoot("console-home");
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA on the home").isEmpty();
    briefing.click();
    // the briefing page opens signed in: no second sign-in
    chromium.awaitText(By.id("title"), "寿昌镇疫情防控每日简报");
    assertThat(chromium.driver.findElement(By.id("sign-in")).isDisplayed()).isFalse();
  }

  @Test
  void checkpointStaffSeeTheTabletOnly() {
    chromium.driver.get(ConsoleBrowser.page("/console/"));
    chromium.signIn(Api.SHOUCHANG_CHECKPOINT, Api.PASSWORD);
    chromium.await(By.cssSelector("#pages a[href='checkpoint/']"));
    assertThat(
            chromium
                .driver
                .findElement(By.cssSelector("#pages a[href='/briefings/']"))
                .isDisplayed())
        .isFalse();
    assertThat(
            chromium.driver.findElement(By.cssSelector("#pages a[href='roster/']")).isDisplayed())
        .isFalse();
  }

  @Test
  void aCommanderSeesTheRosterBoardAndItOpensSignedIn() {
    chromium.driver.get(ConsoleBrowser.page("/console/"));
    chromium.signIn(Api.SHOUCHANG_COMMAND, Api.PASSWORD);
    WebElement board = chromium.await(By.cssSelector("#pages a[href='roster/']"));
    chromium.await(By.cssSelector("#pages a[href='/briefings/']"));
    board.click();
    chromium.awaitText(By.id("coverage-as-of"), "寿昌镇");
    assertThat(chromium.driver.findElement(By.id("sign-in")).isDisplayed()).isFalse();
  }

  @Test
  void theEnglishSwitchTurnsTheConsoleAndTheServersAnswersToEnglishAndBack() {
    chromium.driver.get(ConsoleBrowser.page("/console/"));
    chromium.await(By.id("language")).click();
    chromium.awaitText(By.cssSelector("#sign-in h2"), "Sign in");
    assertThat(chromium.driver.findElement(By.tagName("html")).getAttribute("lang"))
        .isEqualTo("en");
    chromium.signIn(Api.SHOUCHANG_COMMAND, "not-the-password");
    chromium.awaitText(By.id("sign-in-error"), "Wrong user name or password");
    chromium.driver.findElement(By.id("user")).clear();
    chromium.driver.findElement(By.id("password")).clear();
    chromium.signIn(Api.SHOUCHANG_COMMAND, Api.PASSWORD);
    chromium.awaitText(By.cssSelector("#pages a[href='roster/']"), "Roster board");
    assertThat(chromium.driver.findElement(By.id("who")).getText()).contains("Shouchang");
    assertThat(chromium.accessibilityBreaches()).as("WCAG 2.1 AA in English").isEmpty();
    // every page follows, and so does the API's wording
    chromium.driver.get(ConsoleBrowser.page("/console/roster/"));
    chromium.awaitText(By.tagName("h1"), "Roster board");
    chromium.awaitText(By.id("coverage-figures"), "Seats");
    // the server's own refusal comes back in English: an automatic roster's days reversed
    chromium.driver.executeScript(
        "document.getElementById('job-from').value = arguments[0];"
            + "document.getElementById('job-to').value = arguments[1];",
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(5).toString(),
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString());
    chromium.driver.findElement(By.cssSelector("#job-form button[type=submit]")).click();
    chromium.awaitText(By.id("job-error"), "Some fields of the request are not valid");
    assertThat(chromium.driver.findElement(By.id("job-error")).getText())
        .doesNotContainPattern("\\p{IsHan}");
    chromium.driver.get(ConsoleBrowser.page("/briefings/"));
    chromium.awaitText(By.id("title"), "daily briefing");
    // and back
    chromium.await(By.id("language")).click();
    chromium.awaitText(By.id("title"), "疫情防控每日简报");
  }
}
