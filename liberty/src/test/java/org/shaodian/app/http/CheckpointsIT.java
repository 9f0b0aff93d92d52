package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Checkpoints through the running server: set up with their rosters post and yellow map feature in
 * one transaction, changed, their lanes, suspended, reopened and closed, and every refusal leaving
 * nothing behind.
 */
class CheckpointsIT {

  static String body(String name, String kind, String region, double lon, double lat) {
    return """
        {"name":"%s","kind":"%s","region":"%s","location":{"lon":%s,"lat":%s},
         "hours":"24小时","contact":"寿昌镇防控指挥部 0571-64701234",
         "lanes":[{"name":"1号车道","kind":"VEHICLES"},{"name":"货车道","kind":"TRUCKS"},
                  {"name":"茶农通道","kind":"TEA_FARMERS"}]}
        """
        .formatted(name, kind, region, lon, lat);
  }

  /**
   * Every checkpoint the tests set up: closed after each test class, so that their posts do not
   * take the town's people from the roster jobs of the tests that follow.
   */
  static final List<String> SET_UP = new java.util.concurrent.CopyOnWriteArrayList<>();

  static Response setUp(String user, String body) {
    Response response = as(user).contentType("application/json").body(body).post("/checkpoints");
    if (response.statusCode() == 201) {
      SET_UP.add(response.jsonPath().getString("id"));
    }
    return response;
  }

  @org.junit.jupiter.api.AfterAll
  static void closeWhatTheTestsSetUp() {
    for (String id : SET_UP) {
      Response checkpoint = as(Api.ADMIN).get("/checkpoints/{id}", id);
      if (checkpoint.statusCode() == 200
          && !"CLOSED".equals(checkpoint.jsonPath().getString("status"))) {
        as(Api.ADMIN)
            .contentType("application/json")
            .header("If-Match", checkpoint.header("ETag"))
            .body("{\"status\":\"CLOSED\",\"reason\":\"测试结束\"}")
            .post("/checkpoints/{id}/status", id)
            .then()
            .statusCode(200);
      }
    }
    SET_UP.clear();
  }

  static List<String> mapNames(String user, String region) {
    return GridMapIT.map(user, region).getList("features.properties.name");
  }

  /**
   * The demo's checkpoints (issue 8): Shouchang's highway exit and Yinhu's temporary inspection
   * station, each open on its rosters demo post, with the week up to today inspected — counted in
   * the tallies six days ago and yesterday.
   */
  @Test
  void theDemoHasShouchangsExitAndYinhusStationWithAWeekOfInspections() {
    demoCheckpointWithItsWeek(Api.SHOUCHANG_OFFICIAL, Api.SHOUCHANG, "杭千高速寿昌出口卡口");
    demoCheckpointWithItsWeek(Api.YINHU_COMMAND, Api.YINHU, "银湖街道富春路临时检验点");
  }

  private static void demoCheckpointWithItsWeek(String user, String region, String name) {
    JsonPath listed =
        as(user)
            .queryParam("region", region)
            .queryParam("size", 200)
            .get("/checkpoints")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String id = listed.getString("items.find { it.name == '" + name + "' }.id");
    assertThat(id).as("the demo's %s", name).isNotNull();
    assertThat(listed.getString("items.find { it.id == '" + id + "' }.status")).isEqualTo("OPEN");
    as(user)
        .get("/posts/{id}", listed.getString("items.find { it.id == '" + id + "' }.post"))
        .then()
        .statusCode(200)
        .body("name", equalTo(name))
        .body("kind", equalTo("CHECKPOINT"));
    LocalDate today = LocalDate.now(InspectionsIT.SHANGHAI);
    for (LocalDate day : List.of(today.minusDays(6), today.minusDays(1))) {
      long inspections =
          as(user)
              .queryParam("region", region)
              .queryParam("day", day.toString())
              .queryParam("since", day.toString())
              .get("/checkpoint-tallies")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("ofDay.findAll { it.checkpoint == '" + id + "' }.inspections", Integer.class)
              .stream()
              .mapToLong(Integer::longValue)
              .sum();
      assertThat(inspections).as("%s on %s", name, day).isPositive();
    }
  }

  @Test
  void aCheckpointIsSetUpWithItsPostAndItsYellowFeature() {
    String name = "寿昌出口卡口" + UUID.randomUUID().toString().substring(0, 6);
    Response created =
        setUp(Api.SHOUCHANG_COMMAND, body(name, "HIGHWAY_EXIT", Api.SHOUCHANG, 119.2385, 29.5891));
    created.then().statusCode(201).header("ETag", equalTo("\"0\""));
    JsonPath checkpoint = created.jsonPath();
    String id = checkpoint.getString("id");
    assertThat(checkpoint.getString("status")).isEqualTo("OPEN");
    assertThat(checkpoint.getList("lanes.no", Integer.class)).containsExactly(1, 2, 3);
    assertThat(checkpoint.getList("lanes.kind"))
        .containsExactly("VEHICLES", "TRUCKS", "TEA_FARMERS");

    // its post staffs it round the clock with a highway exit's team
    String post = checkpoint.getString("post");
    as(Api.SHOUCHANG_COMMAND)
        .get("/posts/{id}", post)
        .then()
        .statusCode(200)
        .body("name", equalTo(name))
        .body("kind", equalTo("CHECKPOINT"))
        .body("shifts.size()", equalTo(3))
        .body("seatsPerDay", equalTo(3 * 8));
    // its yellow feature is on the town's map
    JsonPath map = GridMapIT.map(Api.SHOUCHANG_COMMAND, Api.SHOUCHANG);
    assertThat(
            map.getString(
                "features.find { it.properties.name == '" + name + "' }.properties.colour"))
        .isEqualTo("YELLOW");
    // staff and officials read it; the staff may not set one up
    as(Api.SHOUCHANG_CHECKPOINT)
        .get("/checkpoints/{id}", id)
        .then()
        .statusCode(200)
        .body("name", equalTo(name));
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("region", Api.SHOUCHANG)
        .queryParam("kind", "HIGHWAY_EXIT")
        .get("/checkpoints")
        .then()
        .statusCode(200)
        .body("items.name", hasItem(name));
    setUp(Api.SHOUCHANG_CHECKPOINT, body(name + "乙", "HIGHWAY_EXIT", Api.SHOUCHANG, 119.2, 29.5))
        .then()
        .statusCode(403);
    // outside the jurisdiction: as if it did not exist
    as(Api.YINHU_COMMAND).get("/checkpoints/{id}", id).then().statusCode(404);
    // the same name again in the town
    setUp(Api.SHOUCHANG_COMMAND, body(name, "HIGHWAY_EXIT", Api.SHOUCHANG, 119.2385, 29.5891))
        .then()
        .statusCode(409);
  }

  @Test
  void whenTheMapRefusesNothingIsSetUp() {
    String name = "境外卡口" + UUID.randomUUID().toString().substring(0, 6);
    // outside China: the grids module refuses the feature, after the post was opened
    setUp(Api.SHOUCHANG_COMMAND, body(name, "INSPECTION_STATION", Api.SHOUCHANG, 2.35, 48.85))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(Api.SHOUCHANG_COMMAND)
        .queryParam("region", Api.SHOUCHANG)
        .get("/checkpoints")
        .then()
        .statusCode(200)
        .body("items.name", not(hasItem(name)));
    as(Api.SHOUCHANG_COMMAND)
        .queryParam("region", Api.SHOUCHANG)
        .queryParam("size", 100)
        .get("/posts")
        .then()
        .statusCode(200)
        .body("items.name", not(hasItem(name)));
    // a county is too high for a checkpoint; lanes named twice
    setUp(Api.ADMIN, body(name, "HIGHWAY_EXIT", Api.JIANDE, 119.2, 29.5)).then().statusCode(400);
    setUp(
            Api.SHOUCHANG_COMMAND,
            body(name, "HIGHWAY_EXIT", Api.SHOUCHANG, 119.2, 29.5).replace("货车道", "1号车道"))
        .then()
        .statusCode(400);
  }

  @Test
  void changesLanesSuspensionAndClosingKeepPostAndMapInStep() {
    String name = "西湖村服务点" + UUID.randomUUID().toString().substring(0, 6);
    Response created =
        setUp(Api.SHOUCHANG_COMMAND, body(name, "SERVICE_POINT", Api.XIHU_VILLAGE, 119.25, 29.60));
    created.then().statusCode(201);
    String id = created.jsonPath().getString("id");
    String post = created.jsonPath().getString("post");

    // renamed and moved: the post is renamed, the feature follows
    String renamed = name + "新";
    Response changed =
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .header("If-Match", "\"0\"")
            .body(
                """
                {"name":"%s","kind":"SERVICE_POINT","location":{"lon":119.251,"lat":29.601},
                 "hours":"07:00–19:00"}
                """
                    .formatted(renamed))
            .put("/checkpoints/{id}", id);
    changed
        .then()
        .statusCode(200)
        .body("name", equalTo(renamed))
        .body("hours", equalTo("07:00–19:00"));
    String etag = changed.header("ETag");
    as(Api.SHOUCHANG_COMMAND).get("/posts/{id}", post).then().body("name", equalTo(renamed));
    assertThat(mapNames(Api.SHOUCHANG_COMMAND, Api.XIHU_VILLAGE))
        .contains(renamed)
        .doesNotContain(name);
    // a stale version is refused
    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(
            "{\"name\":\"x\",\"kind\":\"SERVICE_POINT\",\"location\":{\"lon\":119.2,\"lat\":29.6}}")
        .put("/checkpoints/{id}", id)
        .then()
        .statusCode(412);

    // a green lane added, a lane closed, a name taken refused
    Response lane =
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .header("If-Match", etag)
            .body("{\"name\":\"核酸绿色通道\",\"kind\":\"GREEN_TESTING\"}")
            .post("/checkpoints/{id}/lanes", id);
    lane.then().statusCode(200).body("lanes.find { it.no == 4 }.kind", equalTo("GREEN_TESTING"));
    etag = lane.header("ETag");
    Response closedLane =
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .header("If-Match", etag)
            .body("{\"name\":\"货车道\",\"kind\":\"TRUCKS\",\"open\":false}")
            .put("/checkpoints/{id}/lanes/2", id);
    closedLane.then().statusCode(200).body("lanes.find { it.no == 2 }.open", equalTo(false));
    etag = closedLane.header("ETag");
    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .header("If-Match", etag)
        .body("{\"name\":\"货车道\",\"kind\":\"VEHICLES\"}")
        .put("/checkpoints/{id}/lanes/1", id)
        .then()
        .statusCode(409);
    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .header("If-Match", etag)
        .body("{\"name\":\"九号\",\"kind\":\"VEHICLES\"}")
        .put("/checkpoints/{id}/lanes/9", id)
        .then()
        .statusCode(404);

    // suspended: the map says so; opening again clears it
    etag = status(id, etag, "SUSPENDED", 200).header("ETag");
    assertThat(mapNames(Api.SHOUCHANG_COMMAND, Api.XIHU_VILLAGE)).contains(renamed + "(暂停)");
    status(id, etag, "SUSPENDED", 409);
    etag = status(id, etag, "OPEN", 200).header("ETag");
    assertThat(mapNames(Api.SHOUCHANG_COMMAND, Api.XIHU_VILLAGE)).contains(renamed);

    // closed for good: the post closes, the feature leaves the map, nothing more changes
    etag = status(id, etag, "CLOSED", 200).header("ETag");
    as(Api.SHOUCHANG_COMMAND).get("/posts/{id}", post).then().body("active", equalTo(false));
    assertThat(mapNames(Api.SHOUCHANG_COMMAND, Api.XIHU_VILLAGE)).doesNotContain(renamed);
    status(id, etag, "OPEN", 409);
    // and the name may serve a new checkpoint
    setUp(Api.SHOUCHANG_COMMAND, body(renamed, "SERVICE_POINT", Api.XIHU_VILLAGE, 119.25, 29.60))
        .then()
        .statusCode(201);
    as(Api.ADMIN)
        .queryParam("subjectId", id)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("set-up"))
        .body("items.action", hasItem("closed"));
  }

  static Response status(String id, String etag, String status, int expected) {
    Response response =
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .header("If-Match", etag)
            .body("{\"status\":\"" + status + "\",\"reason\":\"台风过境\"}")
            .post("/checkpoints/{id}/status", id);
    response.then().statusCode(expected);
    return response;
  }
}
