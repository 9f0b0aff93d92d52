package org.shaodian.grids.api;

import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * The four-colour map (四色图) drawn, for the modules that print it: the daily briefing. The same
 * drawing as the map's PNG operation — grid boundaries with their names, features in their colours,
 * title, scale bar and legend. The caller's access (grids read) and jurisdiction are checked.
 */
public interface FourColourMapImages {

  /** The narrowest and widest image, in pixels. */
  int MIN_WIDTH = 600;

  int MAX_WIDTH = 4000;

  /** The map of a region as PNG, {@code width} × ¾{@code width} pixels, labelled in a language. */
  byte[] png(RegionCode region, Language language, int width);
}
