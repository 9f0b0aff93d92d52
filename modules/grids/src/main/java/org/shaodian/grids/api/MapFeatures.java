package org.shaodian.grids.api;

import java.util.Optional;

/**
 * The four-colour map's features as other modules keep them: the checkpoints module places its
 * temporary checkpoints as yellow features, a testing team its testing points as green ones. Each
 * feature is keyed by the calling module's {@link MapReference} (one feature per reference, a
 * database rule); the map's own REST operations refuse to change such a feature, so that it always
 * says what its module says.
 *
 * <p>Every method checks the caller's role (the map is drawn by the command office) and
 * jurisdiction (404 outside it), joins the caller's transaction (or starts one) and is audited in
 * it: when the caller's own write fails, the feature is not placed either. Input that breaks a rule
 * of the map (outside China, outside the boundary of the feature's grid, an invalid area, a
 * personal mobile number as contact …) is a 400 {@code Problem} naming the field.
 */
public interface MapFeatures {

  /** Places the feature of a thing; a 409 problem when the thing already has one. */
  MapFeatureView place(MapReference reference, MapFeatureDetails details);

  /** Moves or changes the feature of a thing; a 404 problem when it has none. */
  MapFeatureView update(MapReference reference, MapFeatureDetails details);

  /** Takes the feature of a thing off the map; a 404 problem when it has none. */
  void remove(MapReference reference);

  /** The feature of a thing, if it has one within the caller's jurisdiction. */
  Optional<MapFeatureView> find(MapReference reference);
}
