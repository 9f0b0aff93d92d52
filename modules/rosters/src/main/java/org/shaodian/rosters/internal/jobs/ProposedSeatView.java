package org.shaodian.rosters.internal.jobs;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.internal.solving.UnfilledReason;

/** A seat of a proposal: who the solver gives it to, against who held it when the job started. */
@Schema(
    name = "ProposedSeatView",
    requiredProperties = {"post", "postName", "date", "shift", "role", "seat", "change"})
public record ProposedSeatView(
    UUID post,
    String postName,
    LocalDate date,
    int shift,
    DutyRole role,
    int seat,
    UUID person,
    String personName,
    @Schema(description = "who held the seat when the job started") UUID heldBy,
    Change change,
    UnfilledReason unfilledReason,
    @Schema(description = "why the seat stays open, in words") String unfilledReasonText) {

  /** What accepting would do to the seat. */
  @Schema(name = "ProposedChange")
  public enum Change {
    /** The holder stays. */
    KEEP,
    /** An open seat is given. */
    FILL,
    /** A held seat is given to someone else. */
    MOVE,
    /** A held seat is freed. */
    FREE,
    /** An open seat stays open. */
    OPEN
  }

  static Change change(UUID person, UUID basis) {
    if (person == null) {
      return basis == null ? Change.OPEN : Change.FREE;
    }
    if (basis == null) {
      return Change.FILL;
    }
    return person.equals(basis) ? Change.KEEP : Change.MOVE;
  }
}
