package org.shaodian.grids.internal.register;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dwelling: building, unit and room, with how many residents it has. */
@Schema(
    name = "DwellingView",
    description = "住户 — a dwelling: a room of a building's unit",
    requiredProperties = {"id", "building", "buildingName", "unit", "room", "address"})
public record DwellingView(
    UUID id,
    UUID building,
    String buildingName,
    @Schema(description = "the unit (单元); empty for a building without units") String unit,
    String room,
    @Schema(description = "building, unit and room as one line: 3幢1单元302") String address,
    @Schema(description = "residents registered in it (in lists of a building's dwellings)")
        Integer residents) {

  static DwellingView of(Dwelling dwelling, Building building, Integer residents) {
    return new DwellingView(
        dwelling.id(),
        building.id(),
        building.name(),
        dwelling.unit(),
        dwelling.room(),
        building.name() + dwelling.unit() + dwelling.room(),
        residents);
  }
}
