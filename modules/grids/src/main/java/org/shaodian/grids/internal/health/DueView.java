package org.shaodian.grids.internal.health;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.HomeCaseKind;
import org.shaodian.kernel.api.region.RegionCode;

/** A visit or test one open case has due on a day, and whether it is done: a grid worker's list. */
@Schema(
    name = "HomeCaseDueItem",
    description = "当日走访与检测 — what a case has due on a day",
    requiredProperties = {
      "homeCase",
      "name",
      "kind",
      "place",
      "placeName",
      "date",
      "day",
      "visitDue",
      "testDue",
      "visited",
      "tested"
    })
public record DueView(
    UUID homeCase,
    String name,
    HomeCaseKind kind,
    RegionCode place,
    String placeName,
    LocalDate date,
    @Schema(description = "the case's day: 1 is its first") int day,
    boolean visitDue,
    boolean testDue,
    boolean visited,
    boolean tested) {}
