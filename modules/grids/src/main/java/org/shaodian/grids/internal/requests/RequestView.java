package org.shaodian.grids.internal.requests;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.RequestCategory;
import org.shaodian.grids.api.RequestUrgency;
import org.shaodian.kernel.api.personal.PersonName;
import org.shaodian.kernel.api.personal.PhoneNumber;
import org.shaodian.kernel.api.region.RegionCode;

/** A citizen request: who asked masked; whether it is overdue and who it escalates to. */
@Schema(
    name = "CitizenRequestView",
    description = "民呼必应诉求 — a citizen's request and how it is being answered",
    requiredProperties = {
      "id",
      "place",
      "placeName",
      "requester",
      "category",
      "categoryName",
      "urgency",
      "content",
      "state",
      "receivedAt",
      "dueAt",
      "overdue",
      "version"
    })
public record RequestView(
    UUID id,
    RegionCode place,
    String placeName,
    PersonName requester,
    PhoneNumber phone,
    RequestCategory category,
    String categoryName,
    RequestUrgency urgency,
    String content,
    String location,
    @Schema(description = "the person who serves it is routed to") UUID assignee,
    String assigneeName,
    @Schema(enumeration = {"RECEIVED", "ACCEPTED", "RESOLVED", "CLOSED"}) String state,
    OffsetDateTime receivedAt,
    @Schema(description = "received + 2 h (urgent), 24 h (normal) or 72 h (low)")
        OffsetDateTime dueAt,
    @Schema(description = "past its deadline and not resolved") boolean overdue,
    @Schema(description = "the grid leader an overdue request is escalated to") UUID escalatedTo,
    String escalatedToName,
    OffsetDateTime resolvedAt,
    String resolution,
    @Schema(description = "1 (not at all) to 5 (fully), from the call back") Integer satisfaction,
    @Schema(description = "notes on the work, earliest first (when one request is read)")
        List<NoteView> notes,
    long version) {

  /** A note on the work. */
  @Schema(
      name = "CitizenRequestNote",
      requiredProperties = {"note", "writtenBy", "writtenAt"})
  public record NoteView(String note, String writtenBy, OffsetDateTime writtenAt) {}
}
