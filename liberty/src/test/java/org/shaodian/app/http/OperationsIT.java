package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What operations watch: readiness with the database, liveness with the scheduled work, and the
 * Prometheus metrics with the application's own meters, for the monitoring account only.
 */
class OperationsIT {

  /** The demo registry's monitoring account (server.xml: reader-role). */
  private static final String MONITOR = "monitor";

  @BeforeAll
  static void aHighwayExitWithItsRecorderSignedIn() {
    InspectionsIT.aHighwayExitWithItsRecorderSignedIn();
  }

  @AfterAll
  static void closeTheCheckpoint() {
    CheckpointsIT.closeWhatTheTestsSetUp();
  }

  @Test
  void readinessAsksTheDatabase() {
    JsonPath ready =
        Api.anonymous()
            .basePath("")
            .get("/health/ready")
            .then()
            .statusCode(200)
            .body("status", equalTo("UP"))
            .body("checks.name", hasItems("database", "schema-migrations"))
            .extract()
            .jsonPath();
    assertThat(ready.getString("checks.find { it.name == 'database' }.status")).isEqualTo("UP");
  }

  @Test
  void livenessNamesEachScheduledJobAndItsNextRun() {
    JsonPath live =
        Api.anonymous()
            .basePath("")
            .get("/health/live")
            .then()
            .statusCode(200)
            .body("status", equalTo("UP"))
            .extract()
            .jsonPath();
    Map<String, String> timers = live.getMap("checks.find { it.name == 'scheduler' }.data");
    assertThat(timers).containsKeys("daily-briefing", "retention-purge");
    // the morning run's timer asks every minute, the purge's every hour: both due soon
    Instant now = Instant.now();
    assertThat(Instant.parse(timers.get("daily-briefing")))
        .isBetween(now.minus(Duration.ofMinutes(2)), now.plus(Duration.ofMinutes(2)));
    assertThat(Instant.parse(timers.get("retention-purge")))
        .isBetween(now.minus(Duration.ofMinutes(2)), now.plus(Duration.ofMinutes(61)));
  }

  @Test
  void metricsAreForTheMonitoringAccountOverHttpsOnly() {
    Api.anonymous()
        .basePath("")
        .redirects()
        .follow(false)
        .get("/metrics")
        .then()
        .statusCode(302)
        .header("Location", equalTo(httpsBase() + "/metrics"));
    https().get("/metrics").then().statusCode(401);
    https()
        .auth()
        .preemptive()
        .basic(Api.ADMIN, Api.PASSWORD)
        .get("/metrics")
        .then()
        .statusCode(403);
    String metrics = metrics();
    // the JVM's and Liberty's own, the connection pool's among them
    assertThat(metrics)
        .contains("jvm_uptime_seconds")
        .contains("memory_usedHeap_bytes")
        .containsPattern("connectionpool_managedConnections\\{datasource=\"jdbc_shaodian\"");
    // no scheduled job is stuck for the cluster: the gauge an alert watches
    assertThat(counter(metrics, "scheduler_overdue_timers")).isZero();
  }

  @Test
  void metricsCountEachInspectionsFate() {
    // the first inspection makes sure the intake's meters exist before they are read
    InspectionsIT.record(
            InspectionsIT.car(
                UUID.randomUUID().toString(), "RELEASED", null, InspectionsIT.green("王建国")))
        .then()
        .statusCode(201);
    String before = metrics();
    String first =
        InspectionsIT.car(
            UUID.randomUUID().toString(), "RELEASED", null, InspectionsIT.green("李国强"));
    List<String> items =
        List.of(
            first,
            InspectionsIT.car(
                UUID.randomUUID().toString(), "RELEASED", null, InspectionsIT.green("张卫东")),
            // sent again in the same batch, as it was: stored once
            first,
            // no checkpoint: refused
            InspectionsIT.car(UUID.randomUUID().toString(), "RELEASED", null)
                .replaceFirst("\"checkpoint\":\"[^\"]*\",", ""));
    Response batch = InspectionsIT.batch(items);
    batch.then().statusCode(200);
    String after = metrics();
    assertThat(
            counter(after, "inspections_stored_total")
                - counter(before, "inspections_stored_total"))
        .isEqualTo(2);
    assertThat(
            counter(after, "inspections_duplicates_total")
                - counter(before, "inspections_duplicates_total"))
        .isEqualTo(1);
    assertThat(
            counter(after, "inspections_rejected_total")
                - counter(before, "inspections_rejected_total"))
        .isEqualTo(1);
  }

  @Test
  void metricsTimeTheBriefingsMadeOnRequest() {
    Api.as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("region", Api.SHOUCHANG)
        .queryParam("format", "xlsx")
        .get("/briefings/daily")
        .then()
        .statusCode(200);
    String metrics = metrics();
    assertThat(counter(metrics, "briefing_time_seconds_count", "made=\"request\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(counter(metrics, "briefing_time_seconds_sum", "made=\"request\"")).isPositive();
  }

  private static String httpsBase() {
    return "https://localhost:" + System.getProperty("it.https.port", "9544");
  }

  private static RequestSpecification https() {
    return Api.anonymous().relaxedHTTPSValidation().baseUri(httpsBase()).basePath("");
  }

  private static String metrics() {
    Response response = https().auth().preemptive().basic(MONITOR, Api.PASSWORD).get("/metrics");
    response.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/plain"));
    return response.asString();
  }

  /** A sample's value in Prometheus' text format, its labels holding {@code label} if given. */
  private static double counter(String metrics, String name, String... label) {
    Matcher sample =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} ([0-9.Ee+-]+)$")
            .matcher(metrics);
    while (sample.find()) {
      if (label.length == 0 || sample.group(1).contains(label[0])) {
        return Double.parseDouble(sample.group(2));
      }
    }
    throw new AssertionError("no sample " + name + " in the metrics");
  }
}
