package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * After a key rotation an administrator moves the sealed personal data to the current key: the run
 * goes on in the background, says how far it got, and is audited when it ends.
 */
class ReencryptionIT {

  private static final String PATH = "/admin/personal-data/reencryption";

  @Test
  void anAdministratorRunsItAndItIsAuditedWhenItEnds() throws InterruptedException {
    as(Api.ADMIN)
        .post(PATH)
        .then()
        .statusCode(202)
        .header("Location", endsWith("/api/v1" + PATH))
        .body("state", oneOf("RUNNING", "DONE"))
        .body("keyVersion", equalTo(2));
    JsonPath run = null;
    for (int i = 0; i < 100; i++) {
      run = as(Api.ADMIN).get(PATH).then().statusCode(200).extract().jsonPath();
      if (!"RUNNING".equals(run.getString("state"))) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(run.getString("state")).isEqualTo("DONE");
    assertThat(run.getMap("resealed")).containsKey("rosters_person.phone");
    as(Api.ADMIN)
        .get("/audit?subjectType=kernel.personal-data-keys")
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("re-encrypted"))
        .body("items[0].actor", equalTo(Api.ADMIN));
  }

  @Test
  void otherRolesMayNeitherStartNorSeeIt() {
    as(Api.SHOUCHANG_COMMAND).post(PATH).then().statusCode(403);
    as(Api.GENGLOU_SUPERVISOR).get(PATH).then().statusCode(403);
  }
}
