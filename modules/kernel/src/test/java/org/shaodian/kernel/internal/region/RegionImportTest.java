package org.shaodian.kernel.internal.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

class RegionImportTest {

  private static final Region HANGZHOU = region("330100", "杭州市", null, "/330100/");
  private static final Region JIANDE = region("330182", "建德市", "330100", "/330100/330182/");
  private static final Region FUYANG = region("330111", "富阳区", "330100", "/330100/330111/");
  private static final Region SHOUCHANG =
      region("330182107000", "寿昌镇", "330182", "/330100/330182/330182107000/");
  private static final Region XIHU =
      region("330182107201", "西湖村", "330182107000", "/330100/330182/330182107000/330182107201/");

  private static final JurisdictionScope CITY = new JurisdictionScope(HANGZHOU);
  private static final JurisdictionScope JIANDE_ONLY = new JurisdictionScope(JIANDE);

  private static Region region(String code, String name, String parent, String path) {
    RegionCode value = RegionCode.of(code);
    return new Region(
        value, name, null, value.level(), parent == null ? null : RegionCode.of(parent), path);
  }

  private static final Map<RegionCode, Region> STORED = new HashMap<>();

  static {
    for (Region region : List.of(HANGZHOU, JIANDE, FUYANG, SHOUCHANG, XIHU)) {
      STORED.put(region.code(), region);
    }
  }

  private static RegionImport plan(JurisdictionScope scope, RegionRow... rows) {
    return RegionImport.plan(
        List.of(rows), STORED, Map.of(SHOUCHANG.code(), 9, JIANDE.code(), 3), scope);
  }

  private static RegionRow row(int row, String code, String name, String parentCode) {
    return new RegionRow(row, code, name, null, parentCode);
  }

  private static List<String> fields(RegionImport plan) {
    return plan.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void newCodesAreAddedParentsFirstEvenWhenTheFileListsThemLater() {
    RegionImport plan =
        plan(
            CITY,
            row(2, "330182001001", "江滨社区", null),
            row(3, "330182001001001", "江滨社区第一网格", null),
            row(4, "330182001000", "新安江街道", null));

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.creations())
        .extracting(creation -> creation.code().value())
        .containsExactly("330182001000", "330182001001", "330182001001001");
    RegionImport.Creation grid = plan.creations().get(2);
    assertThat(grid.region().path())
        .isEqualTo("/330100/330182/330182001000/330182001001/330182001001001/");
    assertThat(grid.region().level()).isEqualTo(RegionLevel.GRID);
    assertThat(grid.parent().code().value()).isEqualTo("330182001001");
  }

  @Test
  void aStatedParentIsUsedInsteadOfTheImpliedOne() {
    RegionImport plan = plan(CITY, row(2, "330182107209", "新村", "330182107000"));
    assertThat(plan.errors()).isEmpty();
    assertThat(plan.creations().get(0).region().path())
        .isEqualTo("/330100/330182/330182107000/330182107209/");
  }

  @Test
  void storedCodesAreRenamedWhenTheirNamesDifferAndLeftAloneOtherwise() {
    RegionImport plan =
        plan(
            CITY,
            row(2, "330182", "建德市", null), // as stored
            row(3, "330182107000", "寿昌镇", "330182"), // as stored, the same parent named
            new RegionRow(4, "330182107201", "西湖村", "Xihu Village", null), // English name new
            row(5, "330111", "富阳区新名", null));

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.unchanged()).isEqualTo(2);
    assertThat(plan.renamings())
        .containsExactly(
            new RegionImport.Renaming(RegionCode.of("330182107201"), "西湖村", "Xihu Village"),
            new RegionImport.Renaming(RegionCode.of("330111"), "富阳区新名", null));
    assertThat(plan.creations()).isEmpty();
  }

  @Test
  void aStoredCodeUnderAnotherParentIsRefusedRegionsCannotMove() {
    RegionImport plan = plan(CITY, row(2, "330182107201", "西湖村", "330182003000"));
    assertThat(fields(plan)).containsExactly("row 2: parentCode");
    assertThat(plan.errors().get(0).message().en()).startsWith("regions cannot move");
    assertThat(plan.renamings()).isEmpty();
  }

  @Test
  void sortOrdersFollowTheFileAfterTheSiblingsAlreadyStored() {
    RegionImport plan =
        plan(
            CITY,
            row(2, "330182107201", "西湖村", null), // stored, first of Shouchang's in the file
            row(3, "330182107209", "新村一", null),
            row(4, "330182107210", "新村二", null),
            row(5, "330182001000", "新安江街道", null),
            row(6, "330182001001", "江滨社区", null),
            row(7, "330182001002", "白沙社区", null));

    assertThat(plan.errors()).isEmpty();
    Map<String, Integer> sortOrders = new HashMap<>();
    plan.creations().forEach(c -> sortOrders.put(c.code().value(), c.sortOrder()));
    // Shouchang has villages up to 9: after them
    assertThat(sortOrders).containsEntry("330182107209", 10).containsEntry("330182107210", 11);
    // Jiande has towns up to 3, and the new town is the first of Jiande's in the file
    assertThat(sortOrders).containsEntry("330182001000", 4);
    // a new town's villages go by their place in the file
    assertThat(sortOrders).containsEntry("330182001001", 1).containsEntry("330182001002", 2);
  }

  @Test
  void everyWrongCellIsNamedByRowAndColumnAndNothingIsPlanned() {
    RegionImport plan =
        plan(
            CITY,
            row(2, "3301820010", "坏代码", null),
            row(3, "330182001000", "", null),
            new RegionRow(4, "330182001001", "社区".repeat(51), "x".repeat(201), null),
            row(5, "330182001002", "新社区", "33018200100"),
            row(6, "330182001003", "控制\u0007字符", null),
            row(7, null, "无代码", null),
            row(8, "330182107209", "好的行", null));

    assertThat(fields(plan))
        .containsExactly(
            "row 2: code",
            "row 3: name",
            "row 4: name",
            "row 4: nameEn",
            "row 5: parentCode",
            "row 6: name",
            "row 7: code");
    assertThat(plan.creations()).isEmpty();
    assertThat(plan.renamings()).isEmpty();
  }

  @Test
  void aDuplicateCodeNamesTheFirstRowWithIt() {
    RegionImport plan =
        plan(
            CITY,
            row(2, "330182107209", "新村", null),
            row(3, "330182107210", "新村二", null),
            row(4, "330182107209", "又一个新村", null));
    assertThat(fields(plan)).containsExactly("row 4: code");
    assertThat(plan.errors().get(0).message().en()).isEqualTo("the same code as row 2");
  }

  @Test
  void aParentThatIsNeitherStoredNorInTheFileIsRefused() {
    RegionImport plan =
        plan(
            CITY,
            row(2, "330182199001", "无主村", null),
            row(3, "330182107211", "有主村", "330182199000"));
    assertThat(fields(plan)).containsExactly("row 2: parentCode", "row 3: parentCode");
    assertThat(plan.errors().get(0).message().en()).contains("330182199000");
  }

  @Test
  void aRegionGoesExactlyOneLevelBelowItsParent() {
    RegionImport plan =
        plan(
            CITY,
            row(2, "330182107211", "村", "330182"), // a village under a district
            row(3, "330182107201099", "网格", "330182107000")); // a grid under a town
    assertThat(fields(plan)).containsExactly("row 2: parentCode", "row 3: parentCode");
    assertThat(plan.errors().get(0).message().en())
        .isEqualTo("a village or community belongs under a town or sub-district, not a district");
  }

  @Test
  void everythingTheFileTouchesLiesWithinTheCallersJurisdiction() {
    RegionImport plan =
        plan(
            JIANDE_ONLY,
            row(2, "330111", "富阳区", null), // stored, outside
            row(3, "330111004000", "春江街道", null), // new, under a parent outside
            row(4, "330200", "宁波市", null), // new, under a parent that does not exist
            row(5, "330182107209", "新村", null)); // fine
    assertThat(fields(plan))
        .containsExactly("row 2: code", "row 3: parentCode", "row 4: parentCode");
    // outside is answered as for a parent that does not exist
    assertThat(plan.errors().get(1).message().en())
        .isEqualTo("no region 330111 within your jurisdiction or in the file");
  }

  @Test
  void aNewTopOfTheTreeCannotComeFromAFile() {
    RegionImport plan = plan(CITY, row(2, "320000", "江苏省", null));
    assertThat(fields(plan)).containsExactly("row 2: parentCode");
    // the stored root repeated without a parent is as stored
    assertThat(plan(CITY, row(2, "330100", "杭州市", null)).unchanged()).isEqualTo(1);
  }

  @Test
  void errorsAreListedByRowAndCappedWithACount() {
    List<RegionRow> rows = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      rows.add(row(i + 2, "bad", "名", null));
    }
    RegionImport plan = RegionImport.plan(rows, STORED, Map.of(), CITY);
    assertThat(plan.errors()).hasSize(RegionImport.MAX_ERRORS + 1);
    assertThat(plan.errors().get(0).field()).isEqualTo("row 2: code");
    assertThat(plan.errors().get(RegionImport.MAX_ERRORS).field()).isEqualTo("file");
    assertThat(plan.errors().get(RegionImport.MAX_ERRORS).message().en())
        .isEqualTo("50 more errors are not listed");
  }

  @Test
  void theCodesToLookUpAreTheRowsAndTheirParents() {
    assertThat(
            RegionImport.codesToLookUp(
                List.of(
                    row(2, "330182001001", "社区", null),
                    row(3, "330182001000", "镇", "330182"),
                    row(4, "x", "y", "z"))))
        .extracting(RegionCode::value)
        .containsExactlyInAnyOrder("330182001001", "330182001000", "330182");
  }
}
