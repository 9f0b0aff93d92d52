package org.shaodian.kernel.api.personal;

/**
 * A piece of personal information (PIPL). It is written out masked everywhere — JSON, {@code
 * toString()} and therefore logs, PDFs, spreadsheets — and its full value is handed out only
 * through {@link #reveal()}, which callers use for storage and for audited reveals.
 */
public interface PersonalData {

  /** The masked form, safe to show to anybody. */
  String masked();

  /** The full value. Never write it to a response or a log without an audited reason. */
  String reveal();
}
