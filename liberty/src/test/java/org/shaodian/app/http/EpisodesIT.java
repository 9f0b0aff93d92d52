package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Emergency episodes and the retention purge (issue 10) through the running server: a grid of Xihu
 * village of the test's own, with a checkpoint's inspections and a returnee; its episode opened and
 * closed by the town's command; the purge (the test server's retention period is 0 days, so it is
 * due at once) deletes the people inspected and the returnee, clears the plates, keeps the tallies
 * and what lies outside the grid, and is audited with its counts.
 */
class EpisodesIT {

  /**
   * 西湖村留存测试网格: a grid of Xihu village that only this test writes in (a grid, so that no other
   * test's count of a town's villages or a village's grids changes).
   */
  static final String GRID = "330182107201901";

  private static final LocalDate TODAY = LocalDate.now(InspectionsIT.SHANGHAI);

  private static String checkpoint;
  private static String recorder;

  @BeforeAll
  static void aGridWithACheckpoint() {
    int added =
        as(Api.ADMIN)
            .contentType("application/json")
            .body(
                "{\"code\":\""
                    + GRID
                    + "\",\"name\":\"西湖村留存测试网格\",\"parentCode\":\""
                    + Api.XIHU_VILLAGE
                    + "\"}")
            .post("/admin/regions")
            .statusCode();
    assertThat(added).as("the test's grid, new or there already").isIn(201, 409);
    InspectionsIT.Desk desk = InspectionsIT.highwayExit(GRID, "留存测试卡口", 119.25, 29.60);
    checkpoint = desk.checkpoint();
    recorder = desk.recorder();
  }

  @AfterAll
  static void closeTheCheckpoint() {
    CheckpointsIT.closeWhatTheTestsSetUp();
  }

  @Test
  void aClosedEpisodesPersonalDataIsPurgedAndItsTalliesStay() {
    // what the grid recorded: two cars with a traveller each, a returnee; and one outside it
    List<String> inspections = List.of(inspect("浙A1R001"), inspect("浙A1R002"));
    String returnee = returnee(GRID);
    String outside = returnee(Api.XIHU_VILLAGE);
    long[] tallied = tallies();
    assertThat(tallied[0]).isGreaterThanOrEqualTo(2);

    // opened by the town's command: one at a time; not by an official, not from another town
    Response opened = open(Api.SHOUCHANG_COMMAND, TODAY.minusDays(3));
    opened.then().statusCode(201).header("Location", notNullValue());
    String episode = opened.jsonPath().getString("id");
    open(Api.SHOUCHANG_COMMAND, TODAY).then().statusCode(409);
    open(Api.SHOUCHANG_OFFICIAL, TODAY).then().statusCode(403);
    open(Api.YINHU_COMMAND, TODAY).then().statusCode(404);
    as(Api.YINHU_COMMAND).get("/episodes/{id}", episode).then().statusCode(404);
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("region", GRID)
        .get("/episodes")
        .then()
        .statusCode(200)
        .body("id", equalTo(List.of(episode)));

    // closed today: with the test server's 0 days, due today; not before it opened, not twice
    close(episode, "\"0\"", TODAY.minusDays(4)).then().statusCode(400);
    close(episode, "\"7\"", TODAY).then().statusCode(412);
    Response closed = close(episode, "\"0\"", TODAY);
    closed
        .then()
        .statusCode(200)
        .body("closedOn", equalTo(TODAY.toString()))
        .body("purgeDueOn", equalTo(TODAY.toString()));
    close(episode, closed.header("ETag"), TODAY).then().statusCode(409);

    // the purge: an administrator's, as the hourly timer's (whichever ran first, it ran once)
    as(Api.SHOUCHANG_COMMAND).post("/episodes/purges").then().statusCode(403);
    as(Api.ADMIN)
        .post("/episodes/purges")
        .then()
        .statusCode(200)
        .body("failed", equalTo(List.of()));
    JsonPath purged =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/episodes/{id}", episode)
            .then()
            .statusCode(200)
            .body("purgedAt", notNullValue())
            .extract()
            .jsonPath();
    Map<String, Integer> counts = purged.getMap("purged");
    assertThat(counts)
        .containsEntry("checkpoints.inspected-people", 2)
        .containsEntry("checkpoints.inspection-details", 2)
        .containsEntry("grids.returnees", 1)
        .containsEntry("grids.returnee-registrations", 1)
        .containsKeys("grids.home-cases", "grids.requests");

    // the inspections keep their times and outcome, without people, plate or origin
    for (String id : inspections) {
      JsonPath inspection =
          as(Api.SHOUCHANG_OFFICIAL)
              .get("/inspections/{id}", id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(inspection.getList("travellers")).isEmpty();
      assertThat(inspection.getString("plate")).isNull();
      assertThat(inspection.getString("outcome")).isEqualTo("RELEASED");
    }
    assertThat(tallies()).as("the tallies stay").containsExactly(tallied);
    as(Api.SHOUCHANG_OFFICIAL).get("/returnees/{id}", returnee).then().statusCode(404);
    as(Api.SHOUCHANG_OFFICIAL).get("/returnees/{id}", outside).then().statusCode(200);

    // audited once, with the counts and no personal data
    JsonPath audit =
        as(Api.ADMIN)
            .queryParam("subjectType", "kernel.episode")
            .queryParam("subjectId", episode)
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(audit.getList("items.action", String.class))
        .containsExactlyInAnyOrder("opened", "closed", "personal-data-purged");
    assertThat(audit.getString("items.find { it.action == 'personal-data-purged' }.summary"))
        .contains("checkpoints.inspected-people=2", "grids.returnees=1")
        .doesNotContain("浙A1R00");

    // a second run finds nothing more to do for it
    as(Api.ADMIN)
        .post("/episodes/purges")
        .then()
        .statusCode(200)
        .body("purged.episode", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(episode)));
  }

  private static Response open(String user, LocalDate on) {
    return as(user)
        .contentType("application/json")
        .body(
            "{\"region\":\""
                + GRID
                + "\",\"name\":\"西湖村留存测试网格疫情应急处置\",\"openedOn\":\""
                + on
                + "\"}")
        .post("/episodes");
  }

  private static Response close(String episode, String ifMatch, LocalDate on) {
    return as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .header("If-Match", ifMatch)
        .body("{\"closedOn\":\"" + on + "\"}")
        .post("/episodes/{id}/close", episode);
  }

  /** A car with one traveller through the grid's checkpoint, now. */
  private static String inspect(String plate) {
    String id = UUID.randomUUID().toString();
    Instant t = Instant.now();
    String body =
        """
        {"id":"%s","checkpoint":"%s","subject":"VEHICLE","vehicleKind":"CAR",
         "plate":"%s","origin":"310000",
         "guidedAt":"%s","verifiedAt":"%s","recordedAt":"%s","divertedAt":"%s",
         "outcome":"RELEASED","recorder":"%s","people":[%s]}"""
            .formatted(
                id,
                checkpoint,
                plate,
                t,
                t.plusSeconds(1),
                t.plusSeconds(2),
                t.plusSeconds(3),
                recorder,
                InspectionsIT.traveller("DRIVER", "留存甲", "GREEN", null));
    as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body(body)
        .post("/inspections")
        .then()
        .statusCode(201);
    return id;
  }

  private static String returnee(String stay) {
    return ReturneeLedgerIT.register(
            Api.SHOUCHANG_COMMAND,
            ReturneeLedgerIT.body(
                GridsIT.idNumber(44), stay, TODAY, false, "DOOR_TO_DOOR", "13857104321"))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The grid's inspections and people today, as the tallies count them. */
  private static long[] tallies() {
    JsonPath figures =
        as(Api.SHOUCHANG_OFFICIAL)
            .queryParam("region", GRID)
            .queryParam("day", TODAY.toString())
            .get("/checkpoint-tallies")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long inspections = 0;
    long people = 0;
    for (Map<String, Object> count : figures.<Map<String, Object>>getList("ofDay")) {
      inspections += ((Number) count.get("inspections")).longValue();
      people += ((Number) count.get("people")).longValue();
    }
    return new long[] {inspections, people};
  }
}
