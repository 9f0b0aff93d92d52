package org.shaodian.kernel.api.access;

import java.util.Optional;
import org.shaodian.kernel.api.i18n.Text;

/**
 * What a caller may do, in broad strokes. Each module states which roles its permissions are
 * granted to; the group or JWT {@code groups} value is the role's {@link #id()}.
 */
public enum Role {
  ADMIN("admin", Text.of("系统管理员", "administrator")),
  COMMANDER("commander", Text.of("指挥部", "command office")),
  OFFICIAL("official", Text.of("领导", "official")),
  SUPERVISOR("supervisor", Text.of("纪工委督查", "supervisor")),
  GRID_WORKER("grid-worker", Text.of("网格员", "grid worker")),
  CHECKPOINT_STAFF("checkpoint-staff", Text.of("卡口值守人员", "checkpoint staff"));

  private final String id;
  private final Text label;

  Role(String id, Text label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public Text label() {
    return label;
  }

  public static Optional<Role> byId(String id) {
    for (Role role : values()) {
      if (role.id.equals(id)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
