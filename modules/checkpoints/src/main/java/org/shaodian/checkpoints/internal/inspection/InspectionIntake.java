package org.shaodian.checkpoints.internal.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.problem.Violations;

/**
 * Takes inspections in, one or a device batch, and answers for each: stored, a duplicate of one
 * stored before, or rejected and why. Each item is validated on its own (one malformed item does
 * not sink the others); the valid ones are written in one transaction ({@link InspectionDesk}).
 * When another module refuses an item, that attempt is rolled back and made again without it; when
 * another server stored some of them at the same moment (or counted the first of a tally), it is
 * made again and finds them stored. Nothing is half-saved.
 */
@ApplicationScoped
public class InspectionIntake {

  /** Attempts made again after a conflict with a concurrent writer. */
  static final int CONFLICT_RETRIES = 3;

  @Inject InspectionDesk desk;

  @Inject Validator validator;

  // what came in, at /metrics: for each item its fate, counted once its transaction committed
  @Inject
  @Metric(
      name = "inspections.stored",
      absolute = true,
      description = "Inspections stored (one or a device batch), since the server started")
  Counter stored;

  @Inject
  @Metric(
      name = "inspections.duplicates",
      absolute = true,
      description =
          "Inspections sent again that were already stored (a device's retry), answered as"
              + " duplicates and not stored twice")
  Counter duplicates;

  @Inject
  @Metric(
      name = "inspections.rejected",
      absolute = true,
      description = "Inspections refused (invalid, or refused by another module) and not stored")
  Counter rejected;

  public List<InspectionDesk.ItemResult> receive(UUID batch, List<InspectionForms.Item> items) {
    InspectionDesk.ItemResult[] results = new InspectionDesk.ItemResult[items.size()];
    List<InspectionDesk.Indexed> pending = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      InspectionForms.Item item = items.get(i);
      Set<ConstraintViolation<InspectionForms.Item>> violations = validator.validate(item);
      if (violations.isEmpty()) {
        pending.add(new InspectionDesk.Indexed(i, item));
      } else {
        results[i] =
            new InspectionDesk.ItemResult(
                i, item.id(), InspectionDesk.Fate.REJECTED, Violations.problem(violations));
      }
    }
    int conflicts = 0;
    while (!pending.isEmpty()) {
      InspectionDesk.Attempt attempt;
      try {
        attempt = desk.write(batch, pending);
      } catch (Problem problem) {
        if (problem.status() == 409 && ++conflicts <= CONFLICT_RETRIES) {
          continue;
        }
        throw problem;
      }
      if (attempt.refused() != null) {
        int refused = attempt.refused();
        results[refused] =
            new InspectionDesk.ItemResult(
                refused, items.get(refused).id(), InspectionDesk.Fate.REJECTED, attempt.refusal());
        pending.removeIf(indexed -> indexed.index() == refused);
        continue;
      }
      attempt.results().forEach(result -> results[result.index()] = result);
      break;
    }
    for (InspectionDesk.ItemResult result : results) {
      switch (result.fate()) {
        case STORED -> stored.inc();
        case DUPLICATE -> duplicates.inc();
        case REJECTED -> rejected.inc();
      }
    }
    return Arrays.asList(results);
  }
}
