package org.shaodian.app.http;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.shaodian.app.http.Api.as;

import org.junit.jupiter.api.Test;

/**
 * A full phone leaves the system only for one person, to a role that may see it, with a reason:
 * recorded, audited, listed to officials, never cached; a caller asking too many within an hour is
 * refused and flagged (the test server allows 5 an hour: server.env).
 */
class RevealIT {

  /** 余振华, a demo person of Shouchang, phone 13957101000. */
  static final String YU = "0ffa8782-94b4-5102-b189-d41793884867";

  static final String REASON = "{\"reason\":\"通知其明早 8 点到寿昌出口卡口顶班\"}";

  @Test
  void theCommandOfficeSeesAFullPhoneWithAReasonAndOfficialsSeeThatItDid() {
    as(Api.SHOUCHANG_COMMAND)
        .get("/people/{id}", YU)
        .then()
        .statusCode(200)
        .body("phone", equalTo("139****1000"));
    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .body(REASON)
        .post("/people/{id}/phone/reveal", YU)
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("field", equalTo("phone"))
        .body("value", equalTo("13957101000"));
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("refused", "false")
        .get("/personal-data/reveals")
        .then()
        .statusCode(200)
        .body("items.find { it.subjectId == '" + YU + "' }.actor", equalTo(Api.SHOUCHANG_COMMAND))
        .body("items.find { it.subjectId == '" + YU + "' }.reason", startsWith("通知其明早"))
        .body("items.find { it.subjectId == '" + YU + "' }.subjectType", equalTo("rosters.person"));
    as(Api.GENGLOU_SUPERVISOR)
        .get("/personal-data/reveals")
        .then()
        .statusCode(200)
        .body("items.subjectId", org.hamcrest.Matchers.not(hasItem(YU)));
    as(Api.ADMIN)
        .queryParam("subjectId", YU)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("revealed"));
  }

  @Test
  void otherRolesHear403OutsidersHear404AndAReasonIsRequired() {
    as(Api.SHOUCHANG_OFFICIAL)
        .contentType("application/json")
        .body(REASON)
        .post("/people/{id}/phone/reveal", YU)
        .then()
        .statusCode(403);
    as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body(REASON)
        .post("/people/{id}/phone/reveal", YU)
        .then()
        .statusCode(403);
    as(Api.YINHU_COMMAND)
        .contentType("application/json")
        .body(REASON)
        .post("/people/{id}/phone/reveal", YU)
        .then()
        .statusCode(404);
    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .body("{\"reason\":\"  \"}")
        .post("/people/{id}/phone/reveal", YU)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .body("{}")
        .post("/people/{id}/phone/reveal", YU)
        .then()
        .statusCode(400);
    as(Api.XIANGSHAN_GRID).get("/personal-data/reveals").then().statusCode(403);
  }

  @Test
  void aCallerRevealingTooManyWithinAnHourIsRefusedAndFlagged() {
    int status = 200;
    int revealed = 0;
    while (status == 200 && revealed < 10) {
      status =
          as(Api.ADMIN)
              .contentType("application/json")
              .body("{\"reason\":\"核对值守人员联系方式\"}")
              .post("/people/{id}/phone/reveal", YU)
              .then()
              .extract()
              .statusCode();
      revealed += status == 200 ? 1 : 0;
    }
    org.assertj.core.api.Assertions.assertThat(revealed).isEqualTo(5);
    org.assertj.core.api.Assertions.assertThat(status).isEqualTo(429);
    as(Api.SHOUCHANG_OFFICIAL)
        .queryParam("refused", "true")
        .get("/personal-data/reveals")
        .then()
        .statusCode(200)
        .body("items.actor", hasItem(Api.ADMIN));
  }
}
