package org.shaodian.grids.internal.map;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.jfree.svg.SVGGraphics2D;
import org.shaodian.grids.api.FourColourMapImages;
import org.shaodian.kernel.api.i18n.Language;

/**
 * The four-colour map as an image: the same drawing ({@link MapDrawing}) onto a bitmap for PNG and
 * onto JFreeSVG's canvas for SVG. Java2D runs headless on the server ({@code java.awt.headless},
 * jvm.options).
 */
final class MapImages {

  static final String PNG = "image/png";
  static final String SVG = "image/svg+xml";

  static final int MIN_WIDTH = FourColourMapImages.MIN_WIDTH;
  static final int MAX_WIDTH = FourColourMapImages.MAX_WIDTH;
  static final int DEFAULT_WIDTH = 1600;

  private MapImages() {}

  static byte[] png(MapContent content, Language language, int width) {
    BufferedImage image =
        new BufferedImage(width, MapDrawing.heightFor(width), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      new MapDrawing(content, language, width).draw(g);
    } finally {
      g.dispose();
    }
    return PngWriter.write(image);
  }

  /** An SVG document: text stays text (searchable, sharp), in the Noto Sans SC family. */
  static String svg(MapContent content, Language language, int width) {
    SVGGraphics2D g = new SVGGraphics2D(width, MapDrawing.heightFor(width));
    g.setFontFunction(
        family -> family.startsWith(MapFonts.FAMILY) ? MapFonts.SVG_FAMILIES : family);
    new MapDrawing(content, language, width).draw(g);
    return g.getSVGDocument();
  }
}
