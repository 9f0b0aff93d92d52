package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.shaodian.app.http.Api.as;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** Headers that keep responses from being sniffed, cached, framed or sent in clear. */
class SecurityHeadersIT {

  @Test
  void apiResponsesAreNeitherCachedNorSniffedNorFramed() {
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/people?size=1")
        .then()
        .statusCode(200)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .header("X-Frame-Options", "DENY")
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Server-Timing", containsString("app;dur="));
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/reports/people?region=" + Api.XIHU_VILLAGE)
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  void errorsCarryTheSameHeadersAndNoInternalMarker() {
    Api.anonymous()
        .get("/people")
        .then()
        .statusCode(401)
        .header("X-Content-Type-Options", "nosniff")
        .header("$WSEP", nullValue());
    as(Api.ADMIN)
        .get("/no-such-thing")
        .then()
        .statusCode(404)
        .header("$WSEP", nullValue())
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  void libertysOwnPagesAreNotSniffedOrFramedEither() {
    Api.anonymous()
        .basePath("")
        .get("/openapi/ui/")
        .then()
        .statusCode(200)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY");
  }

  @Test
  void overHttpsTheBrowserIsToldToStayOnHttps() {
    RestAssured.given()
        .relaxedHTTPSValidation()
        .baseUri("https://localhost:" + System.getProperty("it.https.port", "9544"))
        .basePath("/api/v1")
        .auth()
        .preemptive()
        .basic(Api.SHOUCHANG_OFFICIAL, Api.PASSWORD)
        .get("/regions")
        .then()
        .statusCode(200)
        .header("Strict-Transport-Security", equalTo("max-age=31536000"));
  }

  @Test
  void pathsTheContainerRefusesAreRefusedWithoutReachingTheApplication() {
    // Liberty's web container refuses these before any application sees them, with a page of its
    // own: it cannot be made problem+json (see the issue note); it is a 400 and is not sniffed.
    for (String path :
        new String[] {"/api/v1/..;/regions", "/api/v1/people/%00", "/api/v1/a%0Ab"}) {
      RawHttp.Reply reply = RawHttp.get(path, Api.ADMIN);
      assertThat(reply.status()).as(path).isEqualTo(400);
      assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }

  @Test
  void thePageLoadsItsOwnScriptsAndStylesOnly() throws Exception {
    var page =
        Api.PLAIN_HTTP.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(RestAssured.baseURI + "/briefings/"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("每日简报").doesNotContain("<script>");
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy)
        .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval", "*");
  }
}
