package org.shaodian.checkpoints.internal.inspection;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.problem.Problem;

/** What a device batch's upload did, item by item. */
@Schema(
    name = "InspectionBatchResult",
    description = "批量上传结果 — per item: stored, a duplicate of one stored before, or rejected",
    requiredProperties = {"batch", "stored", "duplicates", "rejected", "items"})
public record InspectionResults(
    UUID batch, int stored, int duplicates, int rejected, List<ItemView> items) {

  /** One item's result, in the order sent. */
  @Schema(
      name = "InspectionItemResult",
      description = "one item's result; problem: why it was rejected (RFC 9457 fields)",
      requiredProperties = {"index", "id", "result"})
  public record ItemView(
      @Schema(description = "the item's place in the batch, from 0") int index,
      UUID id,
      InspectionDesk.Fate result,
      ItemProblem problem) {}

  /** A rejected item's problem, as a problem+json body would say it. */
  @Schema(
      name = "InspectionItemProblem",
      requiredProperties = {"status", "title"})
  public record ItemProblem(int status, String title, String detail, List<ItemError> errors) {}

  /** A field of the item that is wrong. */
  @Schema(
      name = "InspectionItemError",
      requiredProperties = {"field", "message"})
  public record ItemError(String field, String message) {}

  static InspectionResults of(UUID batch, List<InspectionDesk.ItemResult> results, Language in) {
    return new InspectionResults(
        batch,
        count(results, InspectionDesk.Fate.STORED),
        count(results, InspectionDesk.Fate.DUPLICATE),
        count(results, InspectionDesk.Fate.REJECTED),
        results.stream()
            .map(r -> new ItemView(r.index(), r.id(), r.fate(), problem(r.problem(), in)))
            .toList());
  }

  static ItemProblem problem(Problem problem, Language in) {
    return problem == null
        ? null
        : new ItemProblem(
            problem.status(),
            problem.title().in(in),
            problem.detail() == null ? null : problem.detail().in(in),
            problem.fieldErrors().stream()
                .map(e -> new ItemError(e.field(), e.message().in(in)))
                .toList());
  }

  private static int count(List<InspectionDesk.ItemResult> results, InspectionDesk.Fate fate) {
    return (int) results.stream().filter(r -> r.fate() == fate).count();
  }
}
