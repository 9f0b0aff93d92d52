package org.shaodian.kernel.internal.episode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.ShaodianTime;

/** An emergency episode as read. */
@Schema(
    name = "EmergencyEpisode",
    description =
        "应急响应期 — a region's response to an outbreak; closed, the personal data recorded"
            + " within the region until its last day is purged from purgeDueOn",
    requiredProperties = {"id", "region", "name", "openedOn", "openedBy", "version"})
public record EpisodeView(
    @Schema(format = "uuid") UUID id,
    @Schema(type = SchemaType.STRING, examples = "330182107000") String region,
    String name,
    LocalDate openedOn,
    String openedBy,
    LocalDate closedOn,
    String closedBy,
    @Schema(description = "the first day the purge runs: closedOn + the retention period")
        LocalDate purgeDueOn,
    OffsetDateTime purgedAt,
    @Schema(description = "what the purge deleted or cleared: rows by kind of record")
        Map<String, Integer> purged,
    long version) {

  static EpisodeView of(EmergencyEpisode e) {
    return new EpisodeView(
        e.id(),
        e.regionCode(),
        e.name(),
        e.openedOn(),
        e.openedBy(),
        e.closedOn(),
        e.closedBy(),
        e.purgeDueOn(),
        e.purgedAt() == null ? null : ShaodianTime.at(e.purgedAt()),
        counts(e.purgeReport()),
        e.version());
  }

  /** The stored report ("checkpoints.inspected-people=12, …") as counts; null before a purge. */
  static Map<String, Integer> counts(String report) {
    if (report == null) {
      return null;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String entry : report.split(", ")) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        counts.put(entry.substring(0, eq), Integer.parseInt(entry.substring(eq + 1)));
      }
    }
    return counts;
  }
}
