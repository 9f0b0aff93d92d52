package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.shaodian.app.http.Api.as;

import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The people who serve: the REST contract, end to end against the running server. */
class PeopleIT {

  private static String form(String name, String phone, String region) {
    return """
        {"name":"%s","phone":"%s","affiliation":"MEDICAL","partyMember":true,
         "qualifications":["SWAB_SAMPLING","FIRST_AID"],"homeRegion":"%s"}"""
        .formatted(name, phone, region);
  }

  private static String uniqueName() {
    return "测试" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Response register(String user, String body) {
    return as(user).contentType("application/json").body(body).post("/people");
  }

  private static long total(String user, String query) {
    return as(user)
        .get("/people?size=1" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  @Test
  void registerReadChangeAndDeactivateAPerson() {
    String name = uniqueName();
    Response created =
        register(Api.SHOUCHANG_COMMAND, form(name, "138 1234 5678", Api.XIHU_VILLAGE));
    created
        .then()
        .statusCode(201)
        .header("ETag", "\"0\"")
        .header("Location", Api.locationUnder("/api/v1/people/"))
        .body("name", equalTo(name))
        .body("phone", equalTo("138****5678"))
        .body("affiliation", equalTo("MEDICAL"))
        .body("qualifications", containsInAnyOrder("SWAB_SAMPLING", "FIRST_AID"))
        .body("homeRegion", equalTo(Api.XIHU_VILLAGE))
        .body("homeRegionName", equalTo("西湖村"))
        .body("active", equalTo(true));
    assertThat(created.asString()).doesNotContain("13812345678");
    String id = created.jsonPath().getString("id");

    as(Api.SHOUCHANG_OFFICIAL)
        .get("/people/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("phone", equalTo("138****5678"));

    String changed = form(name, "13900001111", Api.SHOUCHANG).replace("MEDICAL", "VOLUNTEER");
    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(changed)
        .put("/people/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("affiliation", equalTo("VOLUNTEER"))
        .body("phone", equalTo("139****1111"))
        .body("homeRegionName", equalTo("寿昌镇"))
        .body("version", equalTo(1));

    // an update based on the old version loses (RFC 9110: 412), and changes nothing
    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(form("别人的修改", "13900002222", Api.SHOUCHANG))
        .put("/people/{id}", id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:shaodian:problem:precondition-failed"));
    as(Api.SHOUCHANG_COMMAND).get("/people/{id}", id).then().body("name", equalTo(name));

    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .body(changed)
        .put("/people/{id}", id)
        .then()
        .statusCode(428);

    as(Api.SHOUCHANG_COMMAND)
        .header("If-Match", "\"1\"")
        .post("/people/{id}/deactivation", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("active", equalTo(false));
    as(Api.SHOUCHANG_COMMAND)
        .header("If-Match", "\"2\"")
        .post("/people/{id}/deactivation", id)
        .then()
        .statusCode(409);

    // deactivated people leave the default list but stay in the register
    as(Api.SHOUCHANG_COMMAND).get("/people?size=200&q=" + name).then().body("total", equalTo(0));
    as(Api.SHOUCHANG_COMMAND)
        .get("/people?active=false&q=" + name)
        .then()
        .body("items.id", hasItem(id));

    // every write is in the audit trail, without the phone number
    Response audit =
        as(Api.ADMIN).get("/audit?subjectType=rosters.person&subjectId=" + id + "&size=10");
    audit
        .then()
        .statusCode(200)
        .body("total", equalTo(4))
        .body(
            "items.action", containsInAnyOrder("registered", "updated", "moved-in", "deactivated"))
        .body("items.actor", everyItem(equalTo(Api.SHOUCHANG_COMMAND)))
        .body("items.actorJurisdiction", everyItem(equalTo(Api.SHOUCHANG)));
    assertThat(audit.asString()).doesNotContain("13812345678").doesNotContain("13900001111");
  }

  @Test
  void listsArePagedFilteredAndKeptToTheJurisdiction() {
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/people?size=5&page=0")
        .then()
        .statusCode(200)
        .body("items", hasSize(5))
        .body("size", equalTo(5))
        .body("total", greaterThanOrEqualTo(15))
        .body("items.phone", everyItem(anyOf(nullValue(), matchesPattern("1\\d\\d\\*{4}\\d{4}"))));
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/people?qualification=SWAB_SAMPLING&size=200")
        .then()
        .body("items.qualifications", everyItem(hasItem("SWAB_SAMPLING")))
        .body("items.name", hasItem("余振华"));
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/people?affiliation=MILITIA&partyMember=true&size=200")
        .then()
        .body("items.name", hasItem("朱海涛"))
        .body("items.affiliation", everyItem(equalTo("MILITIA")));
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/people?region=" + Api.XIHU_VILLAGE + "&size=200")
        .then()
        .body("items.homeRegion", everyItem(equalTo(Api.XIHU_VILLAGE)));
    // Shouchang's people are not Yinhu's business, and the other way round
    as(Api.YINHU_COMMAND)
        .get("/people?size=200")
        .then()
        .body("items.name", hasItem("李官"))
        .body("items.name", not(hasItem("余振华")));
    as(Api.YINHU_COMMAND).get("/people?region=" + Api.SHOUCHANG).then().statusCode(404);
    long all = total(Api.ADMIN, "");
    assertThat(all).isGreaterThan(total(Api.SHOUCHANG_OFFICIAL, ""));
  }

  @Test
  void aPersonOutsideTheJurisdictionIsAnsweredExactlyLikeAMissingOne() {
    String id =
        register(Api.SHOUCHANG_COMMAND, form(uniqueName(), "13811112222", Api.SHOUCHANG))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String missing = UUID.randomUUID().toString();
    for (String path : List.of("/people/{id}")) {
      var outside = as(Api.YINHU_COMMAND).get(path, id).then().statusCode(404).extract();
      var absent = as(Api.YINHU_COMMAND).get(path, missing).then().statusCode(404).extract();
      assertThat(outside.jsonPath().getMap("$"))
          .containsEntry("type", absent.jsonPath().getString("type"))
          .containsEntry("title", absent.jsonPath().getString("title"))
          .containsEntry("detail", absent.jsonPath().getString("detail"));
      assertThat(outside.jsonPath().getString("detail")).doesNotContain(id);
    }
    as(Api.YINHU_COMMAND)
        .header("If-Match", "\"0\"")
        .post("/people/{id}/deactivation", id)
        .then()
        .statusCode(404);
    as(Api.YINHU_COMMAND)
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(form(uniqueName(), "13811112222", Api.YINHU))
        .put("/people/{id}", id)
        .then()
        .statusCode(404);
    register(Api.YINHU_COMMAND, form(uniqueName(), "13811112222", Api.SHOUCHANG))
        .then()
        .statusCode(404);
    as(Api.SHOUCHANG_COMMAND)
        .get("/people/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"");
  }

  @Test
  void aRoleThatMayNotWriteHearsSoBeforeAnythingAboutItsRequest() {
    String id =
        register(Api.SHOUCHANG_COMMAND, form(uniqueName(), "13811112222", Api.SHOUCHANG))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // an invalid body, from a role that may not register: 403, not field errors
    register(Api.XIANGSHAN_GRID, "{\"name\":\"\",\"phone\":\"123\"}")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:shaodian:problem:forbidden"))
        .body("errors", nullValue());
    register(Api.SHOUCHANG_OFFICIAL, "{\"name\":").then().statusCode(403);
    // a deactivation without If-Match, from a role that may not write: 403, not 428
    as(Api.SHOUCHANG_OFFICIAL).post("/people/{id}/deactivation", id).then().statusCode(403);
    // a missing record, for a role that may not read people: 403, not 404
    as(Api.SHOUCHANG_CHECKPOINT)
        .get("/people/{id}", UUID.randomUUID().toString())
        .then()
        .statusCode(403);
    as(Api.SHOUCHANG_CHECKPOINT).get("/people/{id}", id).then().statusCode(403);
  }

  @Test
  void rolesDecideWhoMayReadAndWrite() {
    register(Api.SHOUCHANG_OFFICIAL, form(uniqueName(), "13811112222", Api.SHOUCHANG))
        .then()
        .statusCode(403);
    as(Api.SHOUCHANG_CHECKPOINT).get("/people").then().statusCode(403);
    Api.anonymous().get("/people").then().statusCode(401);
  }

  @Test
  void badInputIsAFieldErrorAndChangesNothing() {
    long before = total(Api.ADMIN, "&active=true");
    // what does not fit the form's types is named first ...
    register(
            Api.SHOUCHANG_COMMAND,
            """
            {"name":"","phone":"12345","affiliation":"WIZARD","partyMember":null,
             "qualifications":["FLYING"],"homeRegion":"33"}""")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:shaodian:problem:invalid-input"))
        .body("errors.field", containsInAnyOrder("affiliation", "qualifications[0]"));
    // ... then what breaks the form's rules, all at once
    register(
            Api.SHOUCHANG_COMMAND,
            """
            {"name":"","phone":"12345","affiliation":"MEDICAL","partyMember":null,
             "qualifications":["FIRST_AID"],"homeRegion":"%s"}"""
                .formatted(Api.SHOUCHANG))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("name", "phone", "partyMember"))
        .body("errors.find { it.field == 'phone' }.message", equalTo("不是有效的手机号码"));
    register(Api.SHOUCHANG_COMMAND, form(uniqueName(), "13811112222", "33"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("homeRegion"));
    register(Api.SHOUCHANG_COMMAND, form(uniqueName(), "13811112222", "330182107999"))
        .then()
        .statusCode(404);
    register(Api.SHOUCHANG_COMMAND, "{\"name\":\"x\",\"favouriteColour\":\"red\"}")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:shaodian:problem:invalid-input"))
        .body("errors.field", containsInAnyOrder("favouriteColour"));
    register(Api.SHOUCHANG_COMMAND, "{\"name\":")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    register(Api.SHOUCHANG_COMMAND, "")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as(Api.SHOUCHANG_COMMAND)
        .contentType("text/plain")
        .body("hello")
        .post("/people")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    as(Api.SHOUCHANG_COMMAND)
        .queryParam("lang", "en")
        .get("/people?size=0&page=-1")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("page", "size"))
        .body("errors.find { it.field == 'size' }.message", equalTo("must be between 1 and 200"));
    as(Api.SHOUCHANG_COMMAND)
        .get("/people?affiliation=WIZARD")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("affiliation"));
    as(Api.SHOUCHANG_COMMAND).get("/people/{id}", "not-a-uuid").then().statusCode(404);
    String unknown = UUID.randomUUID().toString();
    as(Api.SHOUCHANG_COMMAND)
        .get("/people/{id}", unknown)
        .then()
        .statusCode(404)
        .body("title", equalTo("未找到"))
        .body("detail", equalTo("人员不存在"))
        .body("detail", not(org.hamcrest.Matchers.containsString(unknown)));
    assertThat(total(Api.ADMIN, "&active=true")).isEqualTo(before);
  }

  @Test
  void supervisorsSeeWhatHappensInTheirAreaWhoeverDoesIt() {
    String id =
        register(Api.ADMIN, form(uniqueName(), "13811113333", Api.GENGLOU))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(Api.GENGLOU_SUPERVISOR)
        .get("/audit?subjectType=rosters.person&subjectId=" + id)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].actor", equalTo(Api.ADMIN))
        .body("items[0].action", equalTo("registered"));
  }

  @Test
  void queryParametersAreCheckedNotGuessed() {
    for (String query :
        List.of(
            "active=yes",
            "partyMember=1",
            "page=abc",
            "size=1e3",
            "page=2147483647&size=200",
            "q=%00",
            "qualification=FLYING")) {
      as(Api.SHOUCHANG_COMMAND)
          .urlEncodingEnabled(false)
          .get("/people?" + query)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasSize(1));
    }
  }

  @Test
  void qualificationsAreOptional() {
    register(
            Api.SHOUCHANG_COMMAND,
            """
            {"name":"%s","affiliation":"VOLUNTEER","partyMember":false,
             "homeRegion":"%s"}"""
                .formatted(uniqueName(), Api.SHOUCHANG))
        .then()
        .statusCode(201)
        .body("qualifications", hasSize(0))
        .body("phone", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void cursorsWalkTheWholeListOnceWithNamesInPinyinOrder() {
    long total = total(Api.ADMIN, "");
    List<String> ids = new java.util.ArrayList<>();
    List<String> shouchangTownNames = new java.util.ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = as(Api.ADMIN).queryParam("size", 7);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      var page = request.get("/people").then().statusCode(200).extract().jsonPath();
      if (cursor == null) {
        assertThat(page.getInt("page")).isZero();
      } else {
        assertThat(page.getString("page")).isNull();
      }
      ids.addAll(page.getList("items.id", String.class));
      List<String> regions = page.getList("items.homeRegion", String.class);
      List<String> names = page.getList("items.name", String.class);
      for (int i = 0; i < names.size(); i++) {
        if (regions.get(i).equals(Api.SHOUCHANG)) {
          shouchangTownNames.add(names.get(i));
        }
      }
      cursor = page.getString("next");
      pages++;
    } while (cursor != null && pages < 1000);
    assertThat(ids).doesNotHaveDuplicates().hasSize((int) total);
    List<String> sorted = new java.util.ArrayList<>(shouchangTownNames);
    sorted.sort(java.text.Collator.getInstance(java.util.Locale.CHINA));
    assertThat(shouchangTownNames).hasSizeGreaterThan(3).isEqualTo(sorted);
  }

  @Test
  void pageNumbersStopWhereCursorsTakeOver() {
    as(Api.ADMIN)
        .get("/people?size=200&page=50")
        .then()
        .statusCode(200)
        .body("items", hasSize(0))
        .body("totalExact", equalTo(true))
        // a page past the end says how long the list really is, not where the page was
        .body("total", org.hamcrest.Matchers.lessThan(1000));
    as(Api.ADMIN)
        .queryParam("lang", "en")
        .get("/people?size=200&page=51")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("page"))
        .body("errors[0].message", org.hamcrest.Matchers.containsString("cursor"));
    as(Api.ADMIN)
        .get("/people?cursor=not-a-cursor")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
  }
}
