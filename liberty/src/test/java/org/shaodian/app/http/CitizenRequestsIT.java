package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.shaodian.app.http.Api.as;

import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Citizen requests (民呼必应) through the running server: routed to the grid worker with a deadline by
 * urgency, accepted, noted, resolved and called back in order (If-Match), an overdue one escalated
 * to the grid leader, counts by place and category, who asked masked.
 */
class CitizenRequestsIT {

  static final String ZHOU = "d95f4b82-267b-577a-ab0c-42b6b6beb521"; // grid 1's grid worker

  static Response receive(String user, String place, String urgency) {
    return as(user)
        .contentType("application/json")
        .body(
            """
            {"place":"%s","requester":"周桂英","phone":"13857101234","category":"TESTING",
             "urgency":"%s","content":"老两口行动不便,需要有人接送去做核酸","location":"3幢1单元302"}"""
                .formatted(place, urgency))
        .post("/citizen-requests");
  }

  static Response step(String id, String path, String version, String body) {
    var request = as(Api.YANGAN_GRID).header("If-Match", "\"" + version + "\"");
    if (body != null) {
      request = request.contentType("application/json").body(body);
    }
    return request.post("/citizen-requests/{id}/" + path, id);
  }

  @Test
  void aRequestIsRoutedAnsweredAndCalledBackInOrder() {
    Response received = receive(Api.YANGAN_GRID, Api.YANGAN_GRID_1, "URGENT");
    received
        .then()
        .statusCode(201)
        .body("requester", equalTo("周**"))
        .body("phone", equalTo("138****1234"))
        .body("assignee", equalTo(ZHOU))
        .body("assigneeName", equalTo("周建华"))
        .body("state", equalTo("RECEIVED"))
        .body("overdue", equalTo(false));
    OffsetDateTime at = OffsetDateTime.parse(received.path("receivedAt"));
    assertThat(OffsetDateTime.parse(received.path("dueAt"))).isEqualTo(at.plusHours(2));
    String id = received.path("id");

    // resolving before accepting is out of order; a stale version is refused
    step(id, "resolution", "0", "{\"text\":\"已安排车辆\"}").then().statusCode(409);
    step(id, "acceptance", "5", null).then().statusCode(412);
    step(id, "acceptance", "0", null).then().statusCode(200).body("state", equalTo("ACCEPTED"));
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .body("{\"text\":\"已联系志愿者车队\"}")
        .post("/citizen-requests/{id}/notes", id)
        .then()
        .statusCode(200)
        .body("notes.note", equalTo(List.of("已联系志愿者车队")));
    step(id, "resolution", "2", "{\"text\":\"志愿者接送完成检测\"}")
        .then()
        .statusCode(200)
        .body("state", equalTo("RESOLVED"));
    step(id, "callback", "3", "{\"satisfaction\":6}").then().statusCode(400);
    step(id, "callback", "3", "{\"satisfaction\":5}")
        .then()
        .statusCode(200)
        .body("state", equalTo("CLOSED"))
        .body("satisfaction", equalTo(5));
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .body("{\"text\":\"再补一句\"}")
        .post("/citizen-requests/{id}/notes", id)
        .then()
        .statusCode(409);
    as(Api.ADMIN)
        .queryParam("subjectId", id)
        .get("/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItem("received"))
        .body("items.action", hasItem("called-back"));
  }

  @Test
  void anOverdueRequestEscalatesToTheGridLeader() {
    List<Map<String, Object>> overdue =
        as(Api.YANGXI_COMMAND)
            .queryParam("region", Api.YANGAN)
            .queryParam("overdue", "true")
            .get("/citizen-requests")
            .then()
            .statusCode(200)
            .body("items.overdue", everyItem(equalTo(true)))
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(overdue).isNotEmpty();
    assertThat(overdue).allSatisfy(r -> assertThat(r.get("escalatedToName")).isNotNull());
    assertThat(overdue)
        .anySatisfy(r -> assertThat(r.get("content")).isEqualTo("采茶季白天上山,希望晚上也能做核酸"));
    as(Api.YANGXI_COMMAND)
        .queryParam("region", Api.YANGAN)
        .queryParam("overdue", "false")
        .get("/citizen-requests")
        .then()
        .statusCode(200)
        .body("items.overdue", everyItem(equalTo(false)));
  }

  @Test
  void countsShowWhereTheRequestsCome() {
    List<Map<String, Object>> counts =
        as(Api.YANGXI_COMMAND)
            .queryParam("region", Api.YANGAN)
            .get("/citizen-requests/counts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(counts.get(0).get("place")).isEqualTo(Api.YANGAN_GRID_1);
    assertThat(counts.get(0).get("category")).isEqualTo("TESTING");
    assertThat((Integer) counts.get(0).get("received")).isGreaterThanOrEqualTo(4);
    as(Api.YANGXI_COMMAND)
        .queryParam("from", "2026-12-31")
        .queryParam("to", "2026-01-01")
        .get("/citizen-requests/counts")
        .then()
        .statusCode(400);
  }

  @Test
  void badRequestsAreRefused() {
    as(Api.YANGAN_GRID)
        .contentType("application/json")
        .body(
            "{\"place\":\""
                + Api.YANGAN_GRID_1
                + "\",\"requester\":\"周\",\"category\":\"TESTING\",\"urgency\":\"SOON\",\"content\":\"x\"}")
        .post("/citizen-requests")
        .then()
        .statusCode(400);
    receive(Api.YANGAN_GRID, Api.YANGAN_GRID_2, "LOW").then().statusCode(404);
    receive(Api.YANGXI_COMMAND, "330182002000", "LOW")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("place"));
    receive(Api.SHOUCHANG_CHECKPOINT, "330182107201", "LOW").then().statusCode(403);
    String id = receive(Api.YANGAN_GRID, Api.YANGAN_GRID_1, "LOW").path("id");
    as(Api.YANGAN_GRID)
        .header("If-Match", "\"0\"")
        .contentType("application/json")
        .body("{\"assignee\":\"0ffa8782-94b4-5102-b189-d41793884867\"}")
        .post("/citizen-requests/{id}/routing", id)
        .then()
        .statusCode(404);
  }
}
