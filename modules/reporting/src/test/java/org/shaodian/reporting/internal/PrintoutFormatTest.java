package org.shaodian.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which file a request gets, from its Accept header as JAX-RS sorts it. */
class PrintoutFormatTest {

  private static final MediaType PDF = new MediaType("application", "pdf");
  private static final MediaType XLSX =
      new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  @Test
  void anythingIsAPdf() {
    assertThat(PrintoutFormat.negotiate(List.of(MediaType.WILDCARD_TYPE)))
        .isEqualTo(PrintoutFormat.PDF);
    assertThat(PrintoutFormat.negotiate(List.of(new MediaType("application", "*"))))
        .isEqualTo(PrintoutFormat.PDF);
    assertThat(PrintoutFormat.negotiate(List.of())).isEqualTo(PrintoutFormat.PDF);
  }

  @Test
  void theFirstAcceptableTypeWins() {
    assertThat(PrintoutFormat.negotiate(List.of(XLSX))).isEqualTo(PrintoutFormat.XLSX);
    assertThat(PrintoutFormat.negotiate(List.of(XLSX, PDF))).isEqualTo(PrintoutFormat.XLSX);
    assertThat(PrintoutFormat.negotiate(List.of(PDF, XLSX))).isEqualTo(PrintoutFormat.PDF);
    assertThat(
            PrintoutFormat.negotiate(
                List.of(MediaType.APPLICATION_JSON_TYPE, XLSX, MediaType.WILDCARD_TYPE)))
        .isEqualTo(PrintoutFormat.XLSX);
  }

  @Test
  void aTypeWithQualityZeroIsRefused() {
    MediaType noPdf = new MediaType("application", "pdf", Map.of("q", "0"));
    assertThat(PrintoutFormat.negotiate(List.of(noPdf, MediaType.WILDCARD_TYPE)))
        .isEqualTo(PrintoutFormat.XLSX);
    assertThat(PrintoutFormat.negotiate(List.of(MediaType.WILDCARD_TYPE, noPdf)))
        .isEqualTo(PrintoutFormat.XLSX);
  }

  @Test
  void theHigherQualityWins() {
    MediaType lowPdf = new MediaType("application", "pdf", Map.of("q", "0.5"));
    MediaType highXlsx =
        new MediaType(
            "application",
            "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Map.of("q", "0.9"));
    assertThat(PrintoutFormat.negotiate(List.of(highXlsx, lowPdf))).isEqualTo(PrintoutFormat.XLSX);
    assertThat(PrintoutFormat.negotiate(List.of(lowPdf, MediaType.WILDCARD_TYPE)))
        .isEqualTo(PrintoutFormat.XLSX);
  }

  @Test
  void theContentTypesAreTheDocumentedOnes() {
    assertThat(PrintoutFormat.PDF.mediaType()).isEqualTo(PrintoutFormat.PDF_TYPE);
    assertThat(PrintoutFormat.XLSX.mediaType()).isEqualTo(PrintoutFormat.XLSX_TYPE);
  }

  @Test
  void fileNamesTakeTheExtension() {
    assertThat(PrintoutFormat.PDF.fileName("post-week-x-20261128"))
        .isEqualTo("post-week-x-20261128.pdf");
    assertThat(PrintoutFormat.XLSX.fileName("person-duties-x")).isEqualTo("person-duties-x.xlsx");
  }
}
