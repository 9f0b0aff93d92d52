package org.shaodian.rosters.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A seat and who holds it, as of a moment: what a roster board, a post's week and a person's duty
 * list show. {@code person} and {@code personName} are absent for an open seat.
 */
@Schema(
    name = "DutyView",
    description = "席位 — a seat (post × date × shift × duty × number) and its holder",
    requiredProperties = {
      "post",
      "postName",
      "date",
      "shift",
      "shiftLabel",
      "start",
      "end",
      "role",
      "seat",
      "qualifications",
      "state"
    })
public record DutyView(
    UUID post,
    String postName,
    LocalDate date,
    int shift,
    @Schema(examples = "08:00–16:00") String shiftLabel,
    OffsetDateTime start,
    OffsetDateTime end,
    DutyRole role,
    @Schema(description = "the seat's number within its duty, from 1") int seat,
    List<Qualification> qualifications,
    UUID person,
    String personName,
    SeatState state,
    AssignedVia assignedVia,
    OffsetDateTime signedInAt,
    OffsetDateTime signedOutAt) {}
