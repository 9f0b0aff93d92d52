package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shaodian.app.contract.ServedDocument;

/**
 * The jurisdictions of registry accounts, set over the API, and the bootstrap that opens the first
 * administrator's. The demo accounts are only read: the tests open accounts of their own.
 */
class AccountAdminIT {

  private static String newPrincipal() {
    return "test-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Response put(RequestSpecification caller, String principal, String region) {
    return caller
        .contentType("application/json")
        .body("{\"jurisdiction\":\"" + region + "\"}")
        .put("/admin/accounts/{principal}", principal);
  }

  @Test
  void anAdministratorOpensAnAccountAndMovesItWithIfMatch() {
    String principal = newPrincipal();
    as(Api.ADMIN).get("/admin/accounts/{principal}", principal).then().statusCode(404);

    put(as(Api.ADMIN), principal, Api.SHOUCHANG)
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/admin/accounts/" + principal))
        .header("ETag", "\"0\"")
        .body("principal", equalTo(principal))
        .body("jurisdiction", equalTo(Api.SHOUCHANG))
        .body("jurisdictionName", equalTo("寿昌镇"))
        .body("version", equalTo(0))
        .body("createdAt", startsWith("20"));
    as(Api.ADMIN)
        .get("/admin/accounts/{principal}", principal)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("jurisdiction", equalTo(Api.SHOUCHANG));

    // a change needs the version it is based on
    put(as(Api.ADMIN), principal, Api.GENGLOU).then().statusCode(428);
    put(as(Api.ADMIN).header("If-Match", "\"7\""), principal, Api.GENGLOU)
        .then()
        .statusCode(412)
        .body("type", equalTo("urn:shaodian:problem:precondition-failed"));
    put(as(Api.ADMIN).header("If-Match", "\"0\""), principal, Api.GENGLOU)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("jurisdiction", equalTo(Api.GENGLOU))
        .body("jurisdictionName", equalTo("更楼街道"));
    // the same jurisdiction again changes nothing
    put(as(Api.ADMIN).header("If-Match", "\"1\""), principal, Api.GENGLOU)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
    // an If-Match for an account that does not exist cannot hold
    put(as(Api.ADMIN).header("If-Match", "\"0\""), newPrincipal(), Api.GENGLOU)
        .then()
        .statusCode(412);

    // audited where it was and where it went
    as(Api.ADMIN)
        .get("/audit?subjectType=kernel.account&subjectId=" + principal)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.action", containsInAnyOrder("opened", "moved", "moved-in"))
        .body("items.actor", everyItem(equalTo(Api.ADMIN)));
    as(Api.GENGLOU_SUPERVISOR)
        .get("/audit?subjectType=kernel.account&subjectId=" + principal)
        .then()
        .body("items.action", contains("moved-in"));
  }

  @Test
  void outsideTheJurisdictionItIsAsIfThereWereNoSuchAccountOrRegion() {
    RequestSpecification jiandeAdmin = RegionAdminIT.jiandeAdmin();
    var outside =
        jiandeAdmin
            .get("/admin/accounts/{principal}", Api.YINHU_COMMAND)
            .then()
            .statusCode(404)
            .extract()
            .jsonPath();
    var missing =
        RegionAdminIT.jiandeAdmin()
            .get("/admin/accounts/{principal}", "no-such-account")
            .then()
            .statusCode(404)
            .extract()
            .jsonPath();
    assertThat(outside.getString("detail")).isEqualTo(missing.getString("detail"));
    assertThat(outside.getString("type")).isEqualTo(missing.getString("type"));

    // an account outside cannot be moved in, and nobody outside can be given one
    put(RegionAdminIT.jiandeAdmin().header("If-Match", "\"0\""), Api.YINHU_COMMAND, Api.SHOUCHANG)
        .then()
        .statusCode(404)
        .body("detail", equalTo("账号不存在"));
    String principal = newPrincipal();
    put(RegionAdminIT.jiandeAdmin(), principal, Api.YINHU)
        .then()
        .statusCode(404)
        .body("detail", equalTo("区域不存在"));
    as(Api.ADMIN).get("/admin/accounts/{principal}", principal).then().statusCode(404);

    // one of Jiande's may not be moved out of it
    put(RegionAdminIT.jiandeAdmin(), principal, Api.SHOUCHANG).then().statusCode(201);
    put(RegionAdminIT.jiandeAdmin().header("If-Match", "\"0\""), principal, Api.YINHU)
        .then()
        .statusCode(404);
    as(Api.ADMIN)
        .get("/admin/accounts/{principal}", principal)
        .then()
        .body("jurisdiction", equalTo(Api.SHOUCHANG));
    as(Api.YINHU_COMMAND).get("/admin/accounts").then().statusCode(403);

    // and the list holds Jiande's accounts only
    JsonPath list =
        RegionAdminIT.jiandeAdmin()
            .get("/admin/accounts?size=200")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(list.getList("items.principal", String.class))
        .contains("jiande-official", "shouchang-official", "genglou-supervisor", principal)
        .doesNotContain(Api.ADMIN, Api.YINHU_COMMAND, Api.XIANGSHAN_GRID);
    assertThat(list.getList("items.jurisdiction", String.class))
        .allMatch(code -> code.startsWith(Api.JIANDE));
  }

  @Test
  void nobodyChangesTheirOwnAccount() {
    put(as(Api.ADMIN).header("If-Match", "\"0\""), Api.ADMIN, Api.HANGZHOU)
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:shaodian:problem:forbidden"));
    as(Api.ADMIN)
        .get("/admin/accounts/{principal}", Api.ADMIN)
        .then()
        .statusCode(200)
        .body("jurisdiction", equalTo(Api.HANGZHOU));
  }

  @Test
  void onlyAdministratorsSeeOrSetAccountsAndTheyHearSoFirst() {
    as(Api.SHOUCHANG_COMMAND).get("/admin/accounts").then().statusCode(403);
    as(Api.GENGLOU_SUPERVISOR)
        .get("/admin/accounts/{principal}", "no-such-account")
        .then()
        .statusCode(403);
    // a bad body, no If-Match: the role is what is wrong
    as(Api.SHOUCHANG_OFFICIAL)
        .contentType("application/json")
        .body("{\"jurisdiction\":")
        .put("/admin/accounts/{principal}", Api.SHOUCHANG_CHECKPOINT)
        .then()
        .statusCode(403)
        .body("errors", nullValue());
  }

  @Test
  void wrongInputIsNamed() {
    put(as(Api.ADMIN), newPrincipal(), "33")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("jurisdiction"));
    as(Api.ADMIN)
        .contentType("application/json")
        .body("{}")
        .put("/admin/accounts/{principal}", newPrincipal())
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("jurisdiction"));
    put(as(Api.ADMIN), "x".repeat(101), Api.SHOUCHANG)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("principal"));
    put(as(Api.ADMIN).header("If-Match", "three"), Api.SHOUCHANG_CHECKPOINT, Api.SHOUCHANG)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("If-Match"));
  }

  @Test
  void theListIsPagedByPrincipal() {
    List<String> principals = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonPath page =
          as(Api.ADMIN)
              .get("/admin/accounts?size=3" + (cursor == null ? "" : "&cursor=" + cursor))
              .then()
              .statusCode(200)
              .body("size", equalTo(3))
              .extract()
              .jsonPath();
      principals.addAll(page.getList("items.principal", String.class));
      cursor = page.getString("next");
      pages++;
    } while (cursor != null && pages < 100);
    assertThat(principals)
        .doesNotHaveDuplicates()
        .contains(
            Api.ADMIN,
            "jiande-official",
            Api.SHOUCHANG_OFFICIAL,
            Api.SHOUCHANG_COMMAND,
            Api.SHOUCHANG_CHECKPOINT,
            Api.GENGLOU_SUPERVISOR,
            Api.YINHU_COMMAND,
            Api.XIANGSHAN_GRID);
    assertThat(principals).isSorted();
    as(Api.ADMIN)
        .get("/admin/accounts?size=3&page=1")
        .then()
        .statusCode(200)
        .body("page", equalTo(1))
        .body("items.principal", not(hasItems(principals.get(0))));
  }

  @Test
  void theBootstrapChangesNothingWhereTheRootAndTheAdministratorExist() throws IOException {
    // the test server sets shaodian.bootstrap.root=330100,… and .admin=admin (test-server.xml)
    StringBuilder messages = new StringBuilder();
    for (Path log : ServerLogs.named("messages.log")) {
      messages.append(Files.readString(log));
    }
    assertThat(messages.toString())
        .contains("bootstrap: region 330100 was there")
        .contains("bootstrap: account admin was there");
    as(Api.ADMIN)
        .get("/audit?subjectType=kernel.region&subjectId=" + Api.HANGZHOU)
        .then()
        .body("total", equalTo(0));
    as(Api.ADMIN)
        .get("/admin/accounts/{principal}", Api.ADMIN)
        .then()
        .header("ETag", "\"0\"")
        .body("jurisdiction", equalTo(Api.HANGZHOU));
  }

  @Test
  void theContractDocumentsEachAdministrationOperation() {
    JsonPath openApi = new JsonPath(ServedDocument.fetch());
    String accounts = "paths.'/api/v1/admin/accounts'";
    String account = "paths.'/api/v1/admin/accounts/{principal}'";
    String regions = "paths.'/api/v1/admin/regions'";
    String imports = "paths.'/api/v1/admin/regions/import'";
    assertThat(openApi.getString(accounts + ".get.operationId")).isEqualTo("listAccounts");
    assertThat(openApi.getString(account + ".get.operationId")).isEqualTo("getAccount");
    assertThat(openApi.getString(account + ".put.operationId")).isEqualTo("setAccountJurisdiction");
    assertThat(openApi.getString(regions + ".post.operationId")).isEqualTo("addGrid");
    assertThat(openApi.getString(imports + ".post.operationId")).isEqualTo("importRegions");
    assertThat(openApi.getString(imports + ".post.tags[0]")).isEqualTo("kernel");

    assertThat(openApi.getMap(imports + ".post.requestBody.content")).containsKey("text/csv");
    assertThat(
            openApi.getString(
                imports + ".post.responses.'200'.content.'application/json'.schema.$ref"))
        .endsWith("/RegionImportResult");
    // a region code is a string in the contract, as it is in JSON
    assertThat(openApi.getString("components.schemas.RegionCode.type")).isEqualTo("string");
    assertThat(openApi.getMap(imports + ".post.responses")).containsKeys("400", "403", "413");
    assertThat(openApi.getMap(regions + ".post.responses.'201'.headers")).containsKey("Location");
    assertThat(openApi.getMap(account + ".get.responses.'200'.headers")).containsKey("ETag");
    assertThat(openApi.getMap(account + ".put.responses.'201'.headers"))
        .containsKeys("Location", "ETag");
    assertThat(openApi.getMap(account + ".put.responses")).containsKeys("412", "428", "404");
    assertThat(
            openApi.getString(
                accounts + ".get.responses.'200'.content.'application/json'.schema.$ref"))
        .endsWith("/PageAccountView");
  }
}
