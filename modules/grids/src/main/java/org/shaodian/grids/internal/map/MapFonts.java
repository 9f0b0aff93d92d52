package org.shaodian.grids.internal.map;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font the map is drawn in: Noto Sans SC, the CJK font that {@code reports/} ships for the
 * JasperReports printouts (the resources-only jar {@code shaodian-reports}, on the classpath of
 * this module and in the WAR). Loaded once from the classpath with {@link Font#createFont}, so that
 * Chinese renders whatever fonts the server's operating system has; an SVG names the family, with
 * the usual Chinese fonts of browsers after it.
 */
final class MapFonts {

  /** The family the font files declare. */
  static final String FAMILY = "Noto Sans SC";

  /**
   * As an SVG's font-family: the same list the printouts' HTML export names, in double quotes
   * (JFreeSVG writes its style attributes in single ones).
   */
  static final String SVG_FAMILIES =
      "\"Noto Sans SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";

  private MapFonts() {}

  static Font regular(float size) {
    return Loaded.REGULAR.deriveFont(size);
  }

  /** The bold face, marked bold (an SVG says font-weight: bold; Java2D draws the face as it is). */
  static Font bold(float size) {
    return Loaded.BOLD.deriveFont(Font.BOLD, size);
  }

  /** Loaded on first use (about 10 MB each), then kept for the life of the server. */
  private static final class Loaded {
    static final Font REGULAR = load("fonts/NotoSansSC_400Regular.ttf");
    static final Font BOLD = load("fonts/NotoSansSC_700Bold.ttf");

    private static Font load(String resource) {
      try (InputStream file = MapFonts.class.getClassLoader().getResourceAsStream(resource)) {
        if (file == null) {
          throw new IllegalStateException("the map's font is not on the classpath: " + resource);
        }
        return Font.createFont(Font.TRUETYPE_FONT, file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("not a TrueType font: " + resource, e);
      }
    }
  }
}
