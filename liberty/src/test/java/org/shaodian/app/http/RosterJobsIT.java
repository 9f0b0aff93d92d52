package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Automatic rostering through the running server: a job fills the demo town's seats in the
 * background, shows its progress, proposes, and is accepted in one transaction; a stale or
 * discarded proposal is refused; bad requests change nothing. The test server solves for at most a
 * few seconds (server.env).
 */
class RosterJobsIT {

  static final String COMMAND = Api.SHOUCHANG_COMMAND;

  static JsonPath start(String region, LocalDate from, LocalDate to) {
    return as(COMMAND)
        .contentType("application/json")
        .body("{\"region\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"}".formatted(region, from, to))
        .post("/roster-jobs")
        .then()
        .statusCode(202)
        .header("Location", Api.locationUnder("/api/v1/roster-jobs/"))
        .body("state", equalTo("QUEUED"))
        .extract()
        .jsonPath();
  }

  /** Polls the job until it leaves the states given. */
  static JsonPath awaitNot(String job, String... states) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (true) {
      JsonPath now =
          as(Api.SHOUCHANG_OFFICIAL)
              .get("/roster-jobs/{id}", job)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      if (!List.of(states).contains(now.getString("state")) || Instant.now().isAfter(deadline)) {
        return now;
      }
      Thread.sleep(250);
    }
  }

  static LocalDate today() {
    return LocalDate.now(RostersIT.SHANGHAI);
  }

  @Test
  void aJobFillsTheDemoTownsNextWeekAndIsAcceptedInOneGo() throws Exception {
    LocalDate from = today().plusDays(7);
    LocalDate to = from.plusDays(6);
    String job = start(Api.SHOUCHANG, from, to).getString("id");
    JsonPath done = awaitNot(job, "QUEUED", "SOLVING");
    assertThat(done.getString("state")).isEqualTo("PROPOSED");
    assertThat(done.getInt("hardBreaks")).isZero();
    assertThat(done.getInt("seatsTotal")).isGreaterThanOrEqualTo(75 * 7);
    assertThat(done.getString("bestScore")).startsWith("0hard");
    // every seat left open says why
    JsonPath open =
        as(COMMAND)
            .queryParam("changes", "true")
            .queryParam("size", "200")
            .get("/roster-jobs/{id}/proposal", job)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> seats = open.getList("items");
    assertThat(seats).isNotEmpty();
    seats.stream()
        .filter(s -> "OPEN".equals(s.get("change")))
        .forEach(s -> assertThat(s.get("unfilledReason")).isNotNull());
    assertThat(seats).anySatisfy(s -> assertThat(s.get("change")).isEqualTo("FILL"));

    JsonPath accepted =
        as(COMMAND)
            .post("/roster-jobs/{id}/acceptance", job)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(accepted.getString("job.state")).isEqualTo("ACCEPTED");
    assertThat(accepted.getInt("given")).isGreaterThan(0);
    // the demo's expressway exit is fully staffed that week, by the solver
    String highway = highwayExit();
    List<Map<String, Object>> week =
        as(Api.SHOUCHANG_OFFICIAL)
            .queryParam("from", from.toString())
            .queryParam("to", to.toString())
            .get("/posts/{id}/seats", highway)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(week).hasSize(27 * 7);
    assertThat(week).allSatisfy(s -> assertThat(s.get("state")).isEqualTo("ASSIGNED"));
    assertThat(week).allSatisfy(s -> assertThat(s.get("assignedVia")).isEqualTo("SOLVER"));
    // a decided proposal is decided
    as(COMMAND).post("/roster-jobs/{id}/acceptance", job).then().statusCode(409);
    as(COMMAND).post("/roster-jobs/{id}/discard", job).then().statusCode(409);
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("state", "ACCEPTED")
        .get("/roster-jobs")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(job));
    as(Api.YINHU_COMMAND).get("/roster-jobs/{id}", job).then().statusCode(404);
  }

  static String highwayExit() {
    return as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("kind", "CHECKPOINT")
        .queryParam("size", "200")
        .get("/posts")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("items.find { it.name == '杭千高速寿昌出口卡口' }.id");
  }

  @Test
  void aProposalWhoseSeatsChangedMeanwhileIsStaleAndADiscardedOneCannotBeAccepted()
      throws Exception {
    LocalDate day = today().plusDays(20);
    String job = start(Api.SHOUCHANG, day, day).getString("id");
    assertThat(awaitNot(job, "QUEUED", "SOLVING").getString("state")).isEqualTo("PROPOSED");
    // someone gives one of the proposal's seats by hand meanwhile
    String highway = highwayExit();
    String guide = RostersIT.person();
    RostersIT.assign(COMMAND, highway, day + "/2/GUIDE/1", guide).then().statusCode(201);
    as(COMMAND).post("/roster-jobs/{id}/acceptance", job).then().statusCode(409);
    as(COMMAND)
        .post("/roster-jobs/{id}/discard", job)
        .then()
        .statusCode(200)
        .body("state", equalTo("DISCARDED"));
    as(COMMAND).post("/roster-jobs/{id}/acceptance", job).then().statusCode(409);
    // nothing of it was applied: the seat is still the hand-given one
    as(COMMAND)
        .queryParam("from", day.toString())
        .get("/posts/{id}/seats", highway)
        .then()
        .body("findAll { it.assignedVia == 'SOLVER' }.size()", equalTo(0));
  }

  /**
   * A proposal for one village gives a person a shift; meanwhile the command office gives that
   * person the same shift at the town's highway exit, outside the job's region, so no seat of the
   * proposal changed and only the database's one-duty-at-a-time rule sees the clash: 409, and
   * nothing of the proposal is applied.
   */
  @Test
  void aClashOnlyTheDatabaseSeesRefusesTheWholeAcceptance() throws Exception {
    LocalDate day = today().plusDays(26);
    String xihu = "330182107201";
    String job = start(xihu, day, day).getString("id");
    assertThat(awaitNot(job, "QUEUED", "SOLVING").getString("state")).isEqualTo("PROPOSED");
    List<Map<String, Object>> filled =
        as(COMMAND)
            .queryParam("changes", "true")
            .queryParam("size", "200")
            .get("/roster-jobs/{id}/proposal", job)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.findAll { it.change == 'FILL' }");
    assertThat(filled).isNotEmpty();
    Map<String, Object> seat = filled.get(0);
    RostersIT.assign(
            COMMAND,
            highwayExit(),
            day + "/" + seat.get("shift") + "/GUIDE/2",
            (String) seat.get("person"))
        .then()
        .statusCode(201);

    as(COMMAND)
        .post("/roster-jobs/{id}/acceptance", job)
        .then()
        .statusCode(409)
        .body("detail", equalTo("该人员在这段时间已有值守,未保存"));
    assertThat(awaitNot(job).getString("state")).isEqualTo("PROPOSED");
    as(COMMAND)
        .queryParam("from", day.toString())
        .get("/posts/{id}/seats", seat.get("post"))
        .then()
        .statusCode(200)
        .body("findAll { it.state == 'ASSIGNED' }.size()", equalTo(0));
    as(COMMAND).post("/roster-jobs/{id}/discard", job).then().statusCode(200);
  }

  @Test
  void aJobCanBeStoppedEarlyAndProposesWhatItHas() throws Exception {
    LocalDate from = today().plusDays(22);
    String job = start(Api.SHOUCHANG, from, from.plusDays(6)).getString("id");
    awaitNot(job, "QUEUED");
    as(COMMAND).post("/roster-jobs/{id}/stop", job).then().statusCode(202);
    JsonPath done = awaitNot(job, "SOLVING");
    assertThat(done.getString("state")).isEqualTo("PROPOSED");
    assertThat(done.getBoolean("stoppedEarly")).isTrue();
    as(COMMAND).post("/roster-jobs/{id}/stop", job).then().statusCode(409);
    as(COMMAND).post("/roster-jobs/{id}/discard", job).then().statusCode(200);
  }

  @Test
  void jobsBeyondTheServersLimitWaitTheirTurn() throws Exception {
    // the server solves two at once (server.xml: roster.jobs.concurrent); a third waits, QUEUED
    List<String> jobs = new java.util.ArrayList<>();
    for (int days = 40; days < 43; days++) {
      LocalDate day = today().plusDays(days);
      jobs.add(start(Api.SHOUCHANG, day, day).getString("id"));
    }
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    List<io.restassured.path.json.JsonPath> done;
    while (true) {
      done =
          jobs.stream()
              .map(
                  job ->
                      as(Api.SHOUCHANG_OFFICIAL)
                          .get("/roster-jobs/{id}", job)
                          .then()
                          .statusCode(200)
                          .extract()
                          .jsonPath())
              .toList();
      List<String> states = done.stream().map(job -> job.getString("state")).toList();
      if (states.stream().noneMatch(s -> s.equals("QUEUED") || s.equals("SOLVING"))) {
        assertThat(states).containsOnly("PROPOSED");
        break;
      }
      assertThat(Instant.now()).as("the jobs' states: %s", states).isBefore(deadline);
      Thread.sleep(200);
    }
    // judged by when each job solved (solvingSince .. finishedAt, written by the job itself), not
    // by states read one after another: a job may end, and the one waiting start, between two reads
    List<Instant[]> solved =
        done.stream()
            .map(
                job ->
                    new Instant[] {
                      OffsetDateTime.parse(job.getString("solvingSince")).toInstant(),
                      OffsetDateTime.parse(job.getString("finishedAt")).toInstant()
                    })
            .toList();
    long mostAtOnce =
        solved.stream()
            .mapToLong(
                at ->
                    solved.stream()
                        .filter(other -> !other[0].isAfter(at[0]) && other[1].isAfter(at[0]))
                        .count())
            .max()
            .orElseThrow();
    assertThat(mostAtOnce).as("jobs solving at once").isLessThanOrEqualTo(2);
    // the last to start waited for one of the others to end
    Instant lastStart = solved.stream().map(at -> at[0]).max(Instant::compareTo).orElseThrow();
    Instant firstEnd = solved.stream().map(at -> at[1]).min(Instant::compareTo).orElseThrow();
    assertThat(lastStart)
        .as("the third job started when another had ended")
        .isAfterOrEqualTo(firstEnd);
    for (String job : jobs) {
      as(COMMAND).post("/roster-jobs/{id}/discard", job).then().statusCode(200);
    }
  }

  @Test
  void badJobsAreRefusedAndChangeNothing() {
    String body = "{\"region\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"}";
    as(COMMAND)
        .contentType("application/json")
        .body(body.formatted(Api.SHOUCHANG, today().minusDays(1), today()))
        .post("/roster-jobs")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("from"));
    as(COMMAND)
        .contentType("application/json")
        .body(body.formatted(Api.SHOUCHANG, today().plusDays(2), today().plusDays(1)))
        .post("/roster-jobs")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("to"));
    as(COMMAND)
        .contentType("application/json")
        .body(body.formatted(Api.SHOUCHANG, today(), today().plusDays(31)))
        .post("/roster-jobs")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("to"));
    as(COMMAND)
        .contentType("application/json")
        .body(body.formatted(Api.SHOUCHANG, "2026-02-30", today()))
        .post("/roster-jobs")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("from"));
    as(COMMAND)
        .contentType("application/json")
        .body(body.formatted(Api.YINHU, today(), today()))
        .post("/roster-jobs")
        .then()
        .statusCode(404);
    as(Api.SHOUCHANG_OFFICIAL)
        .contentType("application/json")
        .body(body.formatted(Api.SHOUCHANG, today(), today()))
        .post("/roster-jobs")
        .then()
        .statusCode(403);
    // a new grid with people but no posts: no open seats, whoever lives there (every demo town
    // has posts of its own now, Yinhu its inspection station)
    String peopled = newGrid("有人无岗网格");
    as(Api.ADMIN)
        .contentType("application/json")
        .body(
            """
            {"name":"值守%s","affiliation":"VOLUNTEER","partyMember":false,
             "qualifications":["TRAFFIC_GUIDANCE"],"homeRegion":"%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), peopled))
        .post("/people")
        .then()
        .statusCode(201);
    as(Api.ADMIN)
        .queryParam("region", peopled)
        .get("/people")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
    as(Api.ADMIN)
        .contentType("application/json")
        .body(body.formatted(peopled, today().plusDays(1), today().plusDays(1)))
        .post("/roster-jobs")
        .then()
        .statusCode(409)
        .body("detail", equalTo("该区域在这些日期没有空缺席位"));
    // a new grid with a post but nobody living there: no people
    String grid = newGrid("无人网格");
    as(Api.ADMIN)
        .contentType("application/json")
        .body(
            "{\"name\":\"洋安三网格卡口\",\"kind\":\"CHECKPOINT\",\"region\":\""
                + grid
                + "\",\"needs\":[{\"role\":\"GUIDE\",\"headcount\":1}]}")
        .post("/posts")
        .then()
        .statusCode(201);
    as(Api.ADMIN)
        .contentType("application/json")
        .body(body.formatted(grid, today().plusDays(1), today().plusDays(1)))
        .post("/roster-jobs")
        .then()
        .statusCode(409)
        .body("detail", equalTo("该区域没有在岗人员可排"));
    as(COMMAND).get("/roster-jobs/{id}", UUID.randomUUID()).then().statusCode(404);
    as(COMMAND).post("/roster-jobs/{id}/acceptance", "not-a-job").then().statusCode(404);
  }

  /** A compound grid of its own under Yang'an community, named {@code name} and a suffix. */
  static String newGrid(String name) {
    return as(Api.ADMIN)
        .contentType("application/json")
        .body(
            "{\"parentCode\":\"%s\",\"name\":\"%s%s\"}"
                .formatted(Api.YANGAN, name, UUID.randomUUID().toString().substring(0, 8)))
        .post("/admin/regions")
        .then()
        .statusCode(201)
        .extract()
        .path("code");
  }
}
