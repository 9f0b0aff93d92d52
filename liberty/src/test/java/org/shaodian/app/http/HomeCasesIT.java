package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Home health management through the running server: a case's schedule of visits and tests, what is
 * overdue per grid worker (computed when read), one open case per person, extension and early end
 * with If-Match, no visit once ended, what a visit found masked, bad input refused.
 */
class HomeCasesIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  static String openBody(
      String idNumber, String place, String kind, LocalDate startsOn, String extra) {
    return """
        {"name":"叶丽华","idNumber":"%s","phone":"13857101234","place":"%s","kind":"%s",
         "startsOn":"%s"%s}"""
        .formatted(idNumber, place, kind, startsOn, extra);
  }

  static Response open(String user, String body) {
    return as(user).contentType("application/json").body(body).post("/home-cases");
  }

  static Response visit(String user, String id, LocalDate on, boolean test, String extra) {
    return as(user)
        .contentType("application/json")
        .body(
            "{\"visitedOn\":\"%s\",\"testTaken\":%s,\"sealIntact\":true%s}"
                .formatted(on, test, extra))
        .post("/home-cases/{id}/visits", id);
  }

  @Test
  void theDemoShowsAMissedVisitUnderItsGridWorker() {
    List<Map<String, Object>> overdue =
        as(Api.YANGXI_COMMAND)
            .queryParam("region", Api.YANGAN)
            .get("/home-cases/overdue")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    Map<String, Object> first =
        overdue.stream()
            .filter(g -> Api.YANGAN_GRID_1.equals(g.get("place")))
            .findFirst()
            .orElseThrow();
    assertThat(first.get("gridWorkerName")).isEqualTo("周建华");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = (List<Map<String, Object>>) first.get("items");
    assertThat(items)
        .anySatisfy(
            i -> {
              assertThat(i.get("name")).isEqualTo("叶建华");
              assertThat(i.get("date")).isEqualTo(TODAY.minusDays(1).toString());
              assertThat(i.get("visitMissed")).isEqualTo(true);
            });
    // a grid worker sees their grid's only
    as(Api.YANGAN_GRID)
        .get("/home-cases/overdue")
        .then()
        .statusCode(200)
        .body("place", org.hamcrest.Matchers.everyItem(equalTo(Api.YANGAN_GRID_1)));
  }

  @Test
  void theDaysListShowsWhatIsDueAndWhatIsDone() {
    String id =
        open(
                Api.YANGAN_GRID,
                openBody(
                    GridsIT.idNumber(61),
                    Api.YANGAN_GRID_1,
                    "HOME_ISOLATION",
                    TODAY.minusDays(3),
                    ""))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String today = "find { it.homeCase == '" + id + "' }";
    as(Api.YANGAN_GRID)
        .get("/home-cases/due")
        .then()
        .statusCode(200)
        .body(today + ".day", equalTo(4))
        .body(today + ".date", equalTo(TODAY.toString()))
        .body(today + ".visitDue", equalTo(true))
        .body(today + ".testDue", equalTo(true))
        .body(today + ".visited", equalTo(false))
        .body(today + ".placeName", org.hamcrest.Matchers.notNullValue())
        .body("place", org.hamcrest.Matchers.everyItem(equalTo(Api.YANGAN_GRID_1)));
    visit(Api.YANGAN_GRID, id, TODAY, true, "").then().statusCode(201);
    as(Api.YANGAN_GRID)
        .get("/home-cases/due")
        .then()
        .body(today + ".visited", equalTo(true))
        .body(today + ".tested", equalTo(true));
    // another day: day 3 has a visit and no test
    as(Api.YANGXI_COMMAND)
        .queryParam("region", Api.YANGAN)
        .queryParam("date", TODAY.minusDays(1).toString())
        .get("/home-cases/due")
        .then()
        .statusCode(200)
        .body(today + ".day", equalTo(3))
        .body(today + ".testDue", equalTo(false));
    as(Api.YANGAN_GRID)
        .queryParam("date", "tomorrow")
        .get("/home-cases/due")
        .then()
        .statusCode(400);
    as(Api.YANGAN_GRID)
        .queryParam("region", Api.YINHU)
        .get("/home-cases/due")
        .then()
        .statusCode(404);
  }

  @Test
  void aCaseFollowsItsScheduleAndVisitsAreRecordedOnceADay() {
    String idNumber = GridsIT.idNumber(60);
    Response opened =
        open(
            Api.YANGAN_GRID,
            openBody(idNumber, Api.YANGAN_GRID_1, "HOME_ISOLATION", TODAY.minusDays(2), ""));
    opened
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("kindName", equalTo("居家隔离"))
        .body("endsOn", equalTo(TODAY.plusDays(11).toString()))
        .body("testDays", equalTo(List.of(1, 4, 7, 14)))
        .body("idNumber", org.hamcrest.Matchers.matchesPattern(GridsIT.MASKED_ID))
        .body("overdue", equalTo(2));
    String id = opened.path("id");

    visit(
            Api.YANGAN_GRID,
            id,
            TODAY.minusDays(2),
            true,
            ",\"temperature\":37.6,\"symptoms\":\"咳嗽\"")
        .then()
        .statusCode(201)
        .body("fever", equalTo(true))
        .body("observation", equalTo("****"));
    visit(Api.YANGAN_GRID, id, TODAY.minusDays(2), false, "").then().statusCode(409);
    visit(Api.YANGAN_GRID, id, TODAY.plusDays(1), false, "")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("visitedOn"));
    visit(Api.YANGAN_GRID, id, TODAY, false, ",\"temperature\":45").then().statusCode(400);

    JsonPath read =
        as(Api.YANGAN_GRID).get("/home-cases/{id}", id).then().statusCode(200).extract().jsonPath();
    assertThat(read.getInt("overdue")).isEqualTo(1);
    assertThat(read.getList("schedule.overdue")).startsWith(false, true, false);
    assertThat(read.getList("visits.observation")).containsExactly("****");

    // one open case per person
    open(Api.YANGAN_GRID, openBody(idNumber, Api.YANGAN_GRID_1, "HOME_OBSERVATION", TODAY, ""))
        .then()
        .statusCode(409)
        .body("detail", equalTo("此人已有未结束的居家健康管理,请先结束或延长该管理"));

    // extended, then ended early, each against the version read
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body("{\"days\":7,\"reason\":\"第 7 天抗原阳性,延长隔离\"}")
        .post("/home-cases/{id}/extension", id)
        .then()
        .statusCode(200)
        .body("endsOn", equalTo(TODAY.plusDays(18).toString()));
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body("{\"reason\":\"转运集中隔离\"}")
        .post("/home-cases/{id}/ending", id)
        .then()
        .statusCode(412);
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .header("If-Match", "\"1\"")
        .body("{\"reason\":\"转运集中隔离\"}")
        .post("/home-cases/{id}/ending", id)
        .then()
        .statusCode(200)
        .body("state", equalTo("ENDED"))
        .body("endedOn", equalTo(TODAY.toString()))
        .body("overdue", equalTo(1));
    // no visit for a closed case; the person may have a new one
    visit(Api.YANGAN_GRID, id, TODAY, false, "").then().statusCode(409);
    open(Api.YANGAN_GRID, openBody(idNumber, Api.YANGAN_GRID_1, "DAILY_MONITORING", TODAY, ""))
        .then()
        .statusCode(201);
    as(Api.ADMIN)
        .queryParam("subjectId", id)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("opened"))
        .body("items.action", hasItem("extended"))
        .body("items.action", hasItem("ended"));
  }

  @Test
  void badCasesAreRefusedNamingTheField() {
    String idNumber = GridsIT.idNumber(61);
    Map<String, String> refusals =
        Map.of(
            openBody(idNumber, Api.YANGAN_GRID_1, "HOME_ISOLATION", TODAY, ",\"days\":61"),
            "days",
            openBody(idNumber, Api.YANGAN_GRID_1, "HOME_ISOLATION", TODAY, ",\"testDays\":[0,3]"),
            "testDays",
            openBody(
                idNumber,
                Api.YANGAN_GRID_1,
                "HOME_ISOLATION",
                TODAY,
                ",\"days\":5,\"visitEvery\":6"),
            "visitEvery",
            openBody(idNumber, Api.YANGAN_GRID_1, "HOME_ISOLATION", TODAY.plusDays(30), ""),
            "startsOn",
            openBody(idNumber, Api.YANGAN_GRID_1, "QUARANTINE_HOTEL", TODAY, ""),
            "kind");
    refusals.forEach(
        (body, field) ->
            open(Api.YANGAN_GRID, body)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(field)));
    open(Api.YANGXI_COMMAND, openBody(idNumber, "330182002000", "HOME_ISOLATION", TODAY, ""))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("place"));
    open(Api.YANGAN_GRID, openBody(idNumber, Api.YANGAN_GRID_2, "HOME_ISOLATION", TODAY, ""))
        .then()
        .statusCode(404);
    // a checkpoint may open a case in its own town, and may not record visits
    String shouchang =
        open(
                Api.SHOUCHANG_CHECKPOINT,
                openBody(idNumber, "330182107201", "HOME_OBSERVATION", TODAY, ""))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    visit(Api.SHOUCHANG_CHECKPOINT, shouchang, TODAY, false, "").then().statusCode(403);
    as(Api.SHOUCHANG_OFFICIAL).get("/home-cases/{id}", shouchang).then().statusCode(200);
    as(Api.YANGAN_GRID).get("/home-cases/{id}", shouchang).then().statusCode(404);
  }
}
