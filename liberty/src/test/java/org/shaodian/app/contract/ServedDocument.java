package org.shaodian.app.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;

/** The OpenAPI document as the running test server serves it. */
public final class ServedDocument {

  private ServedDocument() {}

  /** GET /openapi as JSON, once the application is ready. */
  public static String fetch() {
    awaitReadiness();
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

  /**
   * The build starts the server and goes on once the server is up, when the application may still
   * be migrating its tables (the server says it is ready before the application is): no test calls
   * it until {@code /health/ready} says UP.
   */
  public static void awaitReadiness() {
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (RestAssured.given()
            .baseUri(System.getProperty("shaodian.url", "http://localhost:9181"))
            .basePath("")
            .get("/health/ready")
            .statusCode()
        != 200) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the application was not ready within 180 seconds");
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * An operation's parameters as declared, each {@code $ref} to the document's shared parameters
   * (the {@code lang} query parameter, {@code If-Match}) replaced by what it refers to.
   */
  public static List<JsonNode> parameters(JsonNode document, JsonNode operation) {
    JsonNode shared = document.path("components").path("parameters");
    List<JsonNode> parameters = new ArrayList<>();
    for (JsonNode declared : operation.path("parameters")) {
      parameters.add(
          declared.has("$ref")
              ? shared.path(declared.get("$ref").asText().replaceAll(".*/", ""))
              : declared);
    }
    return parameters;
  }
}
