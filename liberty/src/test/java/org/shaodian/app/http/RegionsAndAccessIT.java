package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.shaodian.app.http.Api.as;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The region tree over HTTP, and who may see which part of it. */
class RegionsAndAccessIT {

  @Test
  void anOfficialSeesHerTownWithItsVillages() {
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/regions/{code}", Api.SHOUCHANG)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header("Content-Language", "zh-CN")
        .body("code", equalTo(Api.SHOUCHANG))
        .body("name", equalTo("寿昌镇"))
        .body("level", equalTo("TOWN"))
        .body("levelName", equalTo("镇/街道"))
        .body("parentCode", equalTo(Api.JIANDE))
        .body("children", hasSize(9))
        .body("children.name", hasItems("西湖村", "童家村", "寿昌社区"))
        .body("children.level", everyItem(equalTo("VILLAGE")));
  }

  @Test
  void childrenAreListedOnTheirOwnAndInEnglishOnRequest() {
    as(Api.ADMIN)
        .queryParam("lang", "en")
        .get("/regions/{code}/children", "330182002001")
        .then()
        .statusCode(200)
        .header("Content-Language", "en")
        // the demo's fifteen grids come first; tests add more (RegionAdminIT)
        .body("$", hasSize(greaterThanOrEqualTo(15)))
        .body("[0].name", equalTo("洋安社区第一网格"))
        .body("[0].nameEn", equalTo("Yang'an Grid 1"))
        .body("[0].levelName", equalTo("grid"))
        .body("[14].code", equalTo("330182002001015"));
  }

  @Test
  void withoutAParameterTheCallerGetsTheirJurisdiction() {
    as(Api.YINHU_COMMAND)
        .get("/regions")
        .then()
        .statusCode(200)
        .body("code", equalTo(Api.YINHU))
        .body("children.name", hasItems("香山社区"));
  }

  @Test
  void aPlaceOutsideTheJurisdictionIsAnsweredLikeOneThatDoesNotExist() {
    for (String outside :
        List.of(Api.JIANDE, Api.GENGLOU, Api.YINHU, Api.HANGZHOU, "330100999999")) {
      as(Api.SHOUCHANG_OFFICIAL)
          .get("/regions/{code}", outside)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("status", equalTo(404))
          .body("type", equalTo("urn:shaodian:problem:not-found"))
          .body("detail", equalTo("区域不存在"));
      as(Api.SHOUCHANG_OFFICIAL).get("/regions/{code}/children", outside).then().statusCode(404);
    }
  }

  @Test
  void anAdministratorOfTheCitySeesEveryTown() {
    as(Api.ADMIN).get("/regions/{code}", Api.GENGLOU).then().statusCode(200);
    as(Api.ADMIN).get("/regions/{code}", Api.YINHU).then().statusCode(200);
  }

  @Test
  void withoutCredentialsItIs401WithAChallenge() {
    var response =
        Api.anonymous()
            .get("/regions/{code}", Api.SHOUCHANG)
            .then()
            .statusCode(401)
            .contentType("application/problem+json")
            .body("type", equalTo("urn:shaodian:problem:unauthenticated"))
            .body("instance", equalTo("/api/v1/regions/" + Api.SHOUCHANG))
            .extract();
    assertThat(response.headers().getValues("WWW-Authenticate"))
        .anyMatch(v -> v.startsWith("Basic"));
  }

  @Test
  void aWrongPasswordIsRefused() {
    Api.anonymous()
        .auth()
        .preemptive()
        .basic(Api.SHOUCHANG_OFFICIAL, "wrong")
        .get("/regions/{code}", Api.SHOUCHANG)
        .then()
        .statusCode(401);
  }

  @Test
  void unknownAndMalformedCodes() {
    as(Api.ADMIN)
        .get("/regions/{code}", "330100999999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", not(containsString("330100999999")));
    as(Api.ADMIN)
        .queryParam("lang", "en")
        .get("/regions/{code}", "abc")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("code"))
        .body("errors[0].message", containsString("not a region code"));
  }

  @Test
  void anUnknownPathIsAProblemToo() {
    as(Api.ADMIN)
        .get("/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void theAuditTrailIsForSupervisorsAndAdministratorsOnly() {
    as(Api.SHOUCHANG_COMMAND).get("/audit").then().statusCode(403);
    as(Api.GENGLOU_SUPERVISOR).get("/audit").then().statusCode(200).body("page", equalTo(0));
  }
}
