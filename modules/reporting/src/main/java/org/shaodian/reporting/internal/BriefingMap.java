package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.shaodian.grids.api.FourColourMapImages;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.problem.Problem;

/**
 * The briefing's four-colour map, from the grids api. Drawn apart from the figures' transaction: a
 * map with too much on it is a Problem the grids answer, which here means a briefing without a map
 * (said in the PDF), not a failed briefing.
 */
@ApplicationScoped
public class BriefingMap {

  private static final Logger LOG = Logger.getLogger(BriefingMap.class.getName());

  /**
   * The map's width in pixels: 168 dpi across the PDF's 515 pt column, sharp in print; wider costs
   * more to draw and to embed than the page shows.
   */
  public static final int MAP_WIDTH = 1200;

  @Inject FourColourMapImages maps;

  /**
   * The briefing with its map labelled in {@code language}; without one when it cannot be drawn.
   */
  public DailyBriefing drawn(DailyBriefing briefing, Language language) {
    try {
      return briefing.withMap(maps.png(briefing.region().code(), language, MAP_WIDTH));
    } catch (Problem tooMuch) {
      LOG.warning(
          () ->
              "no map in the briefing of "
                  + briefing.region().code()
                  + ": "
                  + tooMuch.getMessage());
      return briefing;
    }
  }
}
