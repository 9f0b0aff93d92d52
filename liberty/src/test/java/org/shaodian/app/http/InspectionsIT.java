package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inspections through the running server: recorded by the person signed in at the checkpoint,
 * judged by the screening policy in force, stored once however often sent (one by one, in device
 * batches, by two senders at once), handed to a grid in the same transaction or not at all, and
 * counted into tallies that equal a count of the rows.
 */
class InspectionsIT {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static String checkpoint;
  static String recorder;
  static int idSeq = 100;

  @BeforeAll
  static void aHighwayExitWithItsRecorderSignedIn() {
    Desk desk = highwayExit(Api.SHOUCHANG, "查验测试卡口", 119.2385, 29.5891);
    checkpoint = desk.checkpoint();
    recorder = desk.recorder();
  }

  /** A checkpoint and the person signed in on its recorder's seat for this shift. */
  record Desk(String checkpoint, String recorder) {}

  /** A checkpoint, its rosters post, and a person on its recorder's seat {@code seat}. */
  record Rostered(String checkpoint, String post, String seat, String person) {}

  /**
   * A highway exit in a region of Shouchang set up by the town's command, named {@code name} and a
   * few random characters, with a new person on its recorder's seat in the shift running now, not
   * yet signed in.
   */
  static Rostered rosteredHighwayExit(String region, String name, double lon, double lat) {
    Response created =
        CheckpointsIT.setUp(
            Api.SHOUCHANG_COMMAND,
            CheckpointsIT.body(
                name + UUID.randomUUID().toString().substring(0, 6),
                "HIGHWAY_EXIT",
                region,
                lon,
                lat));
    created.then().statusCode(201);
    String post = created.jsonPath().getString("post");
    String person = RostersIT.person();
    OffsetDateTime now = OffsetDateTime.now(SHANGHAI);
    String seat = now.toLocalDate() + "/" + (now.getHour() / 8 + 1) + "/RECORDER/1";
    RostersIT.assign(Api.SHOUCHANG_COMMAND, post, seat, person).then().statusCode(201);
    return new Rostered(created.jsonPath().getString("id"), post, seat, person);
  }

  /** {@link #rosteredHighwayExit}, with the recorder signed in on the seat now. */
  static Desk highwayExit(String region, String name, double lon, double lat) {
    Rostered exit = rosteredHighwayExit(region, name, lon, lat);
    as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body("{\"person\":\"" + exit.person() + "\"}")
        .post("/posts/" + exit.post() + "/seats/" + exit.seat() + "/sign-in")
        .then()
        .statusCode(200);
    return new Desk(exit.checkpoint(), exit.person());
  }

  @org.junit.jupiter.api.AfterAll
  static void closeTheCheckpoints() {
    CheckpointsIT.closeWhatTheTestsSetUp();
  }

  /** A valid ID number, different each call. */
  static String idNumber() {
    String first17 = "33018219800101" + String.format("%03d", idSeq++ % 1000);
    return first17 + GridsIT.checkDigit(first17);
  }

  static String traveller(String role, String name, String code, Integer riskDays) {
    return """
        {"role":"%s","name":"%s","idNumber":"%s","phone":"13957101234","healthCode":"%s",
         %s"testAgeHours":20,"temperature":36.6}"""
        .formatted(
            role,
            name,
            idNumber(),
            code,
            riskDays == null ? "" : "\"riskAreaDaysAgo\":" + riskDays + ",");
  }

  /** A car's inspection, its steps a second apart from now. */
  static String car(String id, String outcome, String destination, String... travellers) {
    return car(3, id, outcome, destination, travellers);
  }

  /**
   * A car's inspection verified, recorded and diverted a second apart from now, guided {@code
   * seconds} (3 or more) before it was diverted.
   */
  static String car(
      long seconds, String id, String outcome, String destination, String... travellers) {
    Instant t = Instant.now();
    return """
        {"id":"%s","checkpoint":"%s","lane":1,"subject":"VEHICLE","vehicleKind":"CAR",
         "plate":"浙A%05d","origin":"310000",%s
         "guidedAt":"%s","verifiedAt":"%s","recordedAt":"%s","divertedAt":"%s",
         "outcome":"%s","recorder":"%s","people":[%s]}"""
        .formatted(
            id,
            checkpoint,
            Math.abs(id.hashCode()) % 100_000,
            destination == null ? "" : "\"destination\":\"" + destination + "\",",
            t.plusSeconds(3 - seconds),
            t.plusSeconds(1),
            t.plusSeconds(2),
            t.plusSeconds(3),
            outcome,
            recorder,
            String.join(",", travellers));
  }

  static String green(String name) {
    return traveller("DRIVER", name, "GREEN", null);
  }

  static Response record(String body) {
    return as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body(body)
        .post("/inspections");
  }

  static Response batch(List<String> items) {
    return as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body("{\"items\":[" + String.join(",", items) + "]}")
        .post("/inspection-batches");
  }

  static long stored(String outcome) {
    RequestSpecification list =
        as(Api.SHOUCHANG_OFFICIAL)
            .queryParam("checkpoint", checkpoint)
            .queryParam("day", LocalDate.now(SHANGHAI).toString())
            .queryParam("size", 1);
    if (outcome != null) {
      list = list.queryParam("outcome", outcome);
    }
    return list.get("/inspections").then().statusCode(200).extract().jsonPath().getLong("total");
  }

  @Test
  void oneInspectionIsStoredOnceAndReadMasked() {
    String id = UUID.randomUUID().toString();
    String body = car(id, "RELEASED", null, green("王建国"));
    Response stored = record(body);
    stored.then().statusCode(201).body("id", equalTo(id)).body("people", equalTo(1));
    JsonPath view = stored.jsonPath();
    assertThat(view.getString("plate"))
        .contains("*")
        .doesNotStartWith("浙A" + (Math.abs(id.hashCode()) % 100_000));
    assertThat(view.getString("travellers[0].name")).isEqualTo("王**");
    assertThat(view.getString("travellers[0].idNumber")).contains("*");
    assertThat(view.getString("travellers[0].checks")).isEqualTo("****");
    assertThat(view.getString("policy")).isNotNull();
    assertThat(view.getString("recorder")).isEqualTo(recorder);
    // sent again: the same inspection, nothing new
    record(body).then().statusCode(200).body("id", equalTo(id));
    // another inspection under the same id
    record(car(id, "RELEASED", null, green("李四"))).then().statusCode(409);
    as(Api.SHOUCHANG_OFFICIAL).get("/inspections/{id}", id).then().statusCode(200);
    as(Api.YINHU_COMMAND).get("/inspections/{id}", id).then().statusCode(404);
  }

  @Test
  void thePolicyAndTheStepsAreRulesNotAdvice() {
    // a red code is not released
    String red = UUID.randomUUID().toString();
    record(car(red, "RELEASED", null, traveller("DRIVER", "赵红", "RED", null)))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(Api.SHOUCHANG_OFFICIAL).get("/inspections/{id}", red).then().statusCode(404);
    // travel through a risk area three days ago: tested on site, not released
    record(
            car(
                UUID.randomUUID().toString(),
                "RELEASED",
                null,
                traveller("DRIVER", "钱途", "GREEN", 3)))
        .then()
        .statusCode(400);
    record(
            car(
                UUID.randomUUID().toString(),
                "TESTED_ON_SITE",
                null,
                traveller("DRIVER", "钱途", "GREEN", 3)))
        .then()
        .statusCode(201);
    // verified before guided
    String body = car(UUID.randomUUID().toString(), "RELEASED", null, green("孙立"));
    JsonPath parsed = JsonPath.from(body);
    String swapped =
        body.replace(
            "\"verifiedAt\":\"" + parsed.getString("verifiedAt"),
            "\"verifiedAt\":\"" + Instant.parse(parsed.getString("guidedAt")).minusSeconds(5));
    record(swapped).then().statusCode(400);
    // someone not signed in here
    record(
            car(UUID.randomUUID().toString(), "RELEASED", null, green("周五"))
                .replace(recorder, RostersIT.person()))
        .then()
        .statusCode(400);
    // an invalid plate, a pedestrian with a plate
    record(
            car(UUID.randomUUID().toString(), "RELEASED", null, green("吴六"))
                .replaceFirst("\"plate\":\"[^\"]*\"", "\"plate\":\"XX\""))
        .then()
        .statusCode(400);
  }

  @Test
  void aHandOverOpensTheGridCaseInTheSameTransactionOrNothingIsStored() {
    String name = "返乡" + UUID.randomUUID().toString().substring(0, 4);
    String id = UUID.randomUUID().toString();
    record(car(id, "HOME_MANAGEMENT", Api.XIHU_VILLAGE, traveller("DRIVER", name, "GREEN", 5)))
        .then()
        .statusCode(201)
        .body("outcome", equalTo("HOME_MANAGEMENT"));
    as(Api.SHOUCHANG_COMMAND)
        .queryParam("region", Api.XIHU_VILLAGE)
        .queryParam("size", 100)
        .get("/home-cases")
        .then()
        .statusCode(200)
        .body("items.name", hasItem(name));
    as(Api.SHOUCHANG_COMMAND)
        .queryParam("region", Api.XIHU_VILLAGE)
        .queryParam("q", name)
        .get("/returnees")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));

    // the grid refuses (outside the staff's town): the inspection is not stored either
    String refusedName = "外地" + UUID.randomUUID().toString().substring(0, 4);
    String refused = UUID.randomUUID().toString();
    long before = stored(null);
    record(
            car(
                refused,
                "HOME_MANAGEMENT",
                Api.YANGAN_GRID_1,
                traveller("DRIVER", refusedName, "GREEN", 5)))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as(Api.SHOUCHANG_OFFICIAL).get("/inspections/{id}", refused).then().statusCode(404);
    assertThat(stored(null)).isEqualTo(before);
  }

  @Test
  void everyTravellersTemperatureIsTakenAndTheItemSaysWhichIsMissing() {
    String unmeasured = green("未测").replace(",\"temperature\":36.6", "");
    String tooPrecise = traveller("PASSENGER", "两位小数", "GREEN", null).replace("36.6", "36.55");
    long before = stored(null);

    JsonPath answer =
        batch(
                List.of(
                    car(UUID.randomUUID().toString(), "RELEASED", null, unmeasured),
                    car(UUID.randomUUID().toString(), "RELEASED", null, green("司机"), tooPrecise)))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(answer.getList("items.result")).containsExactly("REJECTED", "REJECTED");
    assertThat(answer.getString("items[0].problem.errors[0].field"))
        .isEqualTo("people[0].temperature");
    assertThat(answer.getString("items[1].problem.errors[0].field"))
        .isEqualTo("people[1].temperature");
    assertThat(stored(null)).isEqualTo(before);
  }

  @Test
  void aBatchIsStoredOnceItemByItemHoweverOftenItIsSent() {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      items.add(car(UUID.randomUUID().toString(), "RELEASED", null, green("批量" + i)));
    }
    // malformed: no people; refused by the grid: a destination outside the town
    items.add(
        car(UUID.randomUUID().toString(), "RELEASED", null)
            .replace("\"people\":[]", "\"people\":[]"));
    items.add(
        car(
            UUID.randomUUID().toString(),
            "HOME_MANAGEMENT",
            Api.YANGAN_GRID_1,
            traveller("DRIVER", "越界", "GREEN", 5)));
    long before = stored(null);

    JsonPath first = batch(items).then().statusCode(200).extract().jsonPath();
    assertThat(first.getInt("stored")).isEqualTo(4);
    assertThat(first.getInt("rejected")).isEqualTo(2);
    assertThat(first.getList("items.result"))
        .containsExactly("STORED", "STORED", "STORED", "STORED", "REJECTED", "REJECTED");
    assertThat(first.getInt("items[4].problem.status")).isEqualTo(400);
    assertThat(first.getString("items[4].problem.errors[0].field")).isEqualTo("people");
    assertThat(first.getInt("items[5].problem.status")).isEqualTo(404);

    for (int resend = 0; resend < 3; resend++) {
      JsonPath again = batch(items).then().statusCode(200).extract().jsonPath();
      assertThat(again.getInt("stored")).isZero();
      assertThat(again.getInt("duplicates")).isEqualTo(4);
    }
    assertThat(stored(null)).isEqualTo(before + 4);

    // two senders at once: each item stored by one of them, once
    List<String> fresh = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      fresh.add(car(UUID.randomUUID().toString(), "RELEASED", null, green("并发" + i)));
    }
    CompletableFuture<JsonPath> a =
        CompletableFuture.supplyAsync(
            () -> batch(fresh).then().statusCode(200).extract().jsonPath());
    CompletableFuture<JsonPath> b =
        CompletableFuture.supplyAsync(
            () -> batch(fresh).then().statusCode(200).extract().jsonPath());
    JsonPath ra = a.join();
    JsonPath rb = b.join();
    assertThat(ra.getInt("stored") + rb.getInt("stored")).isEqualTo(20);
    assertThat(ra.getInt("duplicates") + rb.getInt("duplicates")).isEqualTo(20);
    assertThat(stored(null)).isEqualTo(before + 24);

    // a batch over the limit is refused whole
    List<String> tooMany = new ArrayList<>();
    String one = fresh.get(0);
    for (int i = 0; i < 1001; i++) {
      tooMany.add(one);
    }
    batch(tooMany).then().statusCode(400);
  }

  @Test
  void theTalliesEqualACountOfTheRows() {
    for (int i = 0; i < 3; i++) {
      record(
              car(
                  new long[] {3, 47, 125}[i],
                  UUID.randomUUID().toString(),
                  "RELEASED",
                  null,
                  green("计数" + i),
                  traveller("PASSENGER", "乘客" + i, "GREEN", null)))
          .then()
          .statusCode(201);
    }
    String day = LocalDate.now(SHANGHAI).toString();
    JsonPath figures =
        as(Api.SHOUCHANG_OFFICIAL)
            .queryParam("region", Api.SHOUCHANG)
            .queryParam("day", day)
            .queryParam("since", LocalDate.now(SHANGHAI).minusDays(6).toString())
            .get("/checkpoint-tallies")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> ofDay =
        figures.getList("ofDay.findAll { it.checkpoint == '" + checkpoint + "' }");
    long inspections =
        ofDay.stream().mapToLong(c -> ((Number) c.get("inspections")).longValue()).sum();
    assertThat(inspections).isEqualTo(stored(null));
    for (String outcome : List.of("RELEASED", "TESTED_ON_SITE", "HOME_MANAGEMENT")) {
      long counted =
          ofDay.stream()
              .filter(c -> outcome.equals(c.get("outcome")))
              .mapToLong(c -> ((Number) c.get("inspections")).longValue())
              .sum();
      assertThat(counted).as(outcome).isEqualTo(stored(outcome));
    }
    assertThat(
            figures
                .getList(
                    "cumulative.findAll { it.checkpoint == '" + checkpoint + "' }.inspections",
                    Integer.class)
                .stream()
                .mapToLong(Integer::longValue)
                .sum())
        .isEqualTo(inspections);

    // the pace: the median time from guided to diverted of the day's vehicles, read row by row
    List<Long> seconds = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonPath rows =
          as(Api.SHOUCHANG_OFFICIAL)
              .queryParam("checkpoint", checkpoint)
              .queryParam("day", day)
              .queryParam("page", page)
              .queryParam("size", 100)
              .get("/inspections")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      for (Map<String, Object> row : rows.<Map<String, Object>>getList("items")) {
        if ("VEHICLE".equals(row.get("subject"))) {
          seconds.add(
              Duration.between(
                      OffsetDateTime.parse((String) row.get("guidedAt")),
                      OffsetDateTime.parse((String) row.get("divertedAt")))
                  .toSeconds());
        }
      }
      if ((page + 1) * 100L >= rows.getLong("total")) {
        break;
      }
    }
    Collections.sort(seconds);
    int n = seconds.size();
    long median =
        n % 2 == 1
            ? seconds.get(n / 2)
            : Math.round((seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2.0);
    assertThat(figures.getList("pace.findAll { it.checkpoint == '" + checkpoint + "' }"))
        .hasSize(1);
    assertThat(figures.getLong("pace.find { it.checkpoint == '" + checkpoint + "' }.vehicles"))
        .isEqualTo(n);
    assertThat(figures.getLong("pace.find { it.checkpoint == '" + checkpoint + "' }.medianSeconds"))
        .isEqualTo(median);
  }

  @Test
  void aSuspendedCheckpointTakesNoInspections() {
    Response created =
        CheckpointsIT.setUp(
            Api.SHOUCHANG_COMMAND,
            CheckpointsIT.body(
                "暂停卡口" + UUID.randomUUID().toString().substring(0, 6),
                "INSPECTION_STATION",
                Api.SHOUCHANG,
                119.24,
                29.59));
    String other = created.jsonPath().getString("id");
    CheckpointsIT.status(other, "\"0\"", "SUSPENDED", 200);
    record(
            car(UUID.randomUUID().toString(), "RELEASED", null, green("停"))
                .replace(checkpoint, other))
        .then()
        .statusCode(409);
    as(Api.SHOUCHANG_CHECKPOINT)
        .queryParam("checkpoint", other)
        .get("/inspections")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(other)))
        .body("total", equalTo(0));
  }
}
