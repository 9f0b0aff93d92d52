package org.shaodian.rosters.internal.duty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.rosters.api.DutyRole;

/** Two seats of one post whose holders change places (the second may be open: a move). */
@Schema(
    name = "SeatSwapForm",
    description = "first: a held seat; second: another seat of the post, held or open",
    requiredProperties = {"first", "second"})
public record SeatSwapForm(@Valid @NotNull SeatPlace first, @Valid @NotNull SeatPlace second) {

  /** A seat within the post: date / shift / duty / number. */
  @Schema(
      name = "SeatPlace",
      requiredProperties = {"date", "shift", "role", "seat"})
  public record SeatPlace(
      @NotNull LocalDate date,
      @Schema(minimum = "1", maximum = "99") @NotNull @Min(1) @Max(99) Integer shift,
      @NotNull DutyRole role,
      @Schema(minimum = "1", maximum = "99") @NotNull @Min(1) @Max(99) Integer seat) {

    SeatAddress address() {
      return new SeatAddress(date, shift, role, seat);
    }
  }
}
