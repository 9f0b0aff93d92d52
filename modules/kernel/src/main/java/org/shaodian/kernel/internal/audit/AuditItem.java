package org.shaodian.kernel.internal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A record touched by a bulk action, listed under its one audit entry. Mapped for the audit's
 * queries; {@link JpaAuditTrail} writes the rows in bulk ({@code RowInserts}), not as entities.
 */
@Entity
@Table(name = "kernel_audit_item")
public class AuditItem {

  @EmbeddedId private Key key;

  @Column(name = "item_type", nullable = false, length = 60)
  private String itemType;

  protected AuditItem() {}

  /** The entry and the item's id. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "audit_id", nullable = false)
    private UUID auditId;

    @Column(name = "item_id", nullable = false, length = 64)
    private String itemId;

    protected Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.auditId.equals(auditId) && key.itemId.equals(itemId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(auditId, itemId);
    }
  }
}
