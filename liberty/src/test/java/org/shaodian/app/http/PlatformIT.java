package org.shaodian.app.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/** What operators and integrators rely on besides the API itself. */
class PlatformIT {

  @Test
  void readinessIsUpOnceTheSchemaIsMigrated() {
    Api.anonymous()
        .basePath("")
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("schema-migrations"));
  }

  @Test
  void theOpenApiDocumentHasOneTagPerModuleAndDocumentsErrors() {
    Api.anonymous()
        .basePath("")
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("info.title", containsString("Shaodian"))
        .body("tags.name", hasItem("kernel"))
        .body("tags.name", hasItem("rosters"))
        .body("tags.name", hasItem("reporting"))
        .body("paths.'/api/v1/people'.post.tags[0]", equalTo("rosters"))
        .body("paths.'/api/v1/people/{id}'.put.responses.'412'.description", containsString("ETag"))
        .body("paths.'/api/v1/people/{id}'.put.operationId", equalTo("changePerson"))
        .body("paths.'/api/v1/reports/people'.get.tags[0]", equalTo("reporting"))
        .body("components.schemas.Problem.required", hasItem("status"))
        .body(
            "paths.'/api/v1/people'.post.responses.'400'.content.'application/problem+json'.schema.$ref",
            equalTo("#/components/schemas/Problem"));
  }
}
