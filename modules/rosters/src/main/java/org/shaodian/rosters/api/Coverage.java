package org.shaodian.rosters.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * How a region's posts are staffed on a day (or at a moment), as of {@code asOf}: per post and
 * shift, the seats, how many are held, open, signed in, and no-shows. The briefing and the
 * dashboard read it through {@link CoverageService}.
 */
@Schema(
    name = "Coverage",
    description = "值守覆盖 — seats filled, open and no-show, per post and shift",
    requiredProperties = {"region", "regionName", "date", "asOf", "totals", "posts"})
public record Coverage(
    RegionCode region,
    String regionName,
    LocalDate date,
    OffsetDateTime asOf,
    Figures totals,
    List<PostCoverage> posts) {

  /** Seat counts. {@code filled} = held; {@code open} = nobody holds them. */
  @Schema(
      name = "CoverageFigures",
      requiredProperties = {"seats", "filled", "open", "signedIn", "noShows"})
  public record Figures(int seats, int filled, int open, int signedIn, int noShows) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0);

    public Figures plus(Figures other) {
      return new Figures(
          seats + other.seats,
          filled + other.filled,
          open + other.open,
          signedIn + other.signedIn,
          noShows + other.noShows);
    }
  }

  /** One post's shifts. */
  @Schema(
      name = "PostCoverage",
      requiredProperties = {"post", "name", "kind", "region", "totals", "shifts"})
  public record PostCoverage(
      UUID post,
      String name,
      PostKind kind,
      RegionCode region,
      Figures totals,
      List<ShiftCoverage> shifts) {}

  /** One shift of a post. */
  @Schema(
      name = "ShiftCoverage",
      requiredProperties = {"date", "shift", "label", "start", "end", "figures"})
  public record ShiftCoverage(
      LocalDate date,
      int shift,
      String label,
      OffsetDateTime start,
      OffsetDateTime end,
      Figures figures) {}
}
