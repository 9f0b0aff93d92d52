package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.shaodian.app.http.Api.as;

import io.restassured.path.json.JsonPath;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The morning run and the archive through the real server: a day's briefings made once for every
 * district and town (a second run makes none), each fetched later byte for byte with its SHA-256,
 * within the caller's jurisdiction. (The timer that asks for the run every minute is proven with
 * two servers on one database by scripts/two-servers.sh.)
 */
class BriefingArchiveIT {

  private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

  @Test
  void aDaysBriefingsAreMadeOnceAndFetchedExactlyAsSent() throws Exception {
    JsonPath first = run(YESTERDAY);
    List<String> made = first.getList("generated");
    int regions = made.size() + first.getInt("alreadyArchived");
    assertThat(first.getList("failed")).isEmpty();
    // the demo tree's districts and towns, Jiande and Shouchang among them
    assertThat(regions).isGreaterThanOrEqualTo(5);
    JsonPath second = run(YESTERDAY);
    assertThat(second.getList("generated")).isEmpty();
    assertThat(second.getInt("alreadyArchived")).isEqualTo(regions);

    List<Map<String, Object>> archive =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/briefings/archive?from=" + YESTERDAY + "&to=" + YESTERDAY)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(archive).extracting(e -> e.get("region")).containsExactly(Api.SHOUCHANG);
    Map<String, Object> entry = archive.get(0);
    assertThat(entry.get("generatedBy")).isEqualTo("system:daily-briefing");
    assertThat(entry.get("language")).isEqualTo("zh");
    assertThat((String) entry.get("dataAsOf")).startsWith(YESTERDAY.plusDays(1) + "T00:00");

    var pdf =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/briefings/archive/" + Api.SHOUCHANG + "/" + YESTERDAY)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract();
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(pdf.asByteArray());
    assertThat(HexFormat.of().formatHex(digest)).isEqualTo(entry.get("pdfSha256"));
    assertThat(pdf.header("Repr-Digest"))
        .isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":");
    // the same bytes every time: the file as it was sent, not made again
    byte[] again =
        as(Api.JIANDE_OFFICIAL)
            .get("/briefings/archive/" + Api.SHOUCHANG + "/" + YESTERDAY)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(again).isEqualTo(pdf.asByteArray());
    byte[] xlsx =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/briefings/archive/" + Api.SHOUCHANG + "/" + YESTERDAY + "?format=xlsx")
            .then()
            .statusCode(200)
            .contentType(startsWith("application/vnd.openxmlformats"))
            .extract()
            .asByteArray();
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xlsx)))
        .isEqualTo(entry.get("xlsxSha256"));

    as(Api.ADMIN)
        .get(
            "/audit?subjectType=reporting.daily-briefing&subjectId="
                + Api.SHOUCHANG
                + "/"
                + YESTERDAY)
        .then()
        .statusCode(200)
        .body("items.action", org.hamcrest.Matchers.hasItem("archived"));
  }

  @Test
  void theArchiveFollowsRolesAndJurisdiction() {
    run(YESTERDAY);
    as(Api.YINHU_COMMAND)
        .get("/briefings/archive/" + Api.SHOUCHANG + "/" + YESTERDAY)
        .then()
        .statusCode(404);
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/briefings/archive/" + Api.SHOUCHANG + "/" + YESTERDAY.minusYears(3))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as(Api.SHOUCHANG_CHECKPOINT).get("/briefings/archive").then().statusCode(403);
    as(Api.YINHU_COMMAND)
        .get("/briefings/archive?from=" + YESTERDAY + "&to=" + YESTERDAY)
        .then()
        .statusCode(200)
        .body("region", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(Api.SHOUCHANG)));
    as(Api.ADMIN).get("/briefings/archive?from=2026-01-01&to=2026-03-01").then().statusCode(400);
    as(Api.SHOUCHANG_COMMAND)
        .contentType("application/json")
        .body(Map.of("date", YESTERDAY.toString()))
        .post("/briefings/archive/runs")
        .then()
        .statusCode(403);
    as(Api.ADMIN)
        .contentType("application/json")
        .body(Map.of("date", YESTERDAY.plusDays(1).toString()))
        .post("/briefings/archive/runs")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("date"));
  }

  private static JsonPath run(LocalDate day) {
    return as(Api.ADMIN)
        .contentType("application/json")
        .body(Map.of("date", day.toString()))
        .post("/briefings/archive/runs")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
