package org.shaodian.kernel.internal.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/**
 * What importing a region list would do to the tree, decided before anything is written: every row
 * is checked against the file and the stored tree, and either the list of what is wrong comes out
 * (and nothing is written) or the plan: regions to add, parents first, regions to rename, and how
 * many rows are already as stored.
 *
 * <p>A row adds a region when its code is new: under the parent it names, or else the one its code
 * implies ({@link RegionCode#impliedParent()}), which must be stored within the caller's
 * jurisdiction or be added by the same file, one level above it. A row whose code is stored renames
 * the region if its names differ; it may repeat the stored parent, or leave the parent out, but
 * never name another: the path of a region is kept with the records of every module, so regions
 * cannot move.
 */
final class RegionImport {

  /** A file with thousands of wrong rows is answered with the first of them. */
  static final int MAX_ERRORS = 200;

  static final int MAX_NAME = 100;
  static final int MAX_NAME_EN = 200;

  /** A region the import adds: its place is decided, parents come before their children. */
  record Creation(Region parent, RegionCode code, String name, String nameEn, int sortOrder) {
    Region region() {
      return new Region(
          code, name, nameEn, code.level(), parent.code(), parent.path() + code.value() + "/");
    }
  }

  /** New names for a stored region ({@code nameEn} null: keep the English name it has). */
  record Renaming(RegionCode code, String name, String nameEn) {}

  private final List<FieldError> errors;
  private final List<Creation> creations;
  private final List<Renaming> renamings;
  private final int unchanged;

  private RegionImport(
      List<FieldError> errors, List<Creation> creations, List<Renaming> renamings, int unchanged) {
    this.errors = List.copyOf(errors);
    this.creations = List.copyOf(creations);
    this.renamings = List.copyOf(renamings);
    this.unchanged = unchanged;
  }

  /** The codes the plan needs to know about if stored: the rows' own and their parents'. */
  static Set<RegionCode> codesToLookUp(List<RegionRow> rows) {
    Set<RegionCode> codes = new LinkedHashSet<>();
    for (RegionRow row : rows) {
      if (RegionCode.isValid(row.code())) {
        RegionCode code = RegionCode.of(row.code());
        codes.add(code);
        code.impliedParent().ifPresent(codes::add);
      }
      if (RegionCode.isValid(row.parentCode())) {
        codes.add(RegionCode.of(row.parentCode()));
      }
    }
    return codes;
  }

  /**
   * Plans the import of {@code rows}.
   *
   * @param stored the stored regions among {@link #codesToLookUp}, wherever they lie
   * @param lastSortOrder the highest sort order among the children of each stored region that has
   *     children
   * @param scope the caller's jurisdiction: every region the file adds or renames lies in it
   */
  static RegionImport plan(
      List<RegionRow> rows,
      Map<RegionCode, Region> stored,
      Map<RegionCode, Integer> lastSortOrder,
      JurisdictionScope scope) {
    Errors errors = new Errors();
    Map<RegionCode, Checked> inFile = new HashMap<>();
    List<Checked> checked = new ArrayList<>();
    for (RegionRow row : rows) {
      Checked one = check(row, errors);
      if (one == null) {
        continue;
      }
      Checked first = inFile.putIfAbsent(one.code(), one);
      if (first != null) {
        errors.add(
            row.row(),
            RegionCsv.CODE,
            Text.of("与第 " + first.row() + " 行代码相同", "the same code as row " + first.row()));
      } else if (one.cellsValid()) {
        checked.add(one);
      }
    }

    List<Renaming> renamings = new ArrayList<>();
    List<Checked> added = new ArrayList<>();
    int unchanged = 0;
    for (Checked row : checked) {
      Region region = stored.get(row.code());
      if (region != null) {
        if (!scope.covers(region)) {
          errors.add(row.row(), RegionCsv.CODE, OUTSIDE);
        } else if (row.statedParent() != null && !row.statedParent().equals(region.parentCode())) {
          errors.add(row.row(), RegionCsv.PARENT_CODE, CANNOT_MOVE);
        } else if (row.name().equals(region.name())
            && (row.nameEn() == null || row.nameEn().equals(region.nameEn()))) {
          unchanged++;
        } else {
          renamings.add(new Renaming(row.code(), row.name(), row.nameEn()));
        }
        continue;
      }
      Optional<RegionCode> parent = row.parent();
      if (parent.isEmpty()) {
        errors.add(row.row(), RegionCsv.PARENT_CODE, NO_ROOTS);
        continue;
      }
      Region storedParent = stored.get(parent.get());
      Checked parentInFile = inFile.get(parent.get());
      RegionLevel parentLevel;
      if (storedParent != null) {
        if (!scope.covers(storedParent)) {
          errors.add(row.row(), RegionCsv.PARENT_CODE, noParent(parent.get()));
          continue;
        }
        parentLevel = storedParent.level();
      } else if (parentInFile != null) {
        parentLevel = parentInFile.code().level();
      } else {
        errors.add(row.row(), RegionCsv.PARENT_CODE, noParent(parent.get()));
        continue;
      }
      RegionLevel level = row.code().level();
      if (level.above().filter(parentLevel::equals).isEmpty()) {
        errors.add(row.row(), RegionCsv.PARENT_CODE, wrongLevel(level, parentLevel));
        continue;
      }
      added.add(row);
    }
    if (!errors.isEmpty()) {
      return new RegionImport(errors.list(), List.of(), List.of(), 0);
    }
    return new RegionImport(
        List.of(), creations(checked, added, stored, lastSortOrder), renamings, unchanged);
  }

  /**
   * The regions to add, parents first, each with its sort order: its place among its siblings in
   * the file, but after those its parent already has, so that the stored order is kept.
   */
  private static List<Creation> creations(
      List<Checked> rows,
      List<Checked> added,
      Map<RegionCode, Region> stored,
      Map<RegionCode, Integer> lastSortOrder) {
    Set<RegionCode> isNew = new HashSet<>();
    added.forEach(row -> isNew.add(row.code()));
    Map<RegionCode, Integer> siblingsSoFar = new HashMap<>();
    Map<RegionCode, Integer> lastUsed = new HashMap<>(lastSortOrder);
    Map<RegionCode, Integer> sortOrders = new HashMap<>();
    for (Checked row : rows) {
      Optional<RegionCode> parent =
          isNew.contains(row.code())
              ? row.parent()
              : Optional.ofNullable(stored.get(row.code()).parentCode());
      if (parent.isEmpty()) {
        continue;
      }
      int position = siblingsSoFar.merge(parent.get(), 1, Integer::sum);
      if (isNew.contains(row.code())) {
        int sortOrder = Math.max(position, lastUsed.getOrDefault(parent.get(), 0) + 1);
        lastUsed.put(parent.get(), sortOrder);
        sortOrders.put(row.code(), sortOrder);
      }
    }
    // a parent is one level above its child: by level, every parent comes first
    List<Checked> parentsFirst = new ArrayList<>(added);
    parentsFirst.sort(Comparator.comparing(row -> row.code().level()));
    Map<RegionCode, Region> placed = new HashMap<>(stored);
    List<Creation> creations = new ArrayList<>();
    for (Checked row : parentsFirst) {
      Region parent = placed.get(row.parent().orElseThrow());
      Creation creation =
          new Creation(parent, row.code(), row.name(), row.nameEn(), sortOrders.get(row.code()));
      placed.put(row.code(), creation.region());
      creations.add(creation);
    }
    return creations;
  }

  /**
   * The row's cells as values, its errors noted; null if its code is not one. A row with a valid
   * code still counts for duplicates and as a parent, so that one wrong cell is one error.
   */
  private static Checked check(RegionRow row, Errors errors) {
    int before = errors.count();
    if (!RegionCode.isValid(row.code())) {
      errors.add(
          row.row(),
          RegionCsv.CODE,
          row.code() == null
              ? Text.of("必填", "is required")
              : Text.of("不是有效的区域代码(6、9、12 或 15 位数字)", "not a region code (6, 9, 12 or 15 digits)"));
    }
    checkName(row.row(), RegionCsv.NAME, row.name(), MAX_NAME, true, errors);
    checkName(row.row(), RegionCsv.NAME_EN, row.nameEn(), MAX_NAME_EN, false, errors);
    if (row.parentCode() != null && !RegionCode.isValid(row.parentCode())) {
      errors.add(
          row.row(),
          RegionCsv.PARENT_CODE,
          Text.of("不是有效的区域代码(6、9、12 或 15 位数字)", "not a region code (6, 9, 12 or 15 digits)"));
    }
    if (!RegionCode.isValid(row.code())) {
      return null;
    }
    boolean cellsValid = errors.count() == before;
    return new Checked(
        row.row(),
        RegionCode.of(row.code()),
        row.name(),
        row.nameEn(),
        cellsValid && row.parentCode() != null ? RegionCode.of(row.parentCode()) : null,
        cellsValid);
  }

  private static void checkName(
      int row, String column, String value, int maxLength, boolean required, Errors errors) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(row, column, Text.of("不能为空", "must not be blank"));
      }
    } else if (value.length() > maxLength) {
      errors.add(
          row,
          column,
          Text.of("不能超过 " + maxLength + " 个字符", "must be at most " + maxLength + " characters"));
    } else if (value.codePoints().anyMatch(Character::isISOControl)) {
      errors.add(row, column, Text.of("含有控制字符", "contains control characters"));
    }
  }

  private static final Text OUTSIDE =
      Text.of("该区域不在您的辖区内", "this region is not within your jurisdiction");

  private static final Text CANNOT_MOVE =
      Text.of(
          "区域不能移动:该代码已在另一上级区域之下(各模块的记录沿用它的位置)",
          "regions cannot move: this code is stored under another parent (records keep its place)");

  private static final Text NO_ROOTS =
      Text.of(
          "新区域须有上级区域(顶级区域只能在安装时创建)",
          "a new region needs a parent (the top of the tree is set when installing)");

  private static Text noParent(RegionCode parent) {
    return Text.of(
        "上级区域 " + parent + " 不存在,不在您的辖区内,也不在文件中",
        "no region " + parent + " within your jurisdiction or in the file");
  }

  private static Text wrongLevel(RegionLevel level, RegionLevel parentLevel) {
    String zhAbove = level.above().map(above -> above.label().zh()).orElse("—");
    String enAbove = level.above().map(above -> above.label().en()).orElse("nothing");
    return Text.of(
        level.label().zh() + "的上级须为" + zhAbove + ",而非" + parentLevel.label().zh(),
        "a "
            + level.label().en()
            + " belongs under a "
            + enAbove
            + ", not a "
            + parentLevel.label().en());
  }

  List<FieldError> errors() {
    return errors;
  }

  List<Creation> creations() {
    return creations;
  }

  List<Renaming> renamings() {
    return renamings;
  }

  int unchanged() {
    return unchanged;
  }

  /** A row with a valid code, as values; the other cells are only used when all are valid. */
  private record Checked(
      int row,
      RegionCode code,
      String name,
      String nameEn,
      RegionCode statedParent,
      boolean cellsValid) {

    Optional<RegionCode> parent() {
      return statedParent != null ? Optional.of(statedParent) : code.impliedParent();
    }
  }

  /** The errors found, listed by row (the first {@link #MAX_ERRORS} of them). */
  private static final class Errors {
    private record Error(int row, FieldError error) {}

    private final List<Error> found = new ArrayList<>();

    void add(int row, String column, Text message) {
      found.add(new Error(row, new FieldError("row " + row + ": " + column, message)));
    }

    int count() {
      return found.size();
    }

    boolean isEmpty() {
      return found.isEmpty();
    }

    List<FieldError> list() {
      List<FieldError> listed =
          new ArrayList<>(
              found.stream()
                  .sorted(Comparator.comparingInt(Error::row))
                  .limit(MAX_ERRORS)
                  .map(Error::error)
                  .toList());
      if (found.size() > MAX_ERRORS) {
        listed.add(
            new FieldError(
                "file",
                Text.of(
                    "另有 " + (found.size() - MAX_ERRORS) + " 处错误未列出",
                    (found.size() - MAX_ERRORS) + " more errors are not listed")));
      }
      return listed;
    }
  }
}
