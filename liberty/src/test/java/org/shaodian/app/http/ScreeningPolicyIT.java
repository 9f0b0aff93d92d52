package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Screening policy through the running server: versions issued per region, inherited down the tree,
 * the one in force switching at its time without a restart, trial judgements, and every refusal
 * leaving nothing behind. Each test writes to villages of its own, so that the demo versions
 * (Hangzhou's from 2026-01-01, Shouchang's tea-season one) stay as they are for the others.
 */
class ScreeningPolicyIT {

  static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
  static final String TONGJIA_VILLAGE = "330182107202";
  static final String SHIQUAN_VILLAGE = "330182107203";
  static final String BUJIAPENG_VILLAGE = "330182107204";
  static final String WUSHI_VILLAGE = "330182107205";

  static OffsetDateTime now() {
    return OffsetDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.SECONDS);
  }

  /** A version for a region, effective at a time, a test younger than {@code hours} from 31. */
  static String version(String region, OffsetDateTime effectiveFrom, int hours) {
    return """
        {"region":"%s","effectiveFrom":"%s","greenCodeRequired":true,"riskAreaDays":7,
         "testMaxAgeHours":%d,"testOrigins":["310000","330100"],"feverFrom":37.3,
         "note":"测试用政策版本"}
        """
        // ISO_OFFSET_DATE_TIME keeps ":00" seconds, which toString() drops (not RFC 3339)
        .formatted(region, effectiveFrom.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), hours);
  }

  static Response issue(String user, String body) {
    return as(user).contentType("application/json").body(body).post("/screening-policies");
  }

  static JsonPath inForce(String user, String region, OffsetDateTime at) {
    var request = as(user).queryParam("region", region);
    if (at != null) {
      request.queryParam("at", at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
    Response response = request.get("/screening-policies/in-force");
    response.then().statusCode(200);
    return response.jsonPath();
  }

  /** A green traveller from Shanghai with a 30-hour-old test, 36.6 ℃. */
  static String traveller(String region, OffsetDateTime at) {
    return """
        {"region":"%s",%s"healthCode":"GREEN","testAgeHours":30,"temperature":36.6,
         "origin":"310115"}
        """
        .formatted(
            region,
            at == null
                ? ""
                : "\"at\":\"" + at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\",");
  }

  static JsonPath judge(String user, String body) {
    Response response =
        as(user).contentType("application/json").body(body).post("/screening-policies/judgement");
    response.then().statusCode(200);
    return response.jsonPath();
  }

  static int versionsOf(String region) {
    return as(Api.SHOUCHANG_COMMAND)
        .queryParam("region", region)
        .get("/screening-policies")
        .then()
        .statusCode(200)
        .extract()
        .path("total");
  }

  @Test
  void aVillageInheritsItsTownsVersionAndATownWithoutOneTheCitys() {
    // Shouchang has its tea-season version: the town's own, and Xihu village's by inheritance
    JsonPath town = inForce(Api.SHOUCHANG_OFFICIAL, Api.SHOUCHANG, null);
    assertThat(town.getBoolean("inherited")).isFalse();
    assertThat(town.getString("policy.region")).isEqualTo(Api.SHOUCHANG);
    JsonPath village = inForce(Api.SHOUCHANG_CHECKPOINT, Api.XIHU_VILLAGE, null);
    assertThat(village.getBoolean("inherited")).isTrue();
    assertThat(village.getString("region")).isEqualTo(Api.XIHU_VILLAGE);
    assertThat(village.getString("regionName")).isEqualTo("西湖村");
    assertThat(village.getString("policy.id")).isEqualTo(town.getString("policy.id"));
    assertThat(village.getString("policy.regionName")).isEqualTo("寿昌镇");
    assertThat(village.getInt("policy.testMaxAgeHours")).isEqualTo(48);

    // Genglou has none: Hangzhou's applies there
    JsonPath genglou = inForce(Api.JIANDE_OFFICIAL, Api.GENGLOU, null);
    assertThat(genglou.getBoolean("inherited")).isTrue();
    assertThat(genglou.getString("policy.region")).isEqualTo(Api.HANGZHOU);
    assertThat(genglou.getString("policy.effectiveFrom")).startsWith("2026-01-01T00:00");
    assertThat(genglou.getList("policy.testOrigins")).containsExactly("31", "3205");
    assertThat(genglou.getDouble("policy.feverFrom")).isEqualTo(37.3);
    // the city's version is readable below it, though issued above the jurisdiction
    String city = genglou.getString("policy.id");
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/screening-policies/{id}", city)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("region", equalTo(Api.HANGZHOU));
    // a town's version is not readable from another town
    as(Api.YINHU_COMMAND)
        .get("/screening-policies/{id}", town.getString("policy.id"))
        .then()
        .statusCode(404);

    // the list: the village's own (none), then with inherited=true the town's and the city's
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("region", Api.XIHU_VILLAGE)
        .get("/screening-policies")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    List<String> regions =
        as(Api.SHOUCHANG_OFFICIAL)
            .queryParam("region", Api.XIHU_VILLAGE)
            .queryParam("inherited", "true")
            .get("/screening-policies")
            .then()
            .statusCode(200)
            .extract()
            .path("items.region");
    assertThat(regions).contains(Api.SHOUCHANG, Api.HANGZHOU);
    assertThat(regions.indexOf(Api.SHOUCHANG)).isLessThan(regions.indexOf(Api.HANGZHOU));

    // before the city's first version, nothing was in force: a clear 409
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("region", Api.XIHU_VILLAGE)
        .queryParam("at", "2025-06-01T08:00:00+08:00")
        .get("/screening-policies/in-force")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    // outside the jurisdiction: as if the place did not exist
    as(Api.JIANDE_OFFICIAL)
        .queryParam("region", Api.YINHU)
        .get("/screening-policies/in-force")
        .then()
        .statusCode(404);
  }

  @Test
  void aVersionIsIssuedForTheFutureAndReadBack() {
    OffsetDateTime from = now().plusHours(3);
    Response issued = issue(Api.SHOUCHANG_COMMAND, version(TONGJIA_VILLAGE, from, 24));
    issued
        .then()
        .statusCode(201)
        .header("ETag", equalTo("\"0\""))
        .header("Location", endsWith("/screening-policies/" + issued.jsonPath().getString("id")));
    JsonPath version = issued.jsonPath();
    assertThat(version.getBoolean("scheduled")).isTrue();
    assertThat(version.getString("issuedBy")).isEqualTo(Api.SHOUCHANG_COMMAND);
    // 310000 is Shanghai (31), 330100 the city of Hangzhou (3301)
    assertThat(version.getList("testOrigins")).containsExactly("31", "3301");
    assertThat(OffsetDateTime.parse(version.getString("effectiveFrom")).toInstant())
        .isEqualTo(from.toInstant());
    String id = version.getString("id");
    as(Api.SHOUCHANG_CHECKPOINT)
        .get("/screening-policies/{id}", id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id));

    // now the town's applies; from its time, the village's own
    assertThat(inForce(Api.SHOUCHANG_OFFICIAL, TONGJIA_VILLAGE, null).getString("policy.id"))
        .isNotEqualTo(id);
    JsonPath then = inForce(Api.SHOUCHANG_OFFICIAL, TONGJIA_VILLAGE, from);
    assertThat(then.getString("policy.id")).isEqualTo(id);
    assertThat(then.getBoolean("inherited")).isFalse();
    // and its village is all it covers: the town keeps its own
    assertThat(inForce(Api.SHOUCHANG_OFFICIAL, Api.SHOUCHANG, from).getString("policy.id"))
        .isNotEqualTo(id);

    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("region", TONGJIA_VILLAGE)
        .get("/screening-policies")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    as(Api.ADMIN)
        .queryParam("subjectId", id)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("issued"));
  }

  @Test
  void aVersionSwitchesAtItsTimeWithoutARestart() throws InterruptedException {
    // under the town's tea-season version, a 30-hour-old test from Shanghai passes
    JsonPath before = judge(Api.SHOUCHANG_CHECKPOINT, traveller(SHIQUAN_VILLAGE, null));
    assertThat(before.getString("decision")).isEqualTo("PASS");
    assertThat(before.getList("reasons")).isEmpty();
    String old = before.getString("inForce.policy.id");

    // the village asks for a test younger than 24 h, from a few seconds on
    OffsetDateTime from = now().plusSeconds(10);
    Response issued = issue(Api.SHOUCHANG_COMMAND, version(SHIQUAN_VILLAGE, from, 24));
    issued.then().statusCode(201);
    String fresh = issued.jsonPath().getString("id");

    // asked about the times on either side of it, at once
    assertThat(
            inForce(Api.SHOUCHANG_CHECKPOINT, SHIQUAN_VILLAGE, from.minusSeconds(1))
                .getString("policy.id"))
        .isEqualTo(old);
    assertThat(inForce(Api.SHOUCHANG_CHECKPOINT, SHIQUAN_VILLAGE, from).getString("policy.id"))
        .isEqualTo(fresh);
    // asked about now, over and over: the old one until its time, then the new one
    JsonPath now = inForce(Api.SHOUCHANG_CHECKPOINT, SHIQUAN_VILLAGE, null);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    boolean sawOld = false;
    while (!now.getString("policy.id").equals(fresh) && Instant.now().isBefore(deadline)) {
      assertThat(now.getString("policy.id")).isEqualTo(old);
      assertThat(OffsetDateTime.parse(now.getString("at")).toInstant()).isBefore(from.toInstant());
      sawOld = true;
      Thread.sleep(500);
      now = inForce(Api.SHOUCHANG_CHECKPOINT, SHIQUAN_VILLAGE, null);
    }
    assertThat(sawOld).as("the old version was in force before the new one's time").isTrue();
    assertThat(now.getString("policy.id")).isEqualTo(fresh);
    assertThat(OffsetDateTime.parse(now.getString("at")).toInstant())
        .isAfterOrEqualTo(from.toInstant());
    assertThat(now.getBoolean("policy.scheduled")).isFalse();

    // the same traveller now goes to the green lane, and the judgement says why and by what
    JsonPath after = judge(Api.SHOUCHANG_CHECKPOINT, traveller(SHIQUAN_VILLAGE, null));
    assertThat(after.getString("decision")).isEqualTo("TEST_ON_SITE");
    assertThat(after.getList("reasons.finding")).containsExactly("TEST_TOO_OLD");
    assertThat(after.getString("reasons[0].text")).contains("30").contains("24");
    assertThat(after.getString("inForce.policy.id")).isEqualTo(fresh);
    // asked about a time before it, the old one still judges
    assertThat(
            judge(Api.SHOUCHANG_CHECKPOINT, traveller(SHIQUAN_VILLAGE, from.minusMinutes(1)))
                .getString("decision"))
        .isEqualTo("PASS");
  }

  @Test
  void judgementsGiveEveryReasonInTheCallersLanguage() {
    JsonPath referred =
        judge(
            Api.SHOUCHANG_CHECKPOINT,
            """
            {"region":"%s","healthCode":"RED","riskAreaDaysAgo":2,"temperature":37.6,
             "origin":"320583"}
            """
                .formatted(Api.XIHU_VILLAGE));
    assertThat(referred.getString("decision")).isEqualTo("REFER");
    assertThat(referred.getString("decisionName")).contains("不予放行");
    assertThat(referred.getList("reasons.finding"))
        .containsExactly("HEALTH_CODE_RED", "FEVER", "RISK_AREA", "TEST_MISSING");
    assertThat(referred.getList("reasons.decision"))
        .containsExactly("REFER", "REFER", "TEST_ON_SITE", "TEST_ON_SITE");
    Response english =
        as(Api.SHOUCHANG_CHECKPOINT)
            .contentType("application/json")
            .queryParam("lang", "en")
            .body(
                """
                {"region":"%s","healthCode":"YELLOW","temperature":36.5,"origin":"330182"}
                """
                    .formatted(Api.XIHU_VILLAGE))
            .post("/screening-policies/judgement");
    english
        .then()
        .statusCode(200)
        .body("decision", equalTo("REFER"))
        .body("reasons[0].text", equalTo("the health code is yellow; it must be green"));
  }

  @Test
  void refusalsWriteNothing() {
    OffsetDateTime from = now().plusDays(1);
    // staff and officials read policy but do not issue it
    issue(Api.SHOUCHANG_CHECKPOINT, version(BUJIAPENG_VILLAGE, from, 24)).then().statusCode(403);
    issue(Api.SHOUCHANG_OFFICIAL, version(BUJIAPENG_VILLAGE, from, 24)).then().statusCode(403);
    // outside the jurisdiction, above it, or no such place: 404 alike
    issue(Api.YINHU_COMMAND, version(BUJIAPENG_VILLAGE, from, 24)).then().statusCode(404);
    issue(Api.SHOUCHANG_COMMAND, version(Api.JIANDE, from, 24)).then().statusCode(404);
    issue(Api.SHOUCHANG_COMMAND, version("330182107999", from, 24)).then().statusCode(404);
    // bad input: 400 naming the field
    issue(Api.SHOUCHANG_COMMAND, version("3301821072", from, 24))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("region"));
    issue(Api.SHOUCHANG_COMMAND, version(BUJIAPENG_VILLAGE, now().minusMinutes(10), 24))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("effectiveFrom"));
    issue(Api.SHOUCHANG_COMMAND, version(BUJIAPENG_VILLAGE, now().plusYears(1).plusDays(1), 24))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("effectiveFrom"));
    issue(
            Api.SHOUCHANG_COMMAND,
            version(BUJIAPENG_VILLAGE, from, 24)
                .replace("\"riskAreaDays\":7", "\"riskAreaDays\":-3"))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("riskAreaDays"));
    issue(
            Api.SHOUCHANG_COMMAND,
            version(BUJIAPENG_VILLAGE, from, 24)
                .replace("[\"310000\",\"330100\"]", "[\"310000\",\"99\",\"3301x\"]"))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("testOrigins[1]", "testOrigins[2]"));
    issue(
            Api.SHOUCHANG_COMMAND,
            version(BUJIAPENG_VILLAGE, from, 24).replace("[\"310000\",\"330100\"]", "[]"))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("testOrigins"));
    issue(Api.SHOUCHANG_COMMAND, version(BUJIAPENG_VILLAGE, from, 24).replace("37.3", "36.0"))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("feverFrom"));
    assertThat(versionsOf(BUJIAPENG_VILLAGE)).isZero();

    // one version per region and time
    OffsetDateTime at = now().plusDays(2);
    issue(Api.SHOUCHANG_COMMAND, version(WUSHI_VILLAGE, at, 24)).then().statusCode(201);
    issue(Api.SHOUCHANG_COMMAND, version(WUSHI_VILLAGE, at, 36))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    assertThat(versionsOf(WUSHI_VILLAGE)).isEqualTo(1);

    // a judgement or a look-up with bad input
    as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body(traveller(Api.XIHU_VILLAGE, null).replace("36.6", "50.0"))
        .post("/screening-policies/judgement")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("temperature"));
    as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body(traveller(Api.XIHU_VILLAGE, null).replace("310115", "31"))
        .post("/screening-policies/judgement")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("origin"));
    as(Api.YINHU_COMMAND)
        .contentType("application/json")
        .body(traveller(Api.XIHU_VILLAGE, null))
        .post("/screening-policies/judgement")
        .then()
        .statusCode(404);
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("region", Api.XIHU_VILLAGE)
        .queryParam("at", "yesterday")
        .get("/screening-policies/in-force")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("at"));
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/screening-policies/in-force")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("region"));
    as(Api.SHOUCHANG_OFFICIAL).get("/screening-policies/{id}", "not-an-id").then().statusCode(404);
  }
}
