package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Grids through the running server: Yang'an's fifteen grids with their staff and registers (demo),
 * the register kept by the grid worker within their grid, each person registered once, personal
 * data masked unless revealed with a reason, appointments with their one-holder rules, and bad
 * input refused without changing anything.
 */
class GridsIT {

  static final String MASKED_ID = "^[0-9]{6}[*]{8}[0-9]{3}[0-9X]$";
  static final String MASKED_PHONE = "^1[0-9]{2}[*]{4}[0-9]{4}$";

  private static final AtomicInteger SERIAL = new AtomicInteger();

  /**
   * A fresh valid ID number, born in 1960 + n: of Fuyang (330183), where the demo registers nobody,
   * with a sequence number of its own in this run.
   */
  static String idNumber(int yearsAfter1960) {
    String first17 =
        "330183"
            + (1960 + yearsAfter1960)
            + "0612"
            + String.format("%03d", SERIAL.incrementAndGet());
    return first17 + checkDigit(first17);
  }

  static char checkDigit(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return "10X98765432".charAt(sum % 11);
  }

  /** A new building with one dwelling in a grid, by the grid's worker; the dwelling's id. */
  static String newDwelling(String user, String grid) {
    String building =
        as(user)
            .contentType("application/json")
            .body("{\"name\":\"测试楼" + UUID.randomUUID().toString().substring(0, 6) + "\"}")
            .post("/grids/{grid}/buildings", grid)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return as(user)
        .contentType("application/json")
        .body("{\"unit\":\"1单元\",\"room\":\"101\"}")
        .post("/buildings/{id}/dwellings", building)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String residentBody(String idNumber, String dwelling, String flags) {
    return """
        {"name":"周桂英","idNumber":"%s","phone":"13857101234","dwelling":"%s",
         "relation":"HEAD","flags":[%s]}"""
        .formatted(idNumber, dwelling, flags);
  }

  static Response register(String user, String body) {
    return as(user).contentType("application/json").body(body).post("/residents");
  }

  @Test
  void yanganHasFifteenGridsWithStaffAndRegisters() {
    JsonPath grids =
        as(Api.YANGXI_COMMAND)
            .queryParam("region", Api.YANGAN)
            .get("/grids")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // the demo's fifteen (other tests add grids to the community)
    assertThat(grids.getList("code", String.class))
        .containsAll(
            java.util.stream.IntStream.rangeClosed(1, 15)
                .mapToObj(n -> Api.YANGAN + String.format("%03d", n))
                .toList());
    // grid 4 as the demo made it (the other tests add buildings to grids 1 and 2)
    Map<String, Object> fourth = grids.getMap("find { it.code == '330182002001004' }");
    assertThat(fourth.get("communityName")).isEqualTo("洋安社区");
    assertThat(fourth.get("buildings")).isEqualTo(3);
    assertThat(fourth.get("dwellings")).isEqualTo(36);
    assertThat((Integer) fourth.get("residents")).isGreaterThan(36);
    List<Map<String, Object>> staff =
        grids.getList("find { it.code == '" + Api.YANGAN_GRID_1 + "' }.staff");
    assertThat(staff)
        .extracting(s -> s.get("role"))
        .contains("GRID_LEADER", "DEPUTY_LEADER", "GRID_WORKER", "COMMUNITY_DOCTOR", "AREA_POLICE");
    assertThat(staff).filteredOn(s -> "BUILDING_HEAD".equals(s.get("role"))).hasSize(3);
    assertThat(staff).filteredOn(s -> "CORRIDOR_HEAD".equals(s.get("role"))).hasSize(6);
    assertThat(staff)
        .filteredOn(s -> "GRID_WORKER".equals(s.get("role")))
        .singleElement()
        .satisfies(s -> assertThat(s.get("personName")).isEqualTo("周建华"));

    // a grid worker sees their grid; an official of the city the community; others nothing
    as(Api.YANGAN_GRID)
        .get("/grids")
        .then()
        .statusCode(200)
        .body("code", equalTo(List.of(Api.YANGAN_GRID_1)));
    as(Api.ADMIN)
        .queryParam("region", Api.YANGAN)
        .get("/grids")
        .then()
        .statusCode(200)
        .body("code", hasItems(Api.YANGAN_GRID_1, Api.YANGAN_GRID_2));
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("region", Api.YANGAN)
        .get("/grids")
        .then()
        .statusCode(404);
    as(Api.YANGAN_GRID).get("/grids/{grid}", Api.YANGAN_GRID_2).then().statusCode(404);
    as(Api.SHOUCHANG_CHECKPOINT).get("/grids").then().statusCode(403);
    // a region that is not a grid is no grid
    as(Api.YANGXI_COMMAND).get("/grids/{grid}", Api.YANGAN).then().statusCode(404);
  }

  @Test
  void theRegisterIsMaskedAndScopedToTheWorkersGrid() {
    JsonPath page =
        as(Api.YANGAN_GRID)
            .queryParam("size", "100")
            .get("/residents")
            .then()
            .statusCode(200)
            .body("items.grid", everyItem(equalTo(Api.YANGAN_GRID_1)))
            .body("items.idNumber", everyItem(matchesPattern(MASKED_ID)))
            .extract()
            .jsonPath();
    assertThat(page.getList("items")).hasSizeGreaterThan(36);
    assertThat(page.getList("items.phone", String.class))
        .filteredOn(p -> p != null)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p).matches(MASKED_PHONE));
    // filters: the elderly living alone of the grid
    as(Api.YANGAN_GRID)
        .queryParam("flag", "ELDERLY_LIVING_ALONE")
        .get("/residents")
        .then()
        .statusCode(200)
        .body("items.flags", everyItem(hasItem("ELDERLY_LIVING_ALONE")));
    // another grid's resident is not there for this worker
    String elsewhere =
        as(Api.YANGXI_COMMAND)
            .queryParam("region", Api.YANGAN_GRID_2)
            .get("/residents")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].id");
    as(Api.YANGAN_GRID).get("/residents/{id}", elsewhere).then().statusCode(404);
    as(Api.YANGAN_GRID)
        .queryParam("region", Api.YANGAN_GRID_2)
        .get("/residents")
        .then()
        .statusCode(404);
    // a building's dwellings, by unit and room, with their residents counted
    String building =
        as(Api.YANGAN_GRID)
            .get("/grids/{grid}/buildings", Api.YANGAN_GRID_1)
            .then()
            .statusCode(200)
            .body("items.name", hasItems("1幢", "2幢", "3幢"))
            .extract()
            .path("items[0].id");
    as(Api.YANGAN_GRID)
        .get("/buildings/{id}", building)
        .then()
        .statusCode(200)
        .body("rooms.size()", equalTo(12))
        .body("rooms[0].address", equalTo("1幢1单元101"));
  }

  @Test
  void aResidentIsRegisteredOnceChangedWithIfMatchAndMovedOut() {
    String dwelling = newDwelling(Api.YANGAN_GRID, Api.YANGAN_GRID_1);
    String id = idNumber(30);
    Response created = register(Api.YANGAN_GRID, residentBody(id, dwelling, ""));
    created
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .body("idNumber", matchesPattern(MASKED_ID))
        .body("phone", equalTo("138****1234"))
        .body("dwelling.address", matchesPattern("^测试楼.*1单元101$"));
    String resident = created.path("id");

    // the same person again: one entry per ID number
    register(Api.YANGAN_GRID, residentBody(id, dwelling, ""))
        .then()
        .statusCode(409)
        .body("detail", equalTo("该身份证号码已在居民登记中(每人只登记一次)"));

    // a change needs the version read; a flag that does not fit changes nothing
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .header("If-Match", "\"7\"")
        .body(residentBody(id, dwelling, "\"NEEDS_HELP\""))
        .put("/residents/{id}", resident)
        .then()
        .statusCode(412);
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(residentBody(id, dwelling, "\"ELDERLY_LIVING_ALONE\""))
        .put("/residents/{id}", resident)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("flags"));
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(residentBody(id, dwelling, "\"PARTY_MEMBER\",\"SERVING_PARTY_MEMBER\""))
        .put("/residents/{id}", resident)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("flags", equalTo(List.of("PARTY_MEMBER", "SERVING_PARTY_MEMBER")));
    // not into a dwelling of a grid the worker does not keep
    String otherGrid = newDwelling(Api.YANGXI_COMMAND, Api.YANGAN_GRID_2);
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .header("If-Match", "\"1\"")
        .body(residentBody(id, otherGrid, ""))
        .put("/residents/{id}", resident)
        .then()
        .statusCode(404);

    // the full ID number, for a reason, audited
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .body("{\"reason\":\"核对返乡人员登记\"}")
        .post("/residents/{id}/id-number/reveal", resident)
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("value", equalTo(id));
    as(Api.SHOUCHANG_OFFICIAL)
        .contentType("application/json")
        .body("{\"reason\":\"核对\"}")
        .post("/residents/{id}/phone/reveal", resident)
        .then()
        .statusCode(403);

    as(Api.YANGAN_GRID)
        .header("If-Match", "\"1\"")
        .delete("/residents/{id}", resident)
        .then()
        .statusCode(204);
    as(Api.YANGAN_GRID).get("/residents/{id}", resident).then().statusCode(404);
    as(Api.ADMIN)
        .queryParam("subjectId", resident)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("registered"))
        .body("items.action", hasItem("moved-out"))
        .body("items.action", hasItem("revealed"));
    // once moved out, the person can be registered again
    register(Api.YANGAN_GRID, residentBody(id, dwelling, "")).then().statusCode(201);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    String dwelling = newDwelling(Api.YANGAN_GRID, Api.YANGAN_GRID_1);
    String good = idNumber(5);
    String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
    refused(residentBody(wrongCheck, dwelling, ""), "idNumber");
    refused(residentBody("330182196013450011", dwelling, ""), "idNumber"); // month 13
    refused(residentBody(good, dwelling, "").replace("13857101234", "12345"), "phone");
    refused(residentBody(good, UUID.randomUUID().toString(), ""), "dwelling");
    refused(residentBody(good, dwelling, "").replace("HEAD", "LANDLORD"), "relation");
    refused(residentBody(good, dwelling, "\"SERVING_PARTY_MEMBER\""), "flags");
    as(Api.YANGAN_GRID)
        .queryParam("dwelling", dwelling)
        .get("/residents")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
    as(Api.YANGAN_GRID).queryParam("flag", "RICH").get("/residents").then().statusCode(400);
    as(Api.YANGAN_GRID).queryParam("building", "12").get("/residents").then().statusCode(400);

    // buildings and dwellings: names as residents know them, once each
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .body("{\"name\":\"1幢\"}")
        .post("/grids/{grid}/buildings", Api.YANGAN_GRID_1)
        .then()
        .statusCode(409);
    String building =
        as(Api.YANGAN_GRID)
            .get("/grids/{grid}/buildings", Api.YANGAN_GRID_1)
            .then()
            .extract()
            .path("items[0].id");
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .body("{\"unit\":\"1单元\",\"room\":\"101\"}")
        .post("/buildings/{id}/dwellings", building)
        .then()
        .statusCode(409);
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .body("{\"unit\":\"1单元\",\"room\":\"1 01\"}")
        .post("/buildings/{id}/dwellings", building)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("room"));
    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .body("{\"name\":\"新楼\"}")
        .post("/grids/{grid}/buildings", Api.YANGAN_GRID_1)
        .then()
        .statusCode(404);
  }

  private static void refused(String body, String field) {
    register(Api.YANGAN_GRID, body).then().statusCode(400).body("errors.field", hasItem(field));
  }

  @Test
  void theCommandOfficeAppointsGridStaffOnePersonPerSolePost() {
    String grid3 = "330182002001003";
    // a Yang'an grid worker of the rosters register, appointed deputy in grid 3 as well
    String person = "27fc3cfc-0d9b-5c6a-acbf-18da8ae67b3e";
    String appointment =
        as(Api.YANGXI_COMMAND)
            .contentType("application/json")
            .body("{\"person\":\"" + person + "\",\"role\":\"DEPUTY_LEADER\"}")
            .post("/grids/{grid}/staff", grid3)
            .then()
            .statusCode(201)
            .body("personName", equalTo("许丹"))
            .body("roleName", equalTo("副网格长"))
            .extract()
            .path("id");
    as(Api.YANGXI_COMMAND)
        .contentType("application/json")
        .body("{\"person\":\"" + person + "\",\"role\":\"DEPUTY_LEADER\"}")
        .post("/grids/{grid}/staff", grid3)
        .then()
        .statusCode(409)
        .body("detail", equalTo("该人员已在本网格担任此职"));
    // grid 3 has its leader: a second one is refused until the first is relieved
    as(Api.YANGXI_COMMAND)
        .contentType("application/json")
        .body("{\"person\":\"" + person + "\",\"role\":\"GRID_LEADER\"}")
        .post("/grids/{grid}/staff", grid3)
        .then()
        .statusCode(409)
        .body("detail", equalTo("该职位已有人担任,请先卸任"));
    as(Api.YANGXI_COMMAND)
        .contentType("application/json")
        .body("{\"person\":\"" + person + "\",\"role\":\"CORRIDOR_HEAD\"}")
        .post("/grids/{grid}/staff", grid3)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("building"));
    // a building of another grid is no building of this one
    String building1 =
        as(Api.YANGXI_COMMAND)
            .get("/grids/{grid}/buildings", Api.YANGAN_GRID_1)
            .then()
            .extract()
            .path("items[0].id");
    as(Api.YANGXI_COMMAND)
        .contentType("application/json")
        .body(
            "{\"person\":\""
                + person
                + "\",\"role\":\"BUILDING_HEAD\",\"building\":\""
                + building1
                + "\"}")
        .post("/grids/{grid}/staff", grid3)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("building"));
    // someone the command office cannot see, and a role that may not appoint
    as(Api.YANGXI_COMMAND)
        .contentType("application/json")
        .body("{\"person\":\"0ffa8782-94b4-5102-b189-d41793884867\",\"role\":\"SOCIAL_WORKER\"}")
        .post("/grids/{grid}/staff", grid3)
        .then()
        .statusCode(404);
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .body("{\"person\":\"" + person + "\",\"role\":\"SOCIAL_WORKER\"}")
        .post("/grids/{grid}/staff", Api.YANGAN_GRID_1)
        .then()
        .statusCode(403);

    as(Api.YANGXI_COMMAND)
        .delete("/grids/{grid}/staff/{id}", grid3, appointment)
        .then()
        .statusCode(204);
    as(Api.YANGXI_COMMAND)
        .delete("/grids/{grid}/staff/{id}", grid3, appointment)
        .then()
        .statusCode(404);
    as(Api.YANGXI_COMMAND)
        .get("/grids/{grid}", grid3)
        .then()
        .statusCode(200)
        .body("staff.person", not(hasItem(person)));
  }
}
