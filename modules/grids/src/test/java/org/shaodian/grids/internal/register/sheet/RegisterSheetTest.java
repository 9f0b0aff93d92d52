package org.shaodian.grids.internal.register.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
