package org.shaodian.grids.internal.health;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.HomeCaseKind;
import org.shaodian.kernel.api.region.RegionCode;

/** The overdue visits and tests of one grid worker's grids (or of a place without one). */
@Schema(
    name = "HomeCaseOverdue",
    description = "逾期走访与检测 — per grid worker",
    requiredProperties = {"place", "placeName", "items"})
public record OverdueView(
    @Schema(description = "the grid worker (a person who serves), if the place has one")
        UUID gridWorker,
    String gridWorkerName,
    RegionCode place,
    String placeName,
    List<Item> items) {

  /** A visit or test due on a day and not done. */
  @Schema(
      name = "HomeCaseOverdueItem",
      requiredProperties = {"homeCase", "name", "kind", "date", "visitMissed", "testMissed"})
  public record Item(
      UUID homeCase,
      String name,
      HomeCaseKind kind,
      LocalDate date,
      boolean visitMissed,
      boolean testMissed) {}
}
