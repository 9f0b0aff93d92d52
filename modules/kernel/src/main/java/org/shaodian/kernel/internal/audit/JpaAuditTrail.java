package org.shaodian.kernel.internal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.audit.SubjectType;
import org.shaodian.kernel.api.tx.RowInserts;

/**
 * Appends to {@code kernel_audit} inside the caller's transaction (MANDATORY: an audit entry
 * without the change it records, or the other way round, must not be possible). Flushed at once so
 * that a failing entry fails the business call, not just its commit.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaAuditTrail implements AuditTrail {

  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  @Inject Access access;

  @Inject Clock clock;

  @Inject RowInserts rows;

  @Override
  public void record(AuditEvent event) {
    AuditEntry entry = new AuditEntry(access.caller(), clock.instant(), event);
    em.persist(entry);
    em.flush();
    // a bulk action lists thousands of items (an accepted roster's duties): rows, not entities
    String itemType = event.itemIds().isEmpty() ? null : event.itemType().id();
    insertItems(entry, itemType, event.itemIds());
  }

  @Override
  public Bulk recordBulk(AuditEvent event, SubjectType itemType) {
    Objects.requireNonNull(itemType, "itemType");
    AuditEntry entry = new AuditEntry(access.caller(), clock.instant(), event);
    entry.listing(itemType.id());
    em.persist(entry);
    em.flush();
    insertItems(entry, itemType.id(), event.itemIds());
    return new Bulk() {
      @Override
      public void list(Collection<String> ids) {
        insertItems(entry, itemType.id(), ids);
        entry.listed(ids.size());
      }

      @Override
      public void summarise(String summary) {
        entry.summarise(summary);
      }
    };
  }

  private void insertItems(AuditEntry entry, String itemType, Collection<String> ids) {
    rows.insert(
        "kernel_audit_item",
        List.of("audit_id", "item_type", "item_id"),
        ids.stream().map(itemId -> List.<Object>of(entry.id(), itemType, itemId)).toList());
  }
}
