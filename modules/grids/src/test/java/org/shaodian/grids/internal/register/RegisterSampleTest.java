package org.shaodian.grids.internal.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shaodian.grids.internal.register.sheet.RegisterSheet;
import org.shaodian.kernel.api.personal.IdNumber;

/**
 * The sample register shipped in docs/samples is one the import takes without a single row error.
 * {@code -Dsample.write=true} writes it again (deterministically) before it is checked.
 */
class RegisterSampleTest {

  static final Path SAMPLE = Path.of("..", "..", "docs", "samples", "register-sample.xlsx");

  @Test
  void theShippedSampleImportsWithoutErrors() throws IOException {
    if (Boolean.getBoolean("sample.write")) {
      try (OutputStream out = Files.newOutputStream(SAMPLE)) {
        sample().write(out);
      }
    }
    ResidentTest.keys();
    RegisterRows check = new RegisterRows(LocalDate.of(2026, 11, 29));
    List<RegisterRows.Checked> checked = new ArrayList<>();
    List<RegisterRows.RowError> errors = new ArrayList<>();
    RegisterSheet.read(SAMPLE, row -> check.check(row, errors).ifPresent(checked::add));

    assertThat(errors).isEmpty();
    assertThat(checked).hasSize(48);
    assertThat(checked.stream().map(RegisterRows.Checked::building).distinct())
        .containsExactly("10幢", "11幢");
  }

  /** Two buildings of two units and six rooms: 24 households of one to three, 48 residents. */
  static XSSFWorkbook sample() {
    String[] surnames = "王李张刘陈杨黄吴周徐朱胡".split("");
    String[] given = "建国华明丽英伟芳军平红梅海燕志强春秀".split("");
    String[] rooms = {"101", "102", "201", "202", "301", "302"};
    Random random = new Random(7);
    XSSFWorkbook book = new XSSFWorkbook();
    Sheet sheet = book.createSheet("居民登记表");
    Row heading = sheet.createRow(0);
    RegisterColumn[] columns = RegisterColumn.values();
    for (int c = 0; c < columns.length; c++) {
      heading.createCell(c).setCellValue(columns[c].heading());
    }
    int r = 1;
    int seq = 500;
    int household = 0;
    for (String building : List.of("10幢", "11幢")) {
      for (String unit : List.of("1单元", "2单元")) {
        for (String room : rooms) {
          int size = 1 + household++ % 3;
          String surname = surnames[random.nextInt(surnames.length)];
          int headYear = size == 1 ? 1940 + random.nextInt(20) : 1960 + random.nextInt(30);
          for (int m = 0; m < size; m++) {
            int year = m == 2 ? headYear + 25 : headYear + m;
            String first17 =
                "330182" + year + String.format("%02d%02d", 1 + m * 4, 3 + m * 7) + seq++;
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(building);
            row.createCell(1).setCellValue(unit);
            row.createCell(2).setCellValue(room);
            row.createCell(3)
                .setCellValue(
                    (m == 1 ? surnames[random.nextInt(surnames.length)] : surname)
                        + given[random.nextInt(given.length)]
                        + given[random.nextInt(given.length)]);
            row.createCell(4).setCellValue(first17 + IdNumber.checkDigit(first17));
            row.createCell(5)
                .setCellValue(
                    m == 2 ? "" : "139" + String.format("%08d", random.nextInt(100_000_000)));
            row.createCell(6).setCellValue(m == 0 ? "户主" : m == 1 ? "配偶" : "子女");
            boolean alone = size == 1 && year < 1966;
            row.createCell(7).setCellValue(alone ? "是" : "");
            row.createCell(8).setCellValue(alone && random.nextBoolean() ? "是" : "");
            boolean party = m < 2 && random.nextInt(3) == 0;
            row.createCell(9).setCellValue(party ? "是" : "");
            row.createCell(10).setCellValue(party && year > 1967 ? "是" : "");
          }
        }
      }
    }
    return book;
  }
}
