package org.shaodian.kernel.internal.personal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.audit.SubjectType;
import org.shaodian.kernel.api.personal.SealedColumn;
import org.shaodian.kernel.api.tx.UnitOfWork;

/** The transactions of a re-encryption run: one per chunk, and the audit entry at the end. */
@UnitOfWork
@ApplicationScoped
public class ReencryptionSteps {

  static final SubjectType PERSONAL_DATA_KEYS = SubjectType.of("kernel", "personal-data-keys");
  static final AuditAction REENCRYPTED = AuditAction.of("re-encrypted");

  @Resource(lookup = "jdbc/shaodian")
  DataSource dataSource;

  @Inject AuditTrail audit;

  @Inject Access access;

  int resealChunk(SealedColumn column, int chunk) {
    try (Connection connection = dataSource.getConnection()) {
      return Resealing.resealChunk(connection, column, chunk);
    } catch (SQLException e) {
      throw new IllegalStateException("re-encryption of " + column.name() + " failed", e);
    }
  }

  void audit(int keyVersion, Map<String, Integer> resealed) {
    audit.record(
        AuditEvent.of(
                REENCRYPTED,
                PERSONAL_DATA_KEYS,
                UUID.randomUUID().toString(),
                access.caller().jurisdiction().path())
            .withSummary(summary(keyVersion, resealed)));
  }

  /**
   * The total and the columns that had values to move, within the audit summary's 500 characters
   * (every module adds sealed columns; the report lists them all).
   */
  static String summary(int keyVersion, Map<String, Integer> resealed) {
    int total = resealed.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder text =
        new StringBuilder(
            "key=v" + keyVersion + " resealed=" + total + " in " + resealed.size() + " columns:");
    resealed.forEach(
        (column, count) -> {
          if (count > 0) {
            text.append(' ').append(column).append('=').append(count);
          }
        });
    return text.length() <= 500 ? text.toString() : text.substring(0, 497) + "...";
  }
}
