package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The returnee ledger through the running server: one person is one entry however many sources
 * register them (by the ID number's blind index, a database constraint, also under concurrent
 * registrations), travel and test outcomes masked unless revealed with a reason, bad input refused.
 */
class ReturneeLedgerIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  static String body(
      String idNumber, String stay, LocalDate arrived, boolean risk, String source, String phone) {
    return """
        {"name":"邵建国","idNumber":"%s","phone":"%s","stay":"%s","arrivedOn":"%s","mode":"TRAIN",
         "travel":"上海市浦东新区 → 杭州东站 → 建德","throughRiskArea":%s,"source":"%s"}"""
        .formatted(idNumber, phone, stay, arrived, risk, source);
  }

  static Response register(String user, String body) {
    return as(user).contentType("application/json").body(body).post("/returnees");
  }

  /**
   * The ledger is ordered by place, day of arrival and id: the next page's cursor carries the day
   * (it was refused as a sort key, and every list of more than a page answered 500).
   */
  @Test
  void aPageOfTheLedgerLeadsToTheNextByItsCursor() {
    JsonPath first =
        as(Api.JIANDE_OFFICIAL)
            .queryParam("region", Api.JIANDE)
            .queryParam("size", 1)
            .get("/returnees")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String next = first.getString("next");
    assertThat(next).as("a next page").isNotNull();
    JsonPath second =
        as(Api.JIANDE_OFFICIAL)
            .queryParam("region", Api.JIANDE)
            .queryParam("size", 1)
            .queryParam("cursor", next)
            .get("/returnees")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(second.getList("items.id"))
        .hasSize(1)
        .doesNotContain(first.getString("items[0].id"));
  }

  /** A cursor of keys the ledger does not sort by is a field error, not a failure. */
  @Test
  void aCursorOfOtherKeysIsAFieldError() {
    as(Api.JIANDE_OFFICIAL)
        .queryParam("region", Api.JIANDE)
        .queryParam("cursor", "s.Lw~s.Lw~s.Lw")
        .get("/returnees")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("cursor"));
  }

  @Test
  void twoSourcesMakeOneEntry() {
    String id = GridsIT.idNumber(50);
    Response first =
        register(
            Api.YANGAN_GRID,
            body(id, Api.YANGAN_GRID_1, TODAY.minusDays(1), false, "DOOR_TO_DOOR", "13857101234"));
    first
        .then()
        .statusCode(201)
        .body("idNumber", matchesPattern(GridsIT.MASKED_ID))
        .body("phone", equalTo("138****1234"))
        .body("travel", equalTo("****"))
        .body("registrations.source", equalTo(List.of("DOOR_TO_DOOR")));
    String entry = first.path("id");

    // a citizen's request about the same person: the same entry, the gaps filled
    register(
            Api.YANGAN_GRID,
            body(id, Api.YANGAN_GRID_1, TODAY.minusDays(3), true, "REQUEST", "13957109999"))
        .then()
        .statusCode(200)
        .body("id", equalTo(entry))
        .body("registrations.source", equalTo(List.of("DOOR_TO_DOOR", "REQUEST")))
        .body("arrivedOn", equalTo(TODAY.minusDays(3).toString()))
        .body("throughRiskArea", equalTo(true))
        .body("phone", equalTo("138****1234"));
    // the same source again changes nothing
    register(
            Api.YANGAN_GRID,
            body(id, Api.YANGAN_GRID_1, TODAY, false, "DOOR_TO_DOOR", "13857101234"))
        .then()
        .statusCode(200)
        .body("registrations.size()", equalTo(2));

    // a test, its outcome masked; the travel revealed for a reason
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .body("{\"takenOn\":\"" + TODAY + "\",\"kind\":\"NUCLEIC_ACID\",\"outcome\":\"NEGATIVE\"}")
        .post("/returnees/{id}/tests", entry)
        .then()
        .statusCode(201)
        .body("outcome", equalTo("***"));
    as(Api.YANGXI_COMMAND)
        .get("/returnees/{id}", entry)
        .then()
        .statusCode(200)
        .body("tests.kind", equalTo(List.of("NUCLEIC_ACID")))
        .body("tests.outcome", equalTo(List.of("***")));
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .body("{\"reason\":\"排查途经风险地区人员\"}")
        .post("/returnees/{id}/travel/reveal", entry)
        .then()
        .statusCode(200)
        .body("value", equalTo("上海市浦东新区 → 杭州东站 → 建德"));
    as(Api.JIANDE_OFFICIAL)
        .contentType("application/json")
        .body("{\"reason\":\"看看\"}")
        .post("/returnees/{id}/travel/reveal", entry)
        .then()
        .statusCode(403);
    as(Api.SHOUCHANG_OFFICIAL).get("/returnees/{id}", entry).then().statusCode(404);
  }

  @Test
  void concurrentRegistrationsOfOnePersonLeaveOneEntry() throws Exception {
    String id = GridsIT.idNumber(51);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Response> answers = new java.util.ArrayList<>();
    try {
      List<Future<Response>> sent = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String source = i % 2 == 0 ? "DOOR_TO_DOOR" : "REQUEST";
        sent.add(
            pool.submit(
                () ->
                    register(
                        Api.YANGAN_GRID,
                        body(id, Api.YANGAN_GRID_1, TODAY, false, source, "13857101234"))));
      }
      for (Future<Response> answer : sent) {
        answers.add(answer.get());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(answers).extracting(Response::statusCode).isSubsetOf(200, 201, 409);
    assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
    String entry =
        answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow().path("id");
    assertThat(answers)
        .filteredOn(a -> a.statusCode() == 200)
        .allSatisfy(a -> assertThat((String) a.path("id")).isEqualTo(entry));
    // a source that was told 409 joins the same entry when it tries again
    for (String source : List.of("DOOR_TO_DOOR", "REQUEST")) {
      register(Api.YANGAN_GRID, body(id, Api.YANGAN_GRID_1, TODAY, false, source, "13857101234"))
          .then()
          .statusCode(200)
          .body("id", equalTo(entry));
    }
    as(Api.YANGAN_GRID)
        .get("/returnees/{id}", entry)
        .then()
        .body("registrations.size()", equalTo(2));
  }

  @Test
  void theDemoLedgerHasEntriesRegisteredByTwoSources() {
    JsonPath ledger =
        as(Api.YANGXI_COMMAND)
            .queryParam("region", Api.YANGAN)
            .queryParam("size", "200")
            .get("/returnees")
            .then()
            .statusCode(200)
            .body("items.travel", everyItem(equalTo("****")))
            .extract()
            .jsonPath();
    List<List<String>> sources = ledger.getList("items.registrations.source");
    assertThat(sources).hasSizeGreaterThanOrEqualTo(30);
    assertThat(sources)
        .anySatisfy(s -> assertThat(s).containsExactly("CHECKPOINT", "DOOR_TO_DOOR"));
    as(Api.YANGXI_COMMAND)
        .queryParam("region", Api.YANGAN)
        .queryParam("riskArea", "true")
        .get("/returnees")
        .then()
        .statusCode(200)
        .body("items.throughRiskArea", everyItem(equalTo(true)))
        .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
  }

  @Test
  void badRegistrationsAreRefusedNamingTheFieldAndChangeNothing() {
    String id = GridsIT.idNumber(52);
    Map<String, String> refusals =
        Map.of(
            body(id, Api.YANGAN_GRID_1, TODAY.plusDays(1), false, "DOOR_TO_DOOR", "13857101234"),
            "arrivedOn",
            body(id, "330182002000", TODAY, false, "DOOR_TO_DOOR", "13857101234"),
            "stay",
            body(id, Api.YANGAN_GRID_1, TODAY, false, "CHECKPOINT", "13857101234"),
            "source",
            body(
                id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'),
                Api.YANGAN_GRID_1,
                TODAY,
                false,
                "DOOR_TO_DOOR",
                "13857101234"),
            "idNumber",
            body(id, Api.YANGAN_GRID_1, TODAY, false, "DOOR_TO_DOOR", "12345"),
            "phone");
    refusals.forEach(
        (body, field) -> {
          if (field.equals("stay")) {
            register(Api.YANGXI_COMMAND, body)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(field));
          } else {
            register(Api.YANGAN_GRID, body)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(field));
          }
        });
    // a place outside the caller's jurisdiction is no place
    register(Api.YANGAN_GRID, body(id, "330182107201", TODAY, false, "DOOR_TO_DOOR", "13857101234"))
        .then()
        .statusCode(404);
    // a test after today, an outcome nobody knows
    String entry =
        register(
                Api.YANGAN_GRID,
                body(id, Api.YANGAN_GRID_1, TODAY, false, "DOOR_TO_DOOR", "13857101234"))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .body(
            "{\"takenOn\":\""
                + TODAY.plusDays(1)
                + "\",\"kind\":\"ANTIGEN\",\"outcome\":\"NEGATIVE\"}")
        .post("/returnees/{id}/tests", entry)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("takenOn"));
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .body("{\"takenOn\":\"" + TODAY + "\",\"kind\":\"ANTIGEN\",\"outcome\":\"MAYBE\"}")
        .post("/returnees/{id}/tests", entry)
        .then()
        .statusCode(400);
    as(Api.YANGAN_GRID).get("/returnees/{id}", entry).then().body("tests.size()", equalTo(0));
  }
}
