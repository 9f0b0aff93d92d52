package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.shaodian.app.http.Api.as;

import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the API accepts, exactly: strict JSON, names without tricks, bodies of a bounded size, and
 * addresses and headers that parse. Bad input is a 400 (or 413) problem and changes nothing.
 */
class InputHygieneIT {

  private static String person(String nameJson, String partyMemberJson) {
    return """
        {"name":%s,"affiliation":"VOLUNTEER","partyMember":%s,"homeRegion":"%s"}"""
        .formatted(nameJson, partyMemberJson, Api.SHOUCHANG);
  }

  private static Response post(String body) {
    return as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .queryParam("lang", "en")
        .body(body)
        .post("/people");
  }

  private static String unique() {
    return "洁净" + UUID.randomUUID().toString().substring(0, 6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "0", "\"yes\"", "\"true\"", "\"false\"", "[]", "{}"})
  void aBooleanIsTrueOrFalseNothingElse(String value) {
    post(person("\"" + unique() + "\"", value))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", containsInAnyOrder("partyMember"))
        .body("errors[0].message", equalTo("must be true or false"));
  }

  @Test
  void jsonMustBeOneValueWithoutRepeatedKeys() {
    String name = unique();
    post(person("\"" + name + "\"", "false") + " trailing")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:shaodian:problem:unreadable"));
    post(person("\"" + name + "\"", "false") + "{}").then().statusCode(400);
    post("""
            {"name":"%s","name":"%s","affiliation":"VOLUNTEER","partyMember":false,"homeRegion":"%s"}"""
            .formatted(name, name, Api.SHOUCHANG))
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("name"));
    assertNobodyCalled(name);
  }

  @Test
  void namesAreCheckedAsNamesAndStoredInNfc() {
    post(person("\"\\u3000\\u3000\"", "false"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"))
        .body("errors[0].message", equalTo("must not be blank"));
    post(person("\"余\\u202E华\"", "false"))
        .then()
        .statusCode(400)
        .body("errors[0].message", equalTo("contains invisible formatting characters"));
    post(person("\"余\\u200B华\"", "false")).then().statusCode(400);
    post(person("\"余\\ud800华\"", "false"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
    // length counts characters: 50 emoji fit the 50-character column, 51 do not
    post(person("\"" + "🙂".repeat(51) + "\"", "false")).then().statusCode(400);
    post(person("\"" + "🙂".repeat(50) + "\"", "false"))
        .then()
        .statusCode(201)
        .body("name", equalTo("🙂".repeat(50)));
    String composed = "Cafe\u0301 " + UUID.randomUUID().toString().substring(0, 6);
    post(person("\"" + composed + "\"", "true"))
        .then()
        .statusCode(201)
        .body(
            "name",
            equalTo(java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFC)));
  }

  @Test
  void aBodyOverOneMegabyteIs413AndChangesNothing() {
    String name = unique();
    String padded = "{\"name\":\"" + name + "\",\"pad\":\"" + "x".repeat(1_100_000) + "\"}";
    post(padded)
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:shaodian:problem:payload-too-large"));
    assertNobodyCalled(name);
  }

  @Test
  void aMalformedAddressIsA400ProblemNotA500() {
    for (String target :
        List.of(
            "/api/v1/regions?x=%ZZ",
            "/api/v1/regions?x=a%2",
            "/api/v1/regions?x=a|b",
            "/api/v1/regions?q=%C3%28",
            "/api/v1/nosuch|x",
            "/api/v1/people/a^b")) {
      RawHttp.Reply reply = RawHttp.get(target, Api.ADMIN);
      assertThat(reply.status()).as(target).isEqualTo(400);
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
      assertThat(reply.body()).contains("urn:shaodian:problem:unreadable").doesNotContain("ZZ");
    }
  }

  @Test
  void aBlankDateIsTheDefaultDayNotA500() {
    // sent raw: the contract's date pattern has no blank value, but a client may still send one
    for (String target :
        List.of(
            "/api/v1/briefings/trend?date=",
            "/api/v1/briefings/archive?from=&to=",
            "/api/v1/checkpoint-tallies?day=&since=",
            "/api/v1/grid-figures?date=",
            "/api/v1/citizen-requests/counts?from=&to=")) {
      RawHttp.Reply reply = RawHttp.get(target, Api.SHOUCHANG_OFFICIAL);
      assertThat(reply.status()).as(target).isEqualTo(200);
    }
  }

  @Test
  void malformedAcceptHeadersAreIgnoredAndAMalformedContentTypeIsRefused() {
    for (String header : List.of(";;;q=x,,", "en;q=2", ",")) {
      as(Api.SHOUCHANG_OFFICIAL)
          .header("Accept-Language", header)
          .get("/regions")
          .then()
          .statusCode(200)
          .header("Content-Language", "zh-CN");
    }
    as(Api.SHOUCHANG_OFFICIAL)
        .header("Accept", "a/b;q=x")
        .get("/regions")
        .then()
        .statusCode(200)
        .contentType("application/json");
    RawHttp.Reply reply =
        RawHttp.send(
            "POST",
            "/api/v1/people",
            Api.SHOUCHANG_COMMAND,
            java.util.Map.of("Content-Type", "/"),
            "{}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
  }

  private static void assertNobodyCalled(String name) {
    as(Api.SHOUCHANG_COMMAND)
        .get("/people?q=" + name)
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }
}
