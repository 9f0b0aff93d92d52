package org.shaodian.grids.internal.register.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sheet's strings read back from disk are POI's own, and what is on disk cannot be read. */
class SheetStringsTest {

  @Test
  void everyStringReadsBackAsPoiReadsIt(@TempDir Path dir) throws Exception {
    List<String> values = new ArrayList<>();
    values.add("");
    values.add("户主");
    values.add("a".repeat(15)); // ends one byte short of a cipher block
    values.add("b".repeat(16));
    values.add("长".repeat(40)); // three bytes a character: across blocks
    values.add("emoji 🏠 and _x000D_ escapes");
    for (int i = 0; i < 3_000; i++) {
      values.add("张" + i + " 33018219800101" + String.format("%04d", i));
    }
    Path xlsx = dir.resolve("strings.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      XSSFSheet sheet = book.createSheet();
      for (int i = 0; i < values.size(); i++) {
        sheet.createRow(i).createCell(0).setCellValue(values.get(i));
      }
      // rich text: two runs in different fonts are one string
      XSSFRichTextString rich = new XSSFRichTextString("三单元 302");
      XSSFFont bold = book.createFont();
      bold.setBold(true);
      rich.applyFont(0, 3, bold);
      sheet.createRow(values.size()).createCell(0).setCellValue(rich);
      book.write(out);
    }

    try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
        SheetStrings strings = SheetStrings.of(pkg)) {
      ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(pkg, false);
      assertThat(strings.getUniqueCount()).isEqualTo(poi.getUniqueCount()).isGreaterThan(3_000);
      // out of order and twice, as a sheet refers to them
      for (int pass = 0; pass < 2; pass++) {
        for (int i = strings.getUniqueCount() - 1; i >= 0; i -= 7) {
          assertThat(strings.getItemAt(i).getString())
              .as("string %d", i)
              .isEqualTo(poi.getItemAt(i).getString());
        }
      }
      for (int i = 0; i < strings.getUniqueCount(); i++) {
        assertThat(strings.getItemAt(i).getString())
            .as("string %d", i)
            .isEqualTo(poi.getItemAt(i).getString());
      }
      assertThat(strings.text(strings.getUniqueCount() - 1)).isEqualTo("三单元 302");
      // escapes decoded as POI decodes them
      assertThat(strings.text(5)).isEqualTo("emoji 🏠 and \r escapes");
      assertThat(strings.getItemAt(5).toString()).isEqualTo("emoji 🏠 and \r escapes");
    }
  }

  @Test
  void theFileOnDiskIsEncryptedAndGoneWhenClosed() throws Exception {
    String idNumber = "330182198001011234";
    Path file;
    try (SheetStrings strings = SheetStrings.read(sst("<si><t>" + idNumber + "</t></si>"))) {
      file = strings.textFile();
      byte[] onDisk = Files.readAllBytes(file);
      assertThat(onDisk).hasSize(idNumber.length());
      assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("3301821980");
      assertThat(strings.text(0)).isEqualTo(idNumber);
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void phoneticGuidesAreLeftOutAndRunsJoined() throws Exception {
    try (SheetStrings strings =
        SheetStrings.read(
            sst(
                "<si><t>寿昌</t><rPh sb=\"0\" eb=\"2\"><t>shouchang</t></rPh></si>"
                    + "<si><r><t>3</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">单元 </t></r></si>"))) {
      assertThat(strings.text(0)).isEqualTo("寿昌");
      assertThat(strings.text(1)).isEqualTo("3单元 ");
      assertThat(strings.getUniqueCount()).isEqualTo(2);
    }
  }

  @Test
  void aStringTheSheetDoesNotHaveIsAFaultOfTheFile() throws Exception {
    try (SheetStrings strings = SheetStrings.read(sst("<si><t>one</t></si>"))) {
      assertThatThrownBy(() -> strings.getItemAt(1)).isInstanceOf(POIXMLException.class);
      assertThatThrownBy(() -> strings.getItemAt(-1)).isInstanceOf(POIXMLException.class);
    }
    try (SheetStrings none = SheetStrings.read(new ByteArrayInputStream(new byte[0]))) {
      assertThat(none.getUniqueCount()).isZero();
      assertThatThrownBy(() -> none.getItemAt(0)).isInstanceOf(POIXMLException.class);
    }
  }

  @Test
  void escapesDecodeAsPoiDecodesThem() {
    for (String written :
        List.of(
            "plain",
            "_x000D_",
            "a_x000A_b_x0009_c",
            "_x005F_x000D_",
            "_x00e9_t_x00E9_",
            "_x12_ not one",
            "_x000d",
            "__x0041__")) {
      assertThat(SheetStrings.decode(written))
          .as(written)
          .isEqualTo(new XSSFRichTextString(written).getString());
    }
  }

  private static ByteArrayInputStream sst(String items) throws IOException {
    return new ByteArrayInputStream(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + items
                + "</sst>")
            .getBytes(StandardCharsets.UTF_8));
  }
}
