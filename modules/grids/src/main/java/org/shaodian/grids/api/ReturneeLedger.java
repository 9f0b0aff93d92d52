package org.shaodian.grids.api;

import java.util.UUID;

/**
 * The returnee ledger (返乡人员台账), for the modules that meet returnees: a checkpoint that inspects one
 * registers them here, inside its own transaction. One person is one entry however many sources
 * register them, matched by the ID number's blind index (a database constraint); a repeated
 * registration by the same source and reference changes nothing. The caller's access and
 * jurisdiction (over where the returnee stays) are checked; the write is audited.
 */
public interface ReturneeLedger {

  /** What a registration did. */
  record Registered(UUID returnee, boolean newEntry) {}

  /**
   * Registers a returnee from a source; {@code reference} names the source's record (an
   * inspection's id), or is empty.
   */
  Registered register(ReturneeDetails details, ReturneeSource source, String reference);
}
