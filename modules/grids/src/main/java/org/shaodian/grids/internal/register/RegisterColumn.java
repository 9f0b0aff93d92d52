package org.shaodian.grids.internal.register;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a register spreadsheet, as the import reads them and the export writes them: the
 * first heading is what the export writes, the others are what grid workers' own sheets call the
 * same column. Required columns must be there; unknown ones are refused, not skipped, so that a
 * shifted or misnamed column cannot fill the wrong field.
 */
public enum RegisterColumn {
  BUILDING(true, "楼栋", "楼栋号", "building"),
  UNIT(false, "单元", "unit"),
  ROOM(true, "房号", "门牌号", "room"),
  NAME(true, "姓名", "name"),
  ID_NUMBER(true, "身份证号", "身份证号码", "公民身份号码", "idNumber"),
  PHONE(false, "手机号", "手机号码", "联系电话", "phone"),
  RELATION(true, "与户主关系", "relation"),
  ELDERLY_LIVING_ALONE(false, "独居老人", "elderlyLivingAlone"),
  NEEDS_HELP(false, "需帮扶", "needsHelp"),
  PARTY_MEMBER(false, "党员", "partyMember"),
  SERVING_PARTY_MEMBER(false, "在职党员", "servingPartyMember");

  private final boolean required;
  private final List<String> headings;

  RegisterColumn(boolean required, String... headings) {
    this.required = required;
    this.headings = List.of(headings);
  }

  public boolean isRequired() {
    return required;
  }

  /** The heading the export writes (and the import reads first). */
  public String heading() {
    return headings.get(0);
  }

  /** The column a heading names, ignoring spaces and case; empty for one nobody knows. */
  public static Optional<RegisterColumn> byHeading(String heading) {
    String wanted = heading.replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
    for (RegisterColumn column : values()) {
      for (String known : column.headings) {
        if (known.toLowerCase(Locale.ROOT).equals(wanted)) {
          return Optional.of(column);
        }
      }
    }
    return Optional.empty();
  }
}
