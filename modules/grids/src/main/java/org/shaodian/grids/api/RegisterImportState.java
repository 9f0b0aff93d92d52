package org.shaodian.grids.api;

/** Where a register spreadsheet's import stands. */
public enum RegisterImportState {
  /** Uploaded and waiting its turn. */
  QUEUED,
  /**
   * Its rows are being read, checked and written a thousand at a time, in one transaction: none of
   * them is in the register before the import is DONE.
   */
  READING,
  /** The whole sheet is read: its last rows are being written and the transaction committed. */
  WRITING,
  /** Written: the valid rows are in the register (with all-or-nothing, every row was valid). */
  DONE,
  /** All or nothing was asked and some row was wrong: nothing was written. */
  REJECTED,
  /** It could not finish (a server restart, a database failure): nothing was written. */
  FAILED;

  public boolean isRunning() {
    return this == QUEUED || this == READING || this == WRITING;
  }
}
