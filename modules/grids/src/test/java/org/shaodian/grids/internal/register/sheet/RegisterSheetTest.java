package org.shaodian.grids.internal.register.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shaodian.grids.internal.register.RegisterColumn;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

/** A sheet's headings decide its columns; anything doubtful is refused before a row is read. */
class RegisterSheetTest {

  @Test
  void headingsMayComeInAnyOrderAndByTheirOtherNames() {
    Map<Integer, RegisterColumn> columns =
        RegisterSheet.headings(
            Map.of(0, "身份证号码", 1, " 姓 名 ", 2, "门牌号", 3, "楼栋号", 4, "与户主关系", 5, "联系电话"));

    assertThat(columns)
        .containsEntry(0, RegisterColumn.ID_NUMBER)
        .containsEntry(1, RegisterColumn.NAME)
        .containsEntry(2, RegisterColumn.ROOM)
        .containsEntry(3, RegisterColumn.BUILDING)
        .containsEntry(5, RegisterColumn.PHONE);
  }

  @Test
  void unknownRepeatedAndMissingHeadingsAreNamedTogether() {
    Problem problem =
        catchThrowableOfType(
            Problem.class,
            () ->
                RegisterSheet.headings(
                    Map.of(0, "楼栋", 1, "房号", 2, "姓名", 3, "备注", 4, "姓名", 5, "与户主关系")));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.fieldErrors()).extracting(FieldError::field).containsOnly("columns");
    assertThat(problem.fieldErrors())
        .extracting(e -> e.message().zh())
        .containsExactly("D1:未知的列“备注”", "E1:列“姓名”重复", "缺少列“身份证号”");
  }

  @Test
  void aFileThatIsNotASpreadsheetIsRefused(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("register.xlsx"), "楼栋,房号\n1幢,101\n");

    Problem problem = catchThrowableOfType(Problem.class, () -> RegisterSheet.layout(csv));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.fieldErrors().get(0).field()).isEqualTo("file");
  }

  /** Whatever arrives as the upload, POI's own complaint about it is a 400 naming the file. */
  @ParameterizedTest
  @ValueSource(strings = {"empty", "one byte", "zip of text", "truncated workbook", "no sheets"})
  void aBrokenOrEmptyUploadIsRefused(String kind, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("register.xlsx");
    switch (kind) {
      case "empty" -> Files.write(file, new byte[0]);
      case "one byte" -> Files.write(file, new byte[] {'P'});
      case "zip of text" -> Files.write(file, zip("notes.txt", "楼栋,房号"));
      case "truncated workbook" -> {
        byte[] whole = workbook();
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
      }
      case "no sheets" -> Files.write(file, zip("[Content_Types].xml", "<Types/>"));
      default -> throw new IllegalArgumentException(kind);
    }

    Problem problem = catchThrowableOfType(Problem.class, () -> RegisterSheet.layout(file));

    assertThat(problem).as(kind).isNotNull();
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.fieldErrors().get(0).field()).isEqualTo("file");
  }

  private static byte[] zip(String entry, String text) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static byte[] workbook() throws IOException {
    try (var book = new XSSFWorkbook();
        var bytes = new ByteArrayOutputStream()) {
      var row = book.createSheet("登记表").createRow(0);
      String[] headings = {"楼栋", "房号", "姓名", "身份证号", "与户主关系"};
      for (int i = 0; i < headings.length; i++) {
        row.createCell(i).setCellValue(headings[i]);
      }
      book.write(bytes);
      return bytes.toByteArray();
    }
  }
}
