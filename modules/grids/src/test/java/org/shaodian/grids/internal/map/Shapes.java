package org.shaodian.grids.internal.map;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.shaodian.grids.api.LonLat;
import org.shaodian.grids.api.MapLocation;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

/** Shapes and refusals for the map's tests. */
final class Shapes {

  private Shapes() {}

  /** A closed ring through the corners, given as lon, lat, lon, lat … */
  static List<LonLat> ring(double... lonLat) {
    List<LonLat> ring = new ArrayList<>();
    for (int i = 0; i < lonLat.length; i += 2) {
      ring.add(new LonLat(lonLat[i], lonLat[i + 1]));
    }
    ring.add(ring.get(0));
    return ring;
  }

  static MapLocation.Area area(double... lonLat) {
    return new MapLocation.Area(List.of(ring(lonLat)));
  }

  /** A square of side {@code size} degrees, its south-west corner at lon, lat. */
  static MapLocation.Area square(double lon, double lat, double size) {
    return area(lon, lat, lon + size, lat, lon + size, lat + size, lon, lat + size);
  }

  /** The single field error of a 400 the code throws. */
  static FieldError refusal(ThrowingCallable code) {
    Problem problem = catchThrowableOfType(Problem.class, code);
    if (problem == null) {
      throw new AssertionError("expected a refusal, but it was accepted");
    }
    if (problem.status() != 400 || problem.fieldErrors().size() != 1) {
      throw new AssertionError(
          "expected a 400 naming one field, got " + problem.status() + " " + problem.fieldErrors());
    }
    return problem.fieldErrors().get(0);
  }

  static String both(Text text) {
    return text.zh() + " | " + text.en();
  }
}
