package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.shaodian.app.http.Api.as;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The list of people who serve as a PDF, through the real server. */
class ReportsIT {

  @Test
  void theTownListIsAChinesePdfWithMaskedPhones() throws IOException {
    byte[] pdf =
        as(Api.SHOUCHANG_OFFICIAL)
            .get("/reports/people?region=" + Api.SHOUCHANG)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            // a date in the file name, and no time-zone offset
            .header(
                "Content-Disposition",
                matchesPattern(
                    "attachment; filename=\"people-" + Api.SHOUCHANG + "-\\d{8}\\.pdf\""))
            .extract()
            .asByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("寿昌镇 值守力量名册")
          .contains("余振华", "温军", "吴凤英")
          .contains("139****1000")
          .doesNotContain("13957101000")
          .doesNotContain("李官"); // Yinhu's grid worker is not in Shouchang's list
      PDPage first = document.getPage(0);
      for (var name : first.getResources().getFontNames()) {
        PDFont font = first.getResources().getFont(name);
        assertThat(font.getName()).contains("NotoSansSC");
        assertThat(font.isEmbedded()).isTrue();
      }
    }
  }

  @Test
  void whoPrintedWhichListIsAudited() {
    as(Api.SHOUCHANG_OFFICIAL)
        .get("/reports/people?region=" + Api.XIHU_VILLAGE)
        .then()
        .statusCode(200);
    as(Api.ADMIN)
        .get("/audit?subjectType=reporting.people-list&subjectId=" + Api.XIHU_VILLAGE)
        .then()
        .statusCode(200)
        .body("items[0].action", org.hamcrest.Matchers.equalTo("printed"))
        .body("items[0].actor", org.hamcrest.Matchers.equalTo(Api.SHOUCHANG_OFFICIAL));
  }

  @Test
  void englishOnRequestAndDefaultToTheJurisdiction() throws IOException {
    byte[] pdf =
        as(Api.YINHU_COMMAND)
            .queryParam("lang", "en")
            .get("/reports/people")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Yinhu People on duty")
          .contains("李官")
          .doesNotContain("余振华");
    }
  }

  @Test
  void printingFollowsRolesAndJurisdiction() {
    as(Api.YINHU_COMMAND).get("/reports/people?region=" + Api.SHOUCHANG).then().statusCode(404);
    as(Api.SHOUCHANG_CHECKPOINT).get("/reports/people").then().statusCode(403);
    Api.anonymous().get("/reports/people").then().statusCode(401);
    as(Api.ADMIN).get("/reports/people?region=xyz").then().statusCode(400);
  }
}
