package org.shaodian.grids.internal.register;

import java.util.List;
import org.shaodian.grids.api.HouseholdRelation;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.personal.Disclosure;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.PhoneNumber;

/**
 * One resident as the register's spreadsheet shows them: where they live and what the register
 * holds, read by the export as values rather than as an entity, so that nothing piles up in the
 * persistence context while the grid streams past.
 */
public record RegisterLine(
    String building,
    String unit,
    String room,
    String name,
    IdNumber idNumber,
    PhoneNumber phone,
    HouseholdRelation relation,
    boolean elderlyLivingAlone,
    boolean needsHelp,
    boolean partyMember,
    boolean servingPartyMember) {

  /**
   * The cells, in the order of {@link RegisterColumn}: ID number and phone as {@code disclosure}
   * shows them (masked, or in full for a granted bulk reveal).
   */
  List<String> cells(Disclosure disclosure) {
    return List.of(
        building,
        unit,
        room,
        name,
        disclosure.show(idNumber),
        phone == null ? "" : disclosure.show(phone),
        relation.label().in(Language.ZH),
        yes(elderlyLivingAlone),
        yes(needsHelp),
        yes(partyMember),
        yes(servingPartyMember));
  }

  private static String yes(boolean flag) {
    return flag ? "是" : "";
  }
}
