package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.shaodian.app.http.Api.as;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A check that fails inside a transaction (an entity refusing a second deactivation, a stale
 * version found after loading) rolls the transaction back and answers its 4xx, without an FFDC
 * incident in the server's log: incidents are for failures, not for answers.
 */
class ProblemsInTransactionsIT {

  private static final Path FFDC =
      Path.of(
          "target/liberty/wlp/usr/servers",
          System.getProperty("it.server", "shaodian-it"),
          "logs/ffdc");

  @Test
  void aProblemInsideATransactionRollsBackQuietly() throws IOException {
    String id =
        as(Api.SHOUCHANG_COMMAND)
            .contentType("application/json")
            .body(
                """
                {"name":"事务%s","affiliation":"VOLUNTEER","partyMember":false,"homeRegion":"%s"}"""
                    .formatted(UUID.randomUUID().toString().substring(0, 6), Api.SHOUCHANG))
            .post("/people")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(Api.SHOUCHANG_COMMAND)
        .header("If-Match", "\"0\"")
        .post("/people/{id}/deactivation", id)
        .then()
        .statusCode(200);
    // the entity refuses inside the transaction
    as(Api.SHOUCHANG_COMMAND)
        .header("If-Match", "\"1\"")
        .post("/people/{id}/deactivation", id)
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:shaodian:problem:conflict"));
    // the version is found stale inside the transaction
    as(Api.SHOUCHANG_COMMAND)
        .header("If-Match", "\"0\"")
        .post("/people/{id}/deactivation", id)
        .then()
        .statusCode(412);

    as(Api.ADMIN)
        .get("/audit?subjectType=rosters.person&subjectId=" + id)
        .then()
        .body("total", equalTo(2));
    assertThat(incidentsMentioning("org.shaodian.kernel.api.problem.Problem")).isEmpty();
  }

  private static List<Path> incidentsMentioning(String text) throws IOException {
    if (!Files.isDirectory(FFDC)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(FFDC)) {
      return files
          .filter(
              file -> {
                try {
                  return Files.readString(file).contains(text);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }
}
