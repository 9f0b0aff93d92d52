package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Key places and their daily patrols (每日一巡) through the running server: set up by the command
 * office, patrolled once a day by checkpoint staff and grid workers, every checklist item answered
 * exactly once, the places not patrolled today listed, the day's figures counted; and every refusal
 * a problem+json that leaves nothing behind.
 */
class KeyPlacePatrolsIT {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String XIANGSHAN = "330111006001";
  static final String YINHU_COMMUNITY = "330111006002";
  static final List<String> CHECKLIST = List.of("扫码测温", "佩戴口罩", "通风消毒", "一米线", "进货台账");

  static String name(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 6);
  }

  static Response setUp(String user, String name, String kind, String region) {
    return as(user)
        .contentType("application/json")
        .body(
            Map.of(
                "name", name,
                "kind", kind,
                "region", region,
                "address", "寿昌镇新安路 18 号",
                "checklist", CHECKLIST))
        .post("/key-places");
  }

  static String created(String user, String name, String kind, String region) {
    Response response = setUp(user, name, kind, region);
    response.then().statusCode(201).header("ETag", equalTo("\"0\""));
    return response.path("id");
  }

  /** Every item answered, the ones named failed; {@code at} null: now. */
  static Map<String, Object> patrol(List<String> items, List<String> failed, String at) {
    List<Map<String, Object>> answers =
        items.stream()
            .map(
                item ->
                    failed.contains(item)
                        ? Map.<String, Object>of("item", item, "passed", false, "note", "入口未张贴场所码")
                        : Map.<String, Object>of("item", item, "passed", true))
            .toList();
    return at == null
        ? Map.of("items", answers, "rectification", "责令当日整改,明日复查")
        : Map.of("items", answers, "patrolledAt", at);
  }

  static Response record(String user, String place, Map<String, Object> body) {
    return as(user)
        .contentType("application/json")
        .body(body)
        .post("/key-places/{id}/patrols", place);
  }

  static void refused(Response response, int status) {
    response.then().statusCode(status).contentType("application/problem+json");
  }

  static long patrolCount(String place) {
    return as(Api.SHOUCHANG_COMMAND)
        .get("/key-places/{id}/patrols", place)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  static List<String> unpatrolled(String user, String region) {
    var request = as(user).queryParam("size", 100);
    if (region != null) {
      request = request.queryParam("region", region);
    }
    return request
        .get("/key-places/unpatrolled")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id");
  }

  /** A line's figures of the day's counts: places, patrolled, unpatrolled, withFailures, failed. */
  static List<Long> line(String user, String region, String lineRegion, String kind) {
    JsonPath counts =
        as(user)
            .queryParam("region", region)
            .get("/key-places/patrol-counts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> figures =
        counts.getMap(
            "lines.find { it.region == '"
                + lineRegion
                + "' && it.kind == '"
                + kind
                + "' }.figures");
    if (figures == null) {
      return List.of(0L, 0L, 0L, 0L, 0L);
    }
    return List.of("places", "patrolled", "unpatrolled", "withFailures", "itemsFailed").stream()
        .map(key -> ((Number) figures.get(key)).longValue())
        .collect(Collectors.toList());
  }

  @Test
  void aPlaceIsPatrolledOnceADayAndCounted() {
    List<Long> before =
        line(Api.SHOUCHANG_OFFICIAL, Api.SHOUCHANG, Api.XIHU_VILLAGE, "SUPERMARKET");
    String place = created(Api.SHOUCHANG_COMMAND, name("西湖村便民超市"), "SUPERMARKET", Api.XIHU_VILLAGE);
    as(Api.SHOUCHANG_CHECKPOINT)
        .get("/key-places/{id}", place)
        .then()
        .statusCode(200)
        .body("checklist", equalTo(CHECKLIST))
        .body("active", equalTo(true))
        .body("kindName", equalTo("超市"))
        .body("regionName", equalTo("西湖村"));
    assertThat(unpatrolled(Api.SHOUCHANG_CHECKPOINT, Api.SHOUCHANG)).contains(place);
    assertThat(line(Api.SHOUCHANG_OFFICIAL, Api.SHOUCHANG, Api.XIHU_VILLAGE, "SUPERMARKET"))
        .isEqualTo(plus(before, 1, 0, 1, 0, 0));

    // the checkpoint staff patrol it: one item failed, answered in any order
    List<String> shuffled = List.of("进货台账", "一米线", "扫码测温", "佩戴口罩", "通风消毒");
    Response patrolled =
        record(Api.SHOUCHANG_CHECKPOINT, place, patrol(shuffled, List.of("扫码测温"), null));
    patrolled
        .then()
        .statusCode(201)
        .body("place", equalTo(place))
        .body("day", equalTo(LocalDate.now(SHANGHAI).toString()))
        .body("patrolledBy", equalTo(Api.SHOUCHANG_CHECKPOINT))
        .body("items.item", equalTo(CHECKLIST))
        .body("items[0].passed", equalTo(false))
        .body("items[0].note", equalTo("入口未张贴场所码"))
        .body("itemsFailed", equalTo(1))
        .body("rectification", equalTo("责令当日整改,明日复查"));
    String patrolId = patrolled.path("id");
    assertThat(patrolled.header("Location"))
        .endsWith("/key-places/" + place + "/patrols/" + patrolId);
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/key-places/{id}/patrols/{patrol}", place, patrolId)
        .then()
        .statusCode(200)
        .body("itemsFailed", equalTo(1));

    // one patrol a day: a second one the same day is a conflict and changes nothing
    refused(record(Api.SHOUCHANG_CHECKPOINT, place, patrol(CHECKLIST, List.of(), null)), 409);
    refused(record(Api.SHOUCHANG_COMMAND, place, patrol(CHECKLIST, List.of(), null)), 409);
    as(Api.SHOUCHANG_CHECKPOINT)
        .get("/key-places/{id}/patrols", place)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(patrolId))
        .body("items[0].itemsFailed", equalTo(1));

    // no longer unpatrolled; counted as patrolled with its failure; its last patrol shown
    assertThat(unpatrolled(Api.SHOUCHANG_CHECKPOINT, Api.SHOUCHANG)).doesNotContain(place);
    assertThat(line(Api.SHOUCHANG_OFFICIAL, Api.SHOUCHANG, Api.XIHU_VILLAGE, "SUPERMARKET"))
        .isEqualTo(plus(before, 1, 1, 0, 1, 1));
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/key-places/{id}", place)
        .then()
        .body("lastPatrolled", equalTo(LocalDate.now(SHANGHAI).toString()));
    as(Api.ADMIN)
        .queryParam("subjectId", patrolId)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("recorded"));
    as(Api.ADMIN)
        .queryParam("subjectId", place)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("set-up"));
  }

  static List<Long> plus(List<Long> before, long... delta) {
    return java.util.stream.IntStream.range(0, before.size())
        .mapToObj(i -> before.get(i) + delta[i])
        .toList();
  }

  @Test
  void aWrongPatrolIsRefusedAndChangesNothing() {
    String place = created(Api.SHOUCHANG_COMMAND, name("寿昌汽车西站"), "STATION", Api.SHOUCHANG);

    // an item left out, one answered twice, one not on the checklist
    Response missing =
        record(Api.SHOUCHANG_CHECKPOINT, place, patrol(CHECKLIST.subList(0, 4), List.of(), null));
    refused(missing, 400);
    assertThat(missing.jsonPath().getList("errors.field")).contains("items");
    assertThat(missing.asString()).contains("进货台账");
    List<String> twice = new java.util.ArrayList<>(CHECKLIST);
    twice.add("一米线");
    refused(record(Api.SHOUCHANG_CHECKPOINT, place, patrol(twice, List.of(), null)), 400);
    List<String> unknown = new java.util.ArrayList<>(CHECKLIST);
    unknown.add("健康码查验");
    refused(record(Api.SHOUCHANG_CHECKPOINT, place, patrol(unknown, List.of(), null)), 400);
    // a day to come; the day before yesterday; malformed answers
    OffsetDateTime now = OffsetDateTime.now(SHANGHAI);
    refused(
        record(
            Api.SHOUCHANG_CHECKPOINT,
            place,
            patrol(CHECKLIST, List.of(), now.plusDays(1).toString())),
        400);
    refused(
        record(
            Api.SHOUCHANG_CHECKPOINT,
            place,
            patrol(CHECKLIST, List.of(), now.minusDays(2).toString())),
        400);
    refused(
        as(Api.SHOUCHANG_CHECKPOINT)
            .contentType("application/json")
            .body("{\"items\":[{\"item\":\"扫码测温\"}]}")
            .post("/key-places/{id}/patrols", place),
        400);
    refused(
        as(Api.SHOUCHANG_CHECKPOINT)
            .contentType("application/json")
            .body("{\"items\":[]}")
            .post("/key-places/{id}/patrols", place),
        400);
    // the wrong role, the wrong jurisdiction, no such place
    refused(record(Api.SHOUCHANG_OFFICIAL, place, patrol(CHECKLIST, List.of(), null)), 403);
    refused(record(Api.JIANDE_OFFICIAL, place, patrol(CHECKLIST, List.of(), null)), 403);
    refused(record(Api.YINHU_COMMAND, place, patrol(CHECKLIST, List.of(), null)), 404);
    refused(record(Api.XIANGSHAN_GRID, place, patrol(CHECKLIST, List.of(), null)), 404);
    refused(
        record(
            Api.SHOUCHANG_CHECKPOINT,
            UUID.randomUUID().toString(),
            patrol(CHECKLIST, List.of(), null)),
        404);
    refused(record(Api.SHOUCHANG_CHECKPOINT, "not-an-id", patrol(CHECKLIST, List.of(), null)), 404);
    assertThat(patrolCount(place)).isZero();
    assertThat(unpatrolled(Api.SHOUCHANG_CHECKPOINT, Api.SHOUCHANG)).contains(place);

    // yesterday's patrol: recorded late until noon, refused after
    String yesterday = now.minusDays(1).withHour(18).withMinute(0).toString();
    Response late =
        record(Api.SHOUCHANG_CHECKPOINT, place, patrol(CHECKLIST, List.of(), yesterday));
    if (now.toLocalTime().isBefore(LocalTime.NOON.minusMinutes(1))) {
      late.then().statusCode(201).body("day", equalTo(now.minusDays(1).toLocalDate().toString()));
      assertThat(patrolCount(place)).isEqualTo(1);
    } else if (now.toLocalTime().isAfter(LocalTime.NOON.plusMinutes(1))) {
      refused(late, 400);
      assertThat(patrolCount(place)).isZero();
    }
    // yesterday's patrol, whether recorded or not, is not today's
    assertThat(unpatrolled(Api.SHOUCHANG_CHECKPOINT, Api.SHOUCHANG)).contains(place);
  }

  @Test
  void anInactivePlaceTakesNoPatrolAndLeavesTheList() {
    String name = name("寿昌临时宾馆");
    String place = created(Api.SHOUCHANG_COMMAND, name, "HOTEL", Api.SHOUCHANG);
    // not the checkpoint staff's to deactivate; If-Match needed
    refused(
        as(Api.SHOUCHANG_CHECKPOINT)
            .contentType("application/json")
            .header("If-Match", "\"0\"")
            .body("{\"reason\":\"停业\"}")
            .post("/key-places/{id}/deactivation", place),
        403);
    refused(
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .body("{\"reason\":\"停业\"}")
            .post("/key-places/{id}/deactivation", place),
        428);
    Response deactivated =
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .header("If-Match", "\"0\"")
            .body("{\"reason\":\"停业\"}")
            .post("/key-places/{id}/deactivation", place);
    deactivated.then().statusCode(200).body("active", equalTo(false));
    String etag = deactivated.header("ETag");

    refused(record(Api.SHOUCHANG_CHECKPOINT, place, patrol(CHECKLIST, List.of(), null)), 409);
    assertThat(patrolCount(place)).isZero();
    assertThat(unpatrolled(Api.SHOUCHANG_CHECKPOINT, Api.SHOUCHANG)).doesNotContain(place);
    refused(
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .header("If-Match", etag)
            .body("{\"reason\":\"停业\"}")
            .post("/key-places/{id}/deactivation", place),
        409);
    as(Api.SHOUCHANG_COMMAND)
        .queryParam("region", Api.SHOUCHANG)
        .queryParam("active", "false")
        .queryParam("size", 100)
        .get("/key-places")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(place));
    // its name serves a new place
    created(Api.SHOUCHANG_COMMAND, name, "HOTEL", Api.SHOUCHANG);
  }

  @Test
  void changesAreVersionedAndPatrolsKeepTheChecklistTheyAnswered() {
    String name = name("寿昌第二农贸市场");
    String place = created(Api.SHOUCHANG_COMMAND, name, "MARKET", Api.SHOUCHANG);
    refused(setUp(Api.SHOUCHANG_COMMAND, name, "MARKET", Api.SHOUCHANG), 409);
    record(Api.SHOUCHANG_CHECKPOINT, place, patrol(CHECKLIST, List.of("进货台账"), null))
        .then()
        .statusCode(201);

    String change =
        """
        {"name":"%s","kind":"MARKET","address":"寿昌镇新安路 20 号",
         "checklist":["扫码测温","佩戴口罩","冷链食品追溯"]}"""
            .formatted(name);
    refused(
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .body(change)
            .put("/key-places/{id}", place),
        428);
    refused(
        as(Api.SHOUCHANG_CHECKPOINT)
            .contentType("application/json")
            .header("If-Match", "\"0\"")
            .body(change)
            .put("/key-places/{id}", place),
        403);
    refused(
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .header("If-Match", "\"0\"")
            .body(change.replace("\"MARKET\"", "\"SUPERMARKET\""))
            .put("/key-places/{id}", place),
        400);
    refused(
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .header("If-Match", "\"0\"")
            .body(change.replace("冷链食品追溯", "佩戴口罩"))
            .put("/key-places/{id}", place),
        400);
    refused(
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .header("If-Match", "\"0\"")
            .body(change.replaceAll("\\[.*\\]", "[]"))
            .put("/key-places/{id}", place),
        400);
    as(Api.SHOUCHANG_COMMAND)
        .get("/key-places/{id}", place)
        .then()
        .header("ETag", equalTo("\"0\""));

    Response changed =
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .header("If-Match", "\"0\"")
            .body(change)
            .put("/key-places/{id}", place);
    changed
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("checklist", equalTo(List.of("扫码测温", "佩戴口罩", "冷链食品追溯")));
    refused(
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .header("If-Match", "\"0\"")
            .body(change)
            .put("/key-places/{id}", place),
        412);
    // today's patrol keeps the checklist it answered
    as(Api.SHOUCHANG_COMMAND)
        .get("/key-places/{id}/patrols", place)
        .then()
        .statusCode(200)
        .body("items[0].items.item", equalTo(CHECKLIST))
        .body("items[0].itemsFailed", equalTo(1));
  }

  @Test
  void aGridWorkerPatrolsThePlacesOfItsCommunityOnly() {
    String market = created(Api.YINHU_COMMAND, name("香山社区菜场"), "MARKET", XIANGSHAN);
    String worksite = created(Api.YINHU_COMMAND, name("银湖社区工地"), "WORKSITE", YINHU_COMMUNITY);

    // the grid worker reads what it patrols, and patrols it
    as(Api.XIANGSHAN_GRID).get("/key-places/{id}", market).then().statusCode(200);
    assertThat(unpatrolled(Api.XIANGSHAN_GRID, null)).contains(market).doesNotContain(worksite);
    record(Api.XIANGSHAN_GRID, market, patrol(CHECKLIST, List.of(), null))
        .then()
        .statusCode(201)
        .body("patrolledBy", equalTo(Api.XIANGSHAN_GRID))
        .body("itemsFailed", equalTo(0));
    as(Api.XIANGSHAN_GRID)
        .get("/key-places/{id}/patrols", market)
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
    assertThat(unpatrolled(Api.XIANGSHAN_GRID, null)).doesNotContain(market);
    JsonPath counts =
        as(Api.XIANGSHAN_GRID)
            .get("/key-places/patrol-counts")
            .then()
            .statusCode(200)
            .body("region", equalTo(XIANGSHAN))
            .body("lines.region", not(hasItem(YINHU_COMMUNITY)))
            .extract()
            .jsonPath();
    assertThat(counts.getLong("totals.patrolled")).isPositive();

    // but not the places of the next community, nor set up or change any
    as(Api.XIANGSHAN_GRID).get("/key-places/{id}", worksite).then().statusCode(404);
    refused(record(Api.XIANGSHAN_GRID, worksite, patrol(CHECKLIST, List.of(), null)), 404);
    refused(setUp(Api.XIANGSHAN_GRID, name("香山超市"), "SUPERMARKET", XIANGSHAN), 403);
    refused(as(Api.XIANGSHAN_GRID).queryParam("region", YINHU_COMMUNITY).get("/key-places"), 404);
    // and the command office of another town sees none of Yinhu's
    as(Api.SHOUCHANG_COMMAND).get("/key-places/{id}", market).then().statusCode(404);
    refused(setUp(Api.YINHU_COMMAND, name("寿昌某超市"), "SUPERMARKET", Api.SHOUCHANG), 404);
  }

  @Test
  void badInputIsAProblemAndNothingIsSetUp() {
    String name = name("错误场所");
    refused(setUp(Api.SHOUCHANG_COMMAND, name, "CASINO", Api.SHOUCHANG), 400);
    refused(setUp(Api.SHOUCHANG_COMMAND, name, "MARKET", "33018"), 400);
    refused(setUp(Api.ADMIN, name, "MARKET", Api.JIANDE), 400);
    refused(
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .body(
                Map.of(
                    "name",
                    name,
                    "kind",
                    "MARKET",
                    "region",
                    Api.SHOUCHANG,
                    "checklist",
                    List.of()))
            .post("/key-places"),
        400);
    refused(
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .body(
                Map.of(
                    "name",
                    name,
                    "kind",
                    "MARKET",
                    "region",
                    Api.SHOUCHANG,
                    "checklist",
                    List.of("扫码测温", "扫码测温")))
            .post("/key-places"),
        400);
    as(Api.SHOUCHANG_COMMAND)
        .queryParam("region", Api.SHOUCHANG)
        .queryParam("size", 100)
        .get("/key-places")
        .then()
        .statusCode(200)
        .body("items.name", not(hasItem(name)));

    String tomorrow = LocalDate.now(SHANGHAI).plusDays(1).toString();
    refused(
        as(Api.SHOUCHANG_OFFICIAL).queryParam("day", tomorrow).get("/key-places/unpatrolled"), 400);
    refused(
        as(Api.SHOUCHANG_OFFICIAL).queryParam("day", tomorrow).get("/key-places/patrol-counts"),
        400);
    refused(
        as(Api.SHOUCHANG_OFFICIAL).queryParam("day", "yesterday").get("/key-places/patrol-counts"),
        400);
    refused(as(Api.SHOUCHANG_OFFICIAL).queryParam("kind", "CASINO").get("/key-places"), 400);
    refused(
        as(Api.SHOUCHANG_OFFICIAL).queryParam("region", Api.YINHU).get("/key-places/patrol-counts"),
        404);
    refused(as(Api.SHOUCHANG_OFFICIAL).get("/key-places/{id}", "not-an-id"), 404);
    refused(as(Api.SHOUCHANG_OFFICIAL).get("/key-places/{id}", UUID.randomUUID()), 404);
  }

  @Test
  void theDemoWeekShowsInTheFigures() {
    // Xihu village's hotel is not patrolled yet today; yesterday every Shouchang place was
    List<String> names =
        as(Api.SHOUCHANG_OFFICIAL)
            .queryParam("region", Api.SHOUCHANG)
            .queryParam("size", 100)
            .get("/key-places/unpatrolled")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.name");
    assertThat(names).contains("西湖山居宾馆").doesNotContain("寿昌农贸市场");
    String yesterday = LocalDate.now(SHANGHAI).minusDays(1).toString();
    JsonPath counts =
        as(Api.SHOUCHANG_OFFICIAL)
            .queryParam("region", Api.SHOUCHANG)
            .queryParam("day", yesterday)
            .get("/key-places/patrol-counts")
            .then()
            .statusCode(200)
            .body("day", equalTo(yesterday))
            .body("lines.kind", hasItem("HOTEL"))
            .extract()
            .jsonPath();
    assertThat(counts.getLong("totals.places")).isGreaterThanOrEqualTo(5);
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("region", Api.SHOUCHANG)
        .queryParam("kind", "MARKET")
        .get("/key-places")
        .then()
        .statusCode(200)
        .body("items.name", hasItem("寿昌农贸市场"));
  }
}
