package org.shaodian.rosters.internal.duty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.rosters.api.DutyRole;

/** Seats to give at once, all or none. */
@Schema(
    name = "BulkAssignmentForm",
    requiredProperties = {"assignments"})
public record BulkAssignmentForm(
    @Schema(minItems = 1, maxItems = DutyRoster.MAX_BULK)
        @NotNull
        @Size(min = 1, max = DutyRoster.MAX_BULK)
        List<@Valid @NotNull SeatAssignment> assignments) {

  /** One seat and its holder. */
  @Schema(
      name = "SeatAssignment",
      requiredProperties = {"post", "date", "shift", "role", "seat", "person"})
  public record SeatAssignment(
      @NotNull UUID post,
      @NotNull LocalDate date,
      @Schema(minimum = "1", maximum = "99") @NotNull @Min(1) @Max(99) Integer shift,
      @NotNull DutyRole role,
      @Schema(minimum = "1", maximum = "99") @NotNull @Min(1) @Max(99) Integer seat,
      @NotNull UUID person) {}

  List<DutyRoster.SeatRequest> requests() {
    return assignments.stream()
        .map(
            a ->
                new DutyRoster.SeatRequest(
                    a.post(), new SeatAddress(a.date(), a.shift(), a.role(), a.seat()), a.person()))
        .toList();
  }
}
