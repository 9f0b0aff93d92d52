package org.shaodian.grids.internal.map;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.MapColour;
import org.shaodian.grids.api.MapFeatureDetails;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.text.FreeText;
import org.shaodian.kernel.api.text.NameText;

/** A feature of the four-colour map, as sent to place or change it. */
@Schema(
    name = "MapFeatureForm",
    description = "网格图要素 — a feature of the four-colour map, to place or to change",
    requiredProperties = {"region", "colour", "name", "location"})
public record MapFeatureForm(
    @Schema(
            type = SchemaType.STRING,
            pattern = RegionCode.PATTERN,
            examples = "330182002001001",
            description =
                "the place it belongs to: a compound grid (then it must lie within the grid's"
                    + " boundary, when the grid has one), a village or community, or a town")
        @NotNull
        String region,
    @NotNull MapColour colour,
    @Schema(examples = "洋安社区核酸采样点", minLength = 1, maxLength = 100) @NameText(max = 100)
        String name,
    @Schema(ref = "GeoJsonGeometry") @NotNull JsonObject location,
    @Schema(examples = "07:00–19:00", maxLength = 100, description = "opening hours, as text")
        @FreeText(max = 100)
        String hours,
    @Schema(
            examples = "社区服务中心 0571-6470xxxx",
            maxLength = 100,
            description = "an office and its phone; never a person's mobile number (refused)")
        @FreeText(max = 100)
        String contact) {

  /** Turns the checked form into domain values; call after Bean Validation. */
  MapFeatureDetails toDetails() {
    return new MapFeatureDetails(
        RegionCode.parse("region", region),
        colour,
        name,
        GeoJson.read(location, "location", true),
        hours,
        contact);
  }
}
