package org.shaodian.app.contract;

import io.restassured.RestAssured;

/** The OpenAPI document as the running test server serves it. */
public final class ServedDocument {

  private ServedDocument() {}

  /** GET /openapi as JSON. */
  public static String fetch() {
    return RestAssured.given()
        .baseUri(System.getProperty("shaodian.url", "http://localhost:9181"))
        .basePath("")
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
