package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Rosters through the running server: teams, posts, seats given by hand and in bulk, the rules a
 * seat keeps (qualification, absence, one holder, one duty at a time), sign-in, no-shows in
 * coverage, handovers and supervision findings.
 */
class RostersIT {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String COMMAND = Api.SHOUCHANG_COMMAND;

  /** A new person in Xihu village, with the given qualifications (no duties yet). */
  static String person(String... qualifications) {
    String quals =
        String.join(
            ",", java.util.Arrays.stream(qualifications).map(q -> "\"" + q + "\"").toList());
    return as(COMMAND)
        .contentType("application/json")
        .body(
            """
            {"name":"值守%s","affiliation":"VOLUNTEER","partyMember":true,
             "qualifications":[%s],"homeRegion":"%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), quals, Api.XIHU_VILLAGE))
        .post("/people")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  /** Opens a post in Shouchang with these shifts ([start, hours] …) and needs (JSON). */
  static JsonPath openPost(String shifts, String needs) {
    return as(COMMAND)
        .contentType("application/json")
        .body(
            """
            {"name":"测试点位%s","kind":"CHECKPOINT","region":"%s","shifts":%s,"needs":%s}"""
                .formatted(
                    UUID.randomUUID().toString().substring(0, 6), Api.SHOUCHANG, shifts, needs))
        .post("/posts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  static final String GUARD_NEEDS =
      """
      [{"role":"GROUP_LEADER","headcount":1},{"role":"INSPECTOR","headcount":2},
       {"role":"SWAB_TAKER","headcount":1,"shifts":[2]}]""";

  /** Tomorrow in Shanghai: whole shifts lie ahead. */
  static LocalDate tomorrow() {
    return LocalDate.now(SHANGHAI).plusDays(1);
  }

  static Response assign(String user, String post, String seat, String person) {
    return as(user)
        .contentType("application/json")
        .body("{\"person\":\"" + person + "\"}")
        .put("/posts/" + post + "/seats/" + seat);
  }

  @Test
  void aPostHasSeatsFromItsShiftsAndNeeds() {
    JsonPath post =
        openPost("[{\"startHour\":8,\"hours\":12},{\"startHour\":20,\"hours\":12}]", GUARD_NEEDS);
    assertThat(post.getInt("seatsPerDay")).isEqualTo(3 + 4);
    assertThat(post.getList("shifts.label")).containsExactly("08:00–20:00", "20:00–08:00");
    assertThat(post.getBoolean("shifts[1].night")).isTrue();
    assertThat(post.getList("shifts[1].needs.role")).contains("SWAB_TAKER");
    assertThat(post.getList("shifts[1].needs.find { it.role == 'SWAB_TAKER' }.qualifications"))
        .containsExactly("SWAB_SAMPLING");
    String id = post.getString("id");
    List<Map<String, Object>> seats =
        as(Api.SHOUCHANG_OFFICIAL)
            .queryParam("from", tomorrow().toString())
            .queryParam("to", tomorrow().toString())
            .get("/posts/{id}/seats", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(seats).hasSize(7).allSatisfy(s -> assertThat(s.get("state")).isEqualTo("OPEN"));
    // outside the caller's jurisdiction the post does not exist
    as(Api.YINHU_COMMAND).get("/posts/{id}", id).then().statusCode(404);
    as(Api.YINHU_COMMAND).get("/posts/{id}/seats", id).then().statusCode(404);
  }

  @Test
  void badPostsAreRefusedNamingTheField() {
    String base = "{\"name\":\"坏点位\",\"kind\":\"CHECKPOINT\",\"region\":\"" + Api.SHOUCHANG + "\",";
    as(COMMAND)
        .contentType("application/json")
        .body(
            base
                + "\"shifts\":[{\"startHour\":0,\"hours\":12},{\"startHour\":8,\"hours\":8}],\"needs\":[]}")
        .post("/posts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("shifts"));
    as(COMMAND)
        .contentType("application/json")
        .body(base + "\"needs\":[{\"role\":\"GUIDE\",\"headcount\":1,\"shifts\":[4]}]}")
        .post("/posts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("needs"));
    as(COMMAND)
        .contentType("application/json")
        .body(base + "\"needs\":[{\"role\":\"GUIDE\",\"headcount\":0}]}")
        .post("/posts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("needs[0].headcount"));
    as(COMMAND)
        .contentType("application/json")
        .body(base + "\"needs\":[{\"role\":\"JANITOR\",\"headcount\":1}]}")
        .post("/posts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("needs[0].role"));
    as(COMMAND)
        .contentType("application/json")
        .body(base + "\"team\":\"" + UUID.randomUUID() + "\",\"needs\":[]}")
        .post("/posts")
        .then()
        .statusCode(404);
    as(Api.SHOUCHANG_OFFICIAL)
        .contentType("application/json")
        .body(base + "\"needs\":[]}")
        .post("/posts")
        .then()
        .statusCode(403);
  }

  @Test
  void aChangeNeedsTheCurrentVersionAndMustKeepDutiesToComeInTheirSeats() {
    JsonPath post =
        openPost(
            "[{\"startHour\":0,\"hours\":8},{\"startHour\":8,\"hours\":8},{\"startHour\":16,\"hours\":8}]",
            GUARD_NEEDS);
    String id = post.getString("id");
    String inspector = person();
    String seat = tomorrow() + "/3/INSPECTOR/2";
    assign(COMMAND, id, seat, inspector).then().statusCode(201).body("state", equalTo("ASSIGNED"));
    String smaller =
        "{\"name\":\"缩减点位\",\"kind\":\"CHECKPOINT\",\"region\":\""
            + Api.SHOUCHANG
            + "\",\"needs\":[{\"role\":\"INSPECTOR\",\"headcount\":1}]}";
    as(COMMAND)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(smaller)
        .put("/posts/{id}", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("1"));
    as(COMMAND).delete("/posts/" + id + "/seats/" + seat).then().statusCode(204);
    as(COMMAND)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(smaller)
        .put("/posts/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("seatsPerDay", equalTo(3));
    as(COMMAND)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(smaller)
        .put("/posts/{id}", id)
        .then()
        .statusCode(412);
    as(COMMAND)
        .header("If-Match", "\"1\"")
        .post("/posts/{id}/closure", id)
        .then()
        .statusCode(200)
        .body("active", equalTo(false));
    assign(COMMAND, id, tomorrow() + "/1/INSPECTOR/1", inspector).then().statusCode(409);
  }

  @Test
  void aSeatKeepsItsRules() {
    String id =
        openPost(
                "[{\"startHour\":0,\"hours\":8},{\"startHour\":8,\"hours\":8},{\"startHour\":16,\"hours\":8}]",
                GUARD_NEEDS)
            .getString("id");
    String d = tomorrow().toString();
    String plain = person();
    String medic = person("SWAB_SAMPLING");
    // qualification: a swab taker must be able to swab
    assign(COMMAND, id, d + "/2/SWAB_TAKER/1", plain).then().statusCode(409);
    assign(COMMAND, id, d + "/2/SWAB_TAKER/1", medic)
        .then()
        .statusCode(201)
        .body("qualifications", hasItem("SWAB_SAMPLING"));
    // the same again is no change
    assign(COMMAND, id, d + "/2/SWAB_TAKER/1", medic).then().statusCode(200);
    // someone else holds it
    assign(COMMAND, id, d + "/2/SWAB_TAKER/1", plain).then().statusCode(409);
    // one duty at a time: the medic again in the same shift
    assign(COMMAND, id, d + "/2/INSPECTOR/1", medic).then().statusCode(409);
    // seats outside the pattern name what does not fit
    assign(COMMAND, id, d + "/4/INSPECTOR/1", plain)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("shift"));
    assign(COMMAND, id, d + "/1/SWAB_TAKER/1", plain)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("role"));
    assign(COMMAND, id, d + "/1/INSPECTOR/3", plain)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("seat"));
    assign(COMMAND, id, "2026-02-30/1/INSPECTOR/1", plain)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("date"));
    assign(COMMAND, id, d + "/1/JANITOR/1", plain)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("role"));
    // unknown person, unknown post, a person outside the caller's jurisdiction
    assign(COMMAND, id, d + "/1/INSPECTOR/1", UUID.randomUUID().toString()).then().statusCode(404);
    assign(COMMAND, UUID.randomUUID().toString(), d + "/1/INSPECTOR/1", plain)
        .then()
        .statusCode(404);
    assign(Api.YINHU_COMMAND, id, d + "/1/INSPECTOR/1", plain).then().statusCode(404);
    // a past shift cannot be given
    assign(COMMAND, id, LocalDate.now(SHANGHAI).minusDays(2) + "/1/INSPECTOR/1", plain)
        .then()
        .statusCode(409);
    // an absence: recorded, refused while it overlaps a duty, then the seat is refused
    String away =
        "{\"from\":\""
            + d
            + "T00:00:00+08:00\",\"until\":\""
            + tomorrow().plusDays(1)
            + "T00:00:00+08:00\",\"reason\":\"QUARANTINED\"}";
    as(COMMAND)
        .contentType("application/json")
        .body(away)
        .post("/people/{p}/absences", medic)
        .then()
        .statusCode(409);
    String absence =
        as(COMMAND)
            .contentType("application/json")
            .body(away)
            .post("/people/{p}/absences", plain)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    assign(COMMAND, id, d + "/1/INSPECTOR/1", plain)
        .then()
        .statusCode(409)
        .body("detail", containsString("不可值守"));
    // reasons are the command office's to read
    as(Api.SHOUCHANG_OFFICIAL).get("/people/{p}/absences", plain).then().statusCode(403);
    as(COMMAND)
        .get("/people/{p}/absences", plain)
        .then()
        .statusCode(200)
        .body("reason", hasItem("QUARANTINED"));
    as(COMMAND).delete("/people/{p}/absences/{a}", plain, absence).then().statusCode(204);
    assign(COMMAND, id, d + "/1/INSPECTOR/1", plain).then().statusCode(201);
    // the person's duty list
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("from", d)
        .queryParam("to", d)
        .get("/people/{p}/duties", medic)
        .then()
        .statusCode(200)
        .body("role", equalTo(List.of("SWAB_TAKER")));
    as(COMMAND)
        .queryParam("from", d)
        .queryParam("to", tomorrow().plusDays(40).toString())
        .get("/people/{p}/duties", medic)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("to"));
  }

  @Test
  void concurrentAttemptsOnOneSeatLeaveExactlyOneWinner() throws Exception {
    String id =
        openPost("[{\"startHour\":0,\"hours\":24}]", "[{\"role\":\"GUIDE\",\"headcount\":1}]")
            .getString("id");
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      people.add(person());
    }
    List<Integer> statuses =
        race(
            people.size(),
            i -> assign(COMMAND, id, tomorrow() + "/1/GUIDE/1", people.get(i)).statusCode());
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(people.size() - 1);
    as(COMMAND)
        .queryParam("from", tomorrow().toString())
        .get("/posts/{id}/seats", id)
        .then()
        .body("size()", equalTo(1))
        .body("[0].state", equalTo("ASSIGNED"));
  }

  @Test
  void concurrentSeatsForOnePersonAtOneTimeLeaveExactlyOneDuty() throws Exception {
    String id =
        openPost("[{\"startHour\":0,\"hours\":24}]", "[{\"role\":\"GUIDE\",\"headcount\":10}]")
            .getString("id");
    String person = person();
    List<Integer> statuses =
        race(10, i -> assign(COMMAND, id, tomorrow() + "/1/GUIDE/" + (i + 1), person).statusCode());
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
  }

  interface Attempt {
    int run(int i) throws Exception;
  }

  /** Runs the attempts at once, on as many threads. */
  static List<Integer> race(int n, Attempt attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        Callable<Integer> call =
            () -> {
              start.await();
              return attempt.run(index);
            };
        results.add(pool.submit(call));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : results) {
        statuses.add(result.get());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aBulkRequestGivesAllOrNothing() {
    String id =
        openPost(
                "[{\"startHour\":0,\"hours\":8},{\"startHour\":8,\"hours\":8},{\"startHour\":16,\"hours\":8}]",
                GUARD_NEEDS)
            .getString("id");
    String a = person("SHIFT_LEADERSHIP");
    String b = person();
    String d = tomorrow().toString();
    String good =
        """
        {"post":"%s","date":"%s","shift":1,"role":"GROUP_LEADER","seat":1,"person":"%s"},
        {"post":"%s","date":"%s","shift":1,"role":"INSPECTOR","seat":1,"person":"%s"}"""
            .formatted(id, d, a, id, d, b);
    String clash =
        """
        ,{"post":"%s","date":"%s","shift":1,"role":"INSPECTOR","seat":2,"person":"%s"}"""
            .formatted(id, d, b);
    as(COMMAND)
        .contentType("application/json")
        .body("{\"assignments\":[" + good + clash + "]}")
        .post("/assignments")
        .then()
        .statusCode(409)
        .body("detail", containsString("assignments[2]"));
    as(COMMAND)
        .queryParam("from", d)
        .get("/posts/{id}/seats", id)
        .then()
        .body("findAll { it.state != 'OPEN' }.size()", equalTo(0));
    as(COMMAND)
        .contentType("application/json")
        .body("{\"assignments\":[" + good + "]}")
        .post("/assignments")
        .then()
        .statusCode(201)
        .body("size()", equalTo(2))
        .body("assignedVia", equalTo(List.of("BULK", "BULK")));
    as(COMMAND)
        .contentType("application/json")
        .body(
            "{\"assignments\":[{\"post\":\""
                + id
                + "\",\"date\":\""
                + d
                + "\",\"shift\":1,\"role\":\"INSPECTOR\",\"seat\":9,\"person\":\""
                + b
                + "\"}]}")
        .post("/assignments")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("assignments[0].seat"));
  }

  static Response swap(String post, String first, String second) {
    return swap(COMMAND, post, first, second);
  }

  static Response swap(String user, String post, String first, String second) {
    return as(user)
        .contentType("application/json")
        .body("{\"first\":" + first + ",\"second\":" + second + "}")
        .post("/posts/{post}/seats/swaps", post);
  }

  static String place(LocalDate date, int shift, String role, int seat) {
    return "{\"date\":\"%s\",\"shift\":%d,\"role\":\"%s\",\"seat\":%d}"
        .formatted(date, shift, role, seat);
  }

  @Test
  void twoHoldersSwapSeatsInOneGoOrNotAtAllWithTheRuleThatRefuses() {
    String id =
        openPost("[{\"startHour\":8,\"hours\":8},{\"startHour\":16,\"hours\":8}]", GUARD_NEEDS)
            .getString("id");
    LocalDate d = tomorrow();
    String leader = person("SHIFT_LEADERSHIP");
    String inspector = person();
    String other = person();
    String day = d + "/1/";
    assign(COMMAND, id, day + "GROUP_LEADER/1", leader).then().statusCode(201);
    assign(COMMAND, id, day + "INSPECTOR/1", inspector).then().statusCode(201);
    assign(COMMAND, id, d + "/2/INSPECTOR/1", other).then().statusCode(201);

    // the inspector may not lead: the whole swap is refused, saying who and why
    swap(id, place(d, 1, "GROUP_LEADER", 1), place(d, 1, "INSPECTOR", 1))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("不能调到"))
        .body("detail", containsString("带班"));
    as(COMMAND)
        .queryParam("from", d.toString())
        .get("/posts/{id}/seats", id)
        .then()
        .body("find { it.shift == 1 && it.role == 'GROUP_LEADER' }.person", equalTo(leader))
        .body(
            "find { it.shift == 1 && it.role == 'INSPECTOR' && it.seat == 1 }.person",
            equalTo(inspector));

    // the morning and afternoon inspectors change places
    swap(id, place(d, 1, "INSPECTOR", 1), place(d, 2, "INSPECTOR", 1))
        .then()
        .statusCode(200)
        .body("person", equalTo(List.of(other, inspector)))
        .body("shift", equalTo(List.of(1, 2)));
    // a move to an open seat
    swap(id, place(d, 1, "INSPECTOR", 1), place(d, 1, "INSPECTOR", 2))
        .then()
        .statusCode(200)
        .body("[0].state", equalTo("OPEN"))
        .body("[1].person", equalTo(other));
    // a person cannot hold two seats at once, even through a swap: the inspector, now on the
    // afternoon, also takes the morning's open seat, then cannot move it to the afternoon
    assign(COMMAND, id, day + "INSPECTOR/1", inspector).then().statusCode(201);
    swap(id, place(d, 1, "INSPECTOR", 1), place(d, 2, "INSPECTOR", 2))
        .then()
        .statusCode(409)
        .body("detail", containsString("已有值守"));

    // bad requests change nothing
    swap(id, place(d, 1, "INSPECTOR", 1), place(d, 1, "INSPECTOR", 1))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("second"));
    swap(id, place(d, 1, "INSPECTOR", 9), place(d, 1, "INSPECTOR", 1)).then().statusCode(400);
    swap(id, place(d, 2, "GROUP_LEADER", 1), place(d, 1, "INSPECTOR", 1)).then().statusCode(404);
    as(COMMAND)
        .contentType("application/json")
        .body("{\"first\":" + place(d, 1, "INSPECTOR", 1) + "}")
        .post("/posts/{post}/seats/swaps", id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("second"));
    swap(Api.YINHU_COMMAND, id, place(d, 1, "INSPECTOR", 1), place(d, 1, "INSPECTOR", 2))
        .then()
        .statusCode(404);
    as(COMMAND)
        .queryParam("from", d.toString())
        .get("/posts/{id}/seats", id)
        .then()
        .body(
            "find { it.shift == 1 && it.role == 'INSPECTOR' && it.seat == 1 }.person",
            equalTo(inspector))
        .body(
            "find { it.shift == 1 && it.role == 'INSPECTOR' && it.seat == 2 }.person",
            equalTo(other))
        .body(
            "find { it.shift == 2 && it.role == 'INSPECTOR' && it.seat == 1 }.person",
            equalTo(inspector))
        .body(
            "find { it.shift == 2 && it.role == 'INSPECTOR' && it.seat == 2 }.state",
            equalTo("OPEN"))
        .body("find { it.shift == 1 && it.role == 'GROUP_LEADER' }.person", equalTo(leader));
  }

  /** A shift pattern whose first shift began an hour ago and ends in seven (whole hours). */
  record Running(
      String shifts, int runningNo, LocalDate runningDate, int nextNo, LocalDate nextDate) {
    static Running now(int hoursAgo) {
      ZonedDateTime start =
          ZonedDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.HOURS).minusHours(hoursAgo);
      ZonedDateTime next = start.plusHours(8);
      int a = start.getHour();
      int b = next.getHour();
      boolean runningFirst = a < b;
      String shifts =
          runningFirst
              ? "[{\"startHour\":" + a + ",\"hours\":8},{\"startHour\":" + b + ",\"hours\":8}]"
              : "[{\"startHour\":" + b + ",\"hours\":8},{\"startHour\":" + a + ",\"hours\":8}]";
      return new Running(
          shifts,
          runningFirst ? 1 : 2,
          start.toLocalDate(),
          runningFirst ? 2 : 1,
          next.toLocalDate());
    }
  }

  @Test
  void aSeatNobodySignedInAtIsANoShowInCoverageAndSignInWorks() {
    Running running = Running.now(1);
    String id =
        openPost(running.shifts(), "[{\"role\":\"INSPECTOR\",\"headcount\":2}]").getString("id");
    String late = person();
    String onTime = person();
    String seat1 = running.runningDate() + "/" + running.runningNo() + "/INSPECTOR/1";
    String seat2 = running.runningDate() + "/" + running.runningNo() + "/INSPECTOR/2";
    assign(COMMAND, id, seat1, late).then().statusCode(201).body("state", equalTo("NO_SHOW"));
    assign(COMMAND, id, seat2, onTime).then().statusCode(201);
    // only the holder signs in, once
    as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body("{\"person\":\"" + late + "\"}")
        .post("/posts/" + id + "/seats/" + seat2 + "/sign-in")
        .then()
        .statusCode(409);
    as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body("{\"person\":\"" + onTime + "\"}")
        .post("/posts/" + id + "/seats/" + seat2 + "/sign-in")
        .then()
        .statusCode(200)
        .body("state", equalTo("SIGNED_IN"));
    as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body("{\"person\":\"" + onTime + "\"}")
        .post("/posts/" + id + "/seats/" + seat2 + "/sign-in")
        .then()
        .statusCode(409);
    as(Api.SHOUCHANG_OFFICIAL)
        .contentType("application/json")
        .body("{\"person\":\"" + onTime + "\"}")
        .post("/posts/" + id + "/seats/" + seat2 + "/sign-out")
        .then()
        .statusCode(403);
    JsonPath coverage =
        as(Api.SHOUCHANG_OFFICIAL)
            .queryParam("at", ZonedDateTime.now(SHANGHAI).toOffsetDateTime().toString())
            .get("/coverage")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> figures = coverage.getMap("posts.find { it.post == '" + id + "' }.totals");
    assertThat(figures)
        .containsEntry("seats", 2)
        .containsEntry("filled", 2)
        .containsEntry("noShows", 1)
        .containsEntry("signedIn", 1);
    // a no-show's seat is released and given to someone else
    as(COMMAND).delete("/posts/" + id + "/seats/" + seat1).then().statusCode(204);
    String standIn = person();
    assign(COMMAND, id, seat1, standIn).then().statusCode(201);
    // a signed-in duty stays
    as(COMMAND).delete("/posts/" + id + "/seats/" + seat2).then().statusCode(409);
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/coverage?date=2026-13-01")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("date"));
  }

  @Test
  void theOutgoingLeaderHandsOverAndTheIncomingOneAcknowledges() {
    Running running = Running.now(7);
    String id =
        openPost(
                running.shifts(),
                "[{\"role\":\"GROUP_LEADER\",\"headcount\":1},{\"role\":\"GUIDE\",\"headcount\":1}]")
            .getString("id");
    String outgoing = person("SHIFT_LEADERSHIP");
    String incoming = person("SHIFT_LEADERSHIP");
    String guide = person();
    assign(
            COMMAND,
            id,
            running.runningDate() + "/" + running.runningNo() + "/GROUP_LEADER/1",
            outgoing)
        .then()
        .statusCode(201);
    assign(COMMAND, id, running.runningDate() + "/" + running.runningNo() + "/GUIDE/1", guide)
        .then()
        .statusCode(201);
    assign(COMMAND, id, running.nextDate() + "/" + running.nextNo() + "/GROUP_LEADER/1", incoming)
        .then()
        .statusCode(201);
    String note =
        "{\"date\":\"%s\",\"shift\":%d,\"writtenBy\":\"%s\",\"note\":\"本班查验车辆 212 辆,劝返 1 辆。\"}";
    // the guide is not the shift's leader
    as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body(note.formatted(running.runningDate(), running.runningNo(), guide))
        .post("/posts/{id}/handovers", id)
        .then()
        .statusCode(409);
    String handover =
        as(Api.SHOUCHANG_CHECKPOINT)
            .contentType("application/json")
            .body(note.formatted(running.runningDate(), running.runningNo(), outgoing))
            .post("/posts/{id}/handovers", id)
            .then()
            .statusCode(201)
            .body("acknowledged", equalTo(false))
            .extract()
            .jsonPath()
            .getString("id");
    as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body(note.formatted(running.runningDate(), running.runningNo(), outgoing))
        .post("/posts/{id}/handovers", id)
        .then()
        .statusCode(409);
    // only the next shift's leader acknowledges
    as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body("{\"person\":\"" + outgoing + "\"}")
        .post("/posts/{id}/handovers/{h}/acknowledgement", id, handover)
        .then()
        .statusCode(409);
    as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body("{\"person\":\"" + incoming + "\"}")
        .post("/posts/{id}/handovers/{h}/acknowledgement", id, handover)
        .then()
        .statusCode(200)
        .body("acknowledged", equalTo(true))
        .body("acknowledgedBy", equalTo(incoming));
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("date", running.runningDate().toString())
        .get("/posts/{id}/handovers", id)
        .then()
        .statusCode(200)
        .body("note", hasItem(containsString("212")));
  }

  /** A testing point of Genglou's, set up by the administrator: the demo's posts are elsewhere. */
  static String genglouTestingPoint(String name) {
    return as(Api.ADMIN)
        .contentType("application/json")
        .body(
            "{\"name\":\""
                + name
                + "\",\"kind\":\"TESTING_POINT\",\"region\":\""
                + Api.GENGLOU
                + "\",\"needs\":[]}")
        .post("/posts")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getString("id");
  }

  @Test
  void aFindingIsRecordedRectifiedAndClosed() {
    String genglouPost = genglouTestingPoint("更楼检测点");
    String finding =
        "{\"post\":\"%s\",\"kind\":\"ABSENT_FROM_POST\",\"severity\":\"SERIOUS\",\"note\":\"夜班查验员脱岗约 20 分钟\",\"photoNote\":\"岗亭无人\"}";
    as(COMMAND)
        .contentType("application/json")
        .body(finding.formatted(genglouPost))
        .post("/findings")
        .then()
        .statusCode(403);
    Response recorded =
        as(Api.GENGLOU_SUPERVISOR)
            .contentType("application/json")
            .body(finding.formatted(genglouPost))
            .post("/findings");
    recorded
        .then()
        .statusCode(201)
        .body("state", equalTo("OPEN"))
        .body("recordedBy", equalTo(Api.GENGLOU_SUPERVISOR));
    String id = recorded.jsonPath().getString("id");
    as(COMMAND).get("/findings/{id}", id).then().statusCode(404);
    as(Api.GENGLOU_SUPERVISOR)
        .header("If-Match", "\"0\"")
        .post("/findings/{id}/closure", id)
        .then()
        .statusCode(409);
    as(Api.GENGLOU_SUPERVISOR)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body("{\"note\":\"已约谈\"}")
        .post("/findings/{id}/rectification", id)
        .then()
        .statusCode(403);
    as(Api.ADMIN)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body("{\"note\":\"已约谈当事人,增设夜班巡岗\"}")
        .post("/findings/{id}/rectification", id)
        .then()
        .statusCode(200)
        .body("state", equalTo("RECTIFIED"))
        .header("ETag", "\"1\"");
    as(Api.GENGLOU_SUPERVISOR)
        .header("If-Match", "\"1\"")
        .post("/findings/{id}/closure", id)
        .then()
        .statusCode(200)
        .body("state", equalTo("CLOSED"))
        .body("closedBy", equalTo(Api.GENGLOU_SUPERVISOR));
    as(Api.GENGLOU_SUPERVISOR)
        .get("/findings?state=CLOSED")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
  }

  @Test
  void teamsHaveMembersWithRoles() {
    Response formed =
        as(COMMAND)
            .contentType("application/json")
            .body(
                "{\"kind\":\"WORK_GROUP\",\"name\":\"学校和旅游工作组\",\"focus\":\"学校和景区\",\"region\":\""
                    + Api.SHOUCHANG
                    + "\"}")
            .post("/teams");
    formed.then().statusCode(201).body("members", equalTo(0));
    String team = formed.jsonPath().getString("id");
    String member = person();
    as(COMMAND)
        .contentType("application/json")
        .body("{\"role\":\"LEADER\"}")
        .put("/teams/{t}/members/{p}", team, member)
        .then()
        .statusCode(201)
        .body("role", equalTo("LEADER"));
    as(COMMAND)
        .contentType("application/json")
        .body("{\"role\":\"MEMBER\"}")
        .put("/teams/{t}/members/{p}", team, member)
        .then()
        .statusCode(200)
        .body("role", equalTo("MEMBER"));
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/teams/{t}/members", team)
        .then()
        .statusCode(200)
        .body("person", equalTo(List.of(member)));
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/teams/{t}", team)
        .then()
        .statusCode(200)
        .body("members", equalTo(1));
    as(COMMAND)
        .contentType("application/json")
        .body("{\"role\":\"MEMBER\"}")
        .put("/teams/{t}/members/{p}", team, UUID.randomUUID())
        .then()
        .statusCode(404);
    as(COMMAND).delete("/teams/{t}/members/{p}", team, member).then().statusCode(204);
    as(COMMAND).delete("/teams/{t}/members/{p}", team, member).then().statusCode(404);
    as(COMMAND)
        .header("If-Match", "\"0\"")
        .post("/teams/{t}/dissolution", team)
        .then()
        .statusCode(200)
        .body("active", equalTo(false));
    as(COMMAND)
        .contentType("application/json")
        .body("{\"role\":\"MEMBER\"}")
        .put("/teams/{t}/members/{p}", team, member)
        .then()
        .statusCode(409);
    as(Api.YINHU_COMMAND).get("/teams/{t}", team).then().statusCode(404);
  }
}
