package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.region.Region;

/**
 * Printouts list people: who printed which list is in the audit trail (PIPL: log who saw what), in
 * a transaction of its own once the file is made.
 */
@ApplicationScoped
@Transactional
public class PrintoutAudit {

  @Inject AuditTrail audit;

  void printed(String printout, Region region, int people, String language) {
    audit.record(
        "printed",
        "reporting." + printout,
        region.code().value(),
        region.path(),
        "people=" + people + " lang=" + language);
  }
}
