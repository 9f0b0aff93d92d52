package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.shaodian.app.http.Api.as;
import static org.shaodian.app.http.Api.token;
import static org.shaodian.app.http.Api.withToken;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Administration of the region tree: a region list imported from CSV (all or nothing, one audit
 * entry), compound grids added under a community. The demo tree stays as other tests expect it: the
 * lists add towns of their own under Jiande.
 */
class RegionAdminIT {

  static final Path SAMPLE = Path.of("..", "docs", "samples", "regions-jiande.csv");

  static final String YANGAN = "330182002001";

  /** An administrator of Jiande only: an integration, as the demo registry has none. */
  static RequestSpecification jiandeAdmin() {
    return withToken(token("jiande-admin", List.of("admin"), Api.JIANDE, Api.ISSUER));
  }

  static Response importList(RequestSpecification caller, String csv) {
    return caller
        .contentType("text/csv; charset=UTF-8")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .post("/admin/regions/import");
  }

  private static long auditEntries(String subjectType, String subjectId) {
    return as(Api.ADMIN)
        .get("/audit?subjectType=" + subjectType + "&subjectId=" + subjectId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  @Test
  void theSampleListAddsWhatIsNewLeavesWhatIsStoredAndIsAuditedAsOneEntry() throws IOException {
    String sample = Files.readString(SAMPLE);
    importList(as(Api.ADMIN), sample)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("created", equalTo(10))
        .body("renamed", equalTo(0))
        .body("unchanged", equalTo(2));

    as(Api.ADMIN)
        .get("/regions/{code}", "330182001000")
        .then()
        .statusCode(200)
        .body("name", equalTo("新安江街道"))
        .body("level", equalTo("TOWN"))
        .body("parentCode", equalTo(Api.JIANDE))
        .body("children.name", contains("江滨社区", "白沙社区", "府东社区"));
    as(Api.ADMIN)
        .get("/regions/{code}", "330182001001")
        .then()
        .body("children.code", contains("330182001001001", "330182001001002"))
        .body("children.level", everyItem(equalTo("GRID")));
    // the parent a row names (Meicheng) and the ones the codes imply
    as(Api.ADMIN)
        .get("/regions/{code}", "330182100000")
        .then()
        .body("parentCode", equalTo(Api.JIANDE))
        .body("children.name", hasItems("梅城社区", "千鹤村", "三都村"));
    // and the town's officials see the new villages as part of their jurisdiction
    as(Api.ADMIN)
        .get("/regions/{code}", Api.JIANDE)
        .then()
        .body("children.name", hasItems("寿昌镇", "新安江街道", "梅城镇"));

    // one entry for the whole list, found under any region it added
    as(Api.ADMIN)
        .get("/audit?subjectType=kernel.region&subjectId=330182001001002")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].action", equalTo("imported"))
        .body("items[0].subjectType", equalTo("kernel.region-list"))
        .body("items[0].itemType", equalTo("kernel.region"))
        .body("items[0].itemCount", equalTo(10))
        .body("items[0].actor", equalTo(Api.ADMIN))
        .body("items[0].summary", equalTo("created=10 renamed=0 unchanged=2"));

    // the same list again changes nothing, and nothing is audited
    importList(as(Api.ADMIN), sample)
        .then()
        .statusCode(200)
        .body("created", equalTo(0))
        .body("renamed", equalTo(0))
        .body("unchanged", equalTo(12));
    assertThat(auditEntries("kernel.region", "330182001001002")).isEqualTo(1);

    // a later list renames (an English name left blank keeps the one stored)
    importList(
            as(Api.ADMIN),
            """
            code,name,nameEn
            330182100201,千鹤新村,Qianhe New Village
            330182100202,三都村,
            """)
        .then()
        .statusCode(200)
        .body("created", equalTo(0))
        .body("renamed", equalTo(1))
        .body("unchanged", equalTo(1));
    as(Api.ADMIN)
        .get("/regions/{code}", "330182100201")
        .then()
        .body("name", equalTo("千鹤新村"))
        .body("nameEn", equalTo("Qianhe New Village"));
    as(Api.ADMIN)
        .get("/regions/{code}", "330182100202")
        .then()
        .body("nameEn", equalTo("Sandu Village"));
    assertThat(auditEntries("kernel.region", "330182100201")).isEqualTo(2);
    assertThat(auditEntries("kernel.region", "330182100202")).isEqualTo(1);
  }

  @Test
  void aWrongListIsAnsweredRowByRowAndChangesNothing() {
    String list =
        """
        code,name,nameEn,parentCode
        330182105000,乾潭镇,Qiantan,
        330182105001,乾潭社区,,
        33018210500X,坏代码,,
        330182105201,无主村,,330182199000
        330182105001,又一个乾潭社区,,
        330182107201,西湖村,,330182003000
        330111004203,越界村,,
        330111006001,香山社区,,
        330182105001001,乾潭社区第一网格,,330182105000
        330182105002,,,
        """;
    jiandeAdmin()
        .queryParam("lang", "en")
        .contentType("text/csv; charset=UTF-8")
        .body(list.getBytes(StandardCharsets.UTF_8))
        .post("/admin/regions/import")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:shaodian:problem:invalid-input"))
        .body(
            "errors.field",
            contains(
                "row 4: code",
                "row 5: parentCode",
                "row 6: code",
                "row 7: parentCode",
                "row 8: parentCode",
                "row 9: code",
                "row 10: parentCode",
                "row 11: name"))
        .body("errors[1].message", containsString("330182199000"))
        .body("errors[2].message", equalTo("the same code as row 3"))
        .body("errors[3].message", startsWith("regions cannot move"))
        .body("errors[5].message", equalTo("this region is not within your jurisdiction"));

    // nothing was added, not even the rows that were right, and nothing moved
    as(Api.ADMIN).get("/regions/{code}", "330182105000").then().statusCode(404);
    as(Api.ADMIN).get("/regions/{code}", "330182105001").then().statusCode(404);
    as(Api.ADMIN)
        .get("/regions/{code}", "330182107201")
        .then()
        .body("parentCode", equalTo(Api.SHOUCHANG));
    // and what is outside the caller's jurisdiction stays outside, named or not
    importList(jiandeAdmin(), "code,name\n330111004203,越界村\n").then().statusCode(400);
    as(Api.ADMIN).get("/regions/{code}", "330111004203").then().statusCode(404);
  }

  @Test
  void whatIsNotARegionListIsRefused() {
    importList(as(Api.ADMIN), "id,title\n1,2\n")
        .then()
        .statusCode(400)
        .body("errors.field", everyItem(equalTo("header")));
    importList(as(Api.ADMIN), "code,name\n330182105000,\"乾潭镇\n")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:shaodian:problem:unreadable"));
    importList(as(Api.ADMIN), "code,name\n")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("file"));
    as(Api.ADMIN)
        .contentType("application/json")
        .body("{\"code\":\"330182105000\"}")
        .post("/admin/regions/import")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");

    // a spreadsheet's GB18030 is read when the request says so, and refused as UTF-8
    Charset gb18030 = Charset.forName("GB18030");
    byte[] chinese = "code,name\n330182,建德市\n".getBytes(gb18030);
    as(Api.ADMIN)
        .contentType("text/csv; charset=GB18030")
        .body(chinese)
        .post("/admin/regions/import")
        .then()
        .statusCode(200)
        .body("unchanged", equalTo(1));
    as(Api.ADMIN)
        .contentType("text/csv; charset=UTF-8")
        .body(chinese)
        .post("/admin/regions/import")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:shaodian:problem:unreadable"));
    as(Api.ADMIN).get("/regions/{code}", Api.JIANDE).then().body("name", equalTo("建德市"));
  }

  @Test
  void aListLargerThanFiveMegabytesIsRefused() throws IOException {
    // said in Content-Length: refused before the body is read
    RawUpload.Reply declared =
        RawUpload.post(
            "/api/v1/admin/regions/import", Api.ADMIN, "text/csv; charset=UTF-8", 6_000_000);
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.body()).contains("urn:shaodian:problem:payload-too-large");

    // not said (chunked): refused once the body passes the limit
    String rows = "330182105001,乾潭社区,Qiantan Community,\n".repeat(140_000);
    RawUpload.Reply chunked =
        RawUpload.postChunked(
            "/api/v1/admin/regions/import",
            Api.ADMIN,
            "text/csv; charset=UTF-8",
            ("code,name,nameEn,parentCode\n" + rows).getBytes(StandardCharsets.UTF_8));
    assertThat(chunked.status()).isEqualTo(413);
    as(Api.ADMIN).get("/regions/{code}", "330182105001").then().statusCode(404);
  }

  @Test
  void aRoleThatMayNotImportHearsSoBeforeItsFileIsRead() throws IOException {
    importList(as(Api.SHOUCHANG_COMMAND), "not,a\nlist")
        .then()
        .statusCode(403)
        .body("type", equalTo("urn:shaodian:problem:forbidden"))
        .body("errors", nullValue());
    // not even its size is looked at
    assertThat(
            RawUpload.post(
                    "/api/v1/admin/regions/import",
                    Api.SHOUCHANG_COMMAND,
                    "text/csv; charset=UTF-8",
                    6_000_000)
                .status())
        .isEqualTo(403);
    as(Api.SHOUCHANG_OFFICIAL)
        .contentType("application/json")
        .body("{\"name\":")
        .post("/admin/regions")
        .then()
        .statusCode(403);
    Api.anonymous()
        .contentType("text/csv")
        .body("code,name\n")
        .post("/admin/regions/import")
        .then()
        .statusCode(401);
  }

  @Test
  void aGridIsAddedUnderACommunityWithTheNextFreeCode() {
    List<String> grids =
        as(Api.ADMIN)
            .get("/regions/{code}/children", YANGAN)
            .then()
            .extract()
            .jsonPath()
            .getList("code", String.class);
    int highest =
        grids.stream().mapToInt(code -> Integer.parseInt(code.substring(12))).max().orElse(0);
    String next = YANGAN + String.format("%03d", highest + 1);

    Response added =
        as(Api.ADMIN)
            .contentType("application/json")
            .body(
                """
                {"parentCode":"330182002001","name":"洋安社区第十六网格","nameEn":"Yang'an Grid 16"}""")
            .post("/admin/regions");
    added
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/regions/" + next))
        .body("code", equalTo(next))
        .body("name", equalTo("洋安社区第十六网格"))
        .body("nameEn", equalTo("Yang'an Grid 16"))
        .body("level", equalTo("GRID"))
        .body("parentCode", equalTo(YANGAN));
    as(Api.ADMIN)
        .get(added.header("Location").replaceFirst("^.*/api/v1", ""))
        .then()
        .statusCode(200)
        .body("name", equalTo("洋安社区第十六网格"));
    as(Api.ADMIN).get("/regions/{code}/children", YANGAN).then().body("code[-1]", equalTo(next));
    as(Api.ADMIN)
        .get("/audit?subjectType=kernel.region&subjectId=" + next)
        .then()
        .body("total", equalTo(1))
        .body("items[0].action", equalTo("created"))
        .body("items[0].actor", equalTo(Api.ADMIN));

    // a code given is used as it is, once
    String given = YANGAN + "900";
    String form =
        """
        {"parentCode":"330182002001","name":"洋安社区临时网格","code":"%s"}"""
            .formatted(given);
    as(Api.ADMIN)
        .contentType("application/json")
        .body(form)
        .post("/admin/regions")
        .then()
        .statusCode(201)
        .body("code", equalTo(given));
    as(Api.ADMIN)
        .contentType("application/json")
        .body(form)
        .post("/admin/regions")
        .then()
        .statusCode(409);
  }

  @Test
  void aCommandOfficeAddsGridsInItsOwnTownOnly() {
    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .body("{\"parentCode\":\"" + Api.XIHU_VILLAGE + "\",\"name\":\"西湖村第一网格\"}")
        .post("/admin/regions")
        .then()
        .statusCode(201)
        .body("code", startsWith(Api.XIHU_VILLAGE))
        .body("parentCode", equalTo(Api.XIHU_VILLAGE));
    // Yang'an is in another town: answered as if there were no such community
    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .body("{\"parentCode\":\"330182002001\",\"name\":\"越界网格\"}")
        .post("/admin/regions")
        .then()
        .statusCode(404)
        .body("detail", equalTo("区域不存在"));
    as(Api.SHOUCHANG_CHECKPOINT)
        .contentType("application/json")
        .body("{\"parentCode\":\"" + Api.XIHU_VILLAGE + "\",\"name\":\"网格\"}")
        .post("/admin/regions")
        .then()
        .statusCode(403);
  }

  @Test
  void aGridGoesUnderACommunityWithACodeThatExtendsIt() {
    as(Api.ADMIN)
        .queryParam("lang", "en")
        .contentType("application/json")
        .body("{\"parentCode\":\"" + Api.SHOUCHANG + "\",\"name\":\"镇上的网格\"}")
        .post("/admin/regions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("parentCode"))
        .body("errors[0].message", equalTo("a grid belongs under a village or community"));
    as(Api.ADMIN)
        .contentType("application/json")
        .body("{\"parentCode\":\"330182002001\",\"name\":\"别处的网格\",\"code\":\"330182107201001\"}")
        .post("/admin/regions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("code"));
    as(Api.ADMIN)
        .contentType("application/json")
        .body(
            "{\"parentCode\":\"330182002001\",\"name\":\" \",\"nameEn\":\""
                + "x".repeat(201)
                + "\"}")
        .post("/admin/regions")
        .then()
        .statusCode(400)
        .body("errors.field", containsInAnyOrder("name", "nameEn"));
    as(Api.ADMIN)
        .contentType("application/json")
        .body("{\"parentCode\":\"3301820020\",\"name\":\"网格\"}")
        .post("/admin/regions")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("parentCode"));
  }
}
