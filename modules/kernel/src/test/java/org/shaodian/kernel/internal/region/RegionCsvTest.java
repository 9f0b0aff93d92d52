package org.shaodian.kernel.internal.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

class RegionCsvTest {

  private static List<RegionRow> read(String text) {
    return RegionCsv.read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static Problem refused(String text) {
    return catchThrowableOfType(Problem.class, () -> read(text));
  }

  @Test
  void readsTheColumnsByTheirHeaderInAnyOrder() {
    assertThat(
            read(
                """
                parentCode,code,nameEn,name
                330182,330182001000,Xin'anjiang,新安江街道
                ,330182001001,"Jiangbin, Community", 江滨社区 \n"""))
        .containsExactly(
            new RegionRow(2, "330182001000", "新安江街道", "Xin'anjiang", "330182"),
            new RegionRow(3, "330182001001", "江滨社区", "Jiangbin, Community", null));
  }

  @Test
  void nameEnAndParentCodeAreOptionalColumns() {
    assertThat(read("code,name\r\n330182001000,新安江街道\r\n"))
        .containsExactly(new RegionRow(2, "330182001000", "新安江街道", null, null));
  }

  @Test
  void whatASpreadsheetWritesIsReadAsItIs() {
    // a byte-order mark, a trailing delimiter, a blank line (counted), empty trailing cells
    assertThat(read("\uFEFFcode,name,\n\n330182001000,新安江街道,,\n"))
        .containsExactly(new RegionRow(3, "330182001000", "新安江街道", null, null));
  }

  @Test
  void aListInAnotherCharsetIsReadWhenTheRequestNamesIt() {
    Charset gb18030 = Charset.forName("GB18030");
    assertThat(RegionCsv.read("code,name\n330182001000,新安江街道\n".getBytes(gb18030), gb18030))
        .extracting(RegionRow::name)
        .containsExactly("新安江街道");
    Problem wrongCharset =
        catchThrowableOfType(
            Problem.class,
            () ->
                RegionCsv.read(
                    "code,name\n330182001000,新安江街道\n".getBytes(gb18030), StandardCharsets.UTF_8));
    assertThat(wrongCharset.status()).isEqualTo(400);
    assertThat(wrongCharset.type()).isEqualTo("unreadable");
  }

  @Test
  void theHeaderMustNameCodeAndNameAndNothingUnknown() {
    assertThat(refused("name,nameEn\n新安江街道,Xin'anjiang\n").fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("header");
    assertThat(refused("code,name,population\n330182001000,新安江街道,1\n").fieldErrors())
        .extracting(error -> error.message().en())
        .containsExactly("unknown column \"population\" (known: code, name, nameEn, parentCode)");
    assertThat(refused("code,name,code\n1,2,3\n").fieldErrors()).hasSize(1);
    assertThat(refused("").fieldErrors()).extracting(FieldError::field).containsExactly("header");
  }

  @Test
  void aFileWithoutRowsIsRefused() {
    assertThat(refused("code,name\n\n").fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("file");
  }

  @Test
  void rowsWiderThanTheHeaderAreNamed() {
    Problem problem = refused("code,name\n330182001000,新安江街道,x\n330182001001,江滨社区\n1,2,3,4\n");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("row 2", "row 4");
  }

  @Test
  void somethingThatIsNotCsvIsUnreadable() {
    Problem problem = refused("code,name\n330182001000,\"新安江街道\n");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).isEqualTo("unreadable");
  }
}
