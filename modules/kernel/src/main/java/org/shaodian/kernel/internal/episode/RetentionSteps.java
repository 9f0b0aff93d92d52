package org.shaodian.kernel.internal.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.schema.RetentionRule;
import org.shaodian.kernel.api.tx.UnitOfWork;

/** One retention rule run over one region's subtree, in a transaction of its own. */
@UnitOfWork
@ApplicationScoped
public class RetentionSteps {

  private static final Pattern MARKER = Pattern.compile(":(start|end|before)\\b");

  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  /** How many rows the rule deleted or anonymised. */
  int apply(RetentionRule rule, JurisdictionScope scope, OffsetDateTime before) {
    Matcher markers = MARKER.matcher(rule.statement());
    StringBuilder sql = new StringBuilder();
    List<Object> values = new ArrayList<>();
    while (markers.find()) {
      values.add(
          switch (markers.group(1)) {
            case "start" -> scope.pathStart();
            case "end" -> scope.pathEnd();
            default -> before;
          });
      markers.appendReplacement(sql, "?" + values.size());
    }
    markers.appendTail(sql);
    Query statement = em.createNativeQuery(sql.toString());
    for (int i = 0; i < values.size(); i++) {
      statement.setParameter(i + 1, values.get(i));
    }
    return statement.executeUpdate();
  }
}
