package org.shaodian.grids.internal.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.shaodian.grids.api.MapColour;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * Draws the four-colour map of a region onto any {@link Graphics2D} — a {@code BufferedImage} for
 * PNG, JFreeSVG's {@code SVGGraphics2D} for SVG — so both formats show the same picture: a title,
 * the grids' boundaries with their names, the features in their colours (white ones with a dark
 * outline), a legend naming what each colour marks, a scale bar and north.
 *
 * <p>To scale: an equirectangular projection whose longitudes are shortened by the cosine of the
 * map's middle latitude, so that at a community's size a metre east is as long as a metre north.
 * The canvas is {@code width} × ¾ of it; sizes are given for 1600 pixels and scaled.
 */
final class MapDrawing {

  static final Color RED = new Color(0xE53935);
  static final Color YELLOW = new Color(0xFDD835);
  static final Color GREEN = new Color(0x43A047);
  static final Color WHITE = Color.WHITE;

  private static final Color INK = new Color(0x263238);
  private static final Color OUTLINE = new Color(0x212121);
  private static final Color GRID_FILL = new Color(0xF3F6F9);
  private static final Color GRID_LINE = new Color(0x546E7A);
  private static final Color FRAME = new Color(0xB0BEC5);
  private static final Color MUTED = new Color(0x607D8B);
  private static final double METRES_PER_DEGREE = 111_320;

  /** A point feature's marker: a disc of this radius (at 1600 pixels wide). */
  private static final float MARKER = 10;

  private static final int[] SCALE_STEPS = {
    10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000
  };
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MapContent content;
  private final Language language;
  private final int width;
  private final int height;

  /** One pixel of the 1600-wide design, in this canvas's pixels. */
  private final float u;

  // the map's frame and projection
  private double frameX;
  private double frameY;
  private double frameW;
  private double frameH;
  private double west;
  private double north;
  private double cosLat;
  private double scale;
  private double offsetX;
  private double offsetY;

  /** Where names and markers are drawn already, for the next name to keep clear of. */
  private final List<Rectangle2D> taken = new ArrayList<>();

  MapDrawing(MapContent content, Language language, int width) {
    this.content = content;
    this.language = language;
    this.width = width;
    this.height = heightFor(width);
    this.u = width / 1600f;
  }

  /** A map is three quarters as high as it is wide (landscape, like a printed A4 page). */
  static int heightFor(int width) {
    return width * 3 / 4;
  }

  void draw(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, width, height));

    float margin = 32 * u;
    double top = title(g, margin);
    double legendWidth = 380 * u;
    double legendX = width - margin - legendWidth;
    frameX = margin;
    frameY = top + 16 * u;
    frameW = legendX - 24 * u - margin;
    frameH = height - frameY - margin - 28 * u;
    legend(g, legendX, frameY, legendWidth);

    g.setColor(FRAME);
    g.setStroke(new BasicStroke(1.5f * u));
    g.draw(new Rectangle2D.Double(frameX, frameY, frameW, frameH));
    if (content.isEmpty()) {
      centred(
          g,
          regular(22),
          MUTED,
          text("该区域还没有网格边界和要素", "No grid boundaries or features in this region yet"),
          frameX + frameW / 2,
          frameY + frameH / 2);
    } else {
      project(content.box());
      reserveMarkers();
      boundaries(g);
      features(g);
      scaleBar(g);
      northArrow(g);
    }
    g.setFont(regular(14));
    g.setColor(MUTED);
    g.drawString(
        text(
            "坐标系 WGS-84 · 等距圆柱投影(经度按纬度余弦校正)· 哨点",
            "WGS-84 · equirectangular projection (longitude scaled by the cosine of latitude) ·"
                + " Shaodian"),
        (float) frameX,
        (float) (height - margin + 4 * u));
  }

  // ---- title and legend

  private double title(Graphics2D g, float margin) {
    Region area = content.area();
    Font titleFont = bold(34);
    g.setFont(titleFont);
    g.setColor(INK);
    String title =
        language == Language.EN
            ? "Four-colour grid map · " + (area.nameEn() == null ? area.name() : area.nameEn())
            : area.name() + " 四色网格图";
    float baseline = margin + g.getFontMetrics().getAscent();
    g.drawString(title, margin, baseline);
    g.setFont(regular(17));
    g.setColor(MUTED);
    String stamp = STAMP.format(content.readAt().atZone(ShaodianTime.ZONE));
    int features = content.features().size();
    int boundaries = content.boundaries().size();
    String subtitle =
        language == Language.EN
            ? "As of " + stamp + " · " + boundaries + " grid boundaries · " + features + " features"
            : "截至 " + stamp + " · 网格边界 " + boundaries + " 个 · 要素 " + features + " 个";
    float subtitleBaseline = baseline + g.getFontMetrics().getHeight() + 6 * u;
    g.drawString(subtitle, margin, subtitleBaseline);
    return subtitleBaseline + g.getFontMetrics().getDescent();
  }

  private void legend(Graphics2D g, double x, double y, double w) {
    Map<MapColour, Integer> counts = content.counts();
    double line = 46 * u;
    double h = 64 * u + line * (MapColour.values().length + 1) + 12 * u;
    g.setColor(new Color(0xFAFBFC));
    g.fill(new RoundRectangle2D.Double(x, y, w, h, 12 * u, 12 * u));
    g.setColor(FRAME);
    g.setStroke(new BasicStroke(1.5f * u));
    g.draw(new RoundRectangle2D.Double(x, y, w, h, 12 * u, 12 * u));
    g.setFont(bold(22));
    g.setColor(INK);
    g.drawString(text("图例", "Legend"), (float) (x + 20 * u), (float) (y + 40 * u));
    double rowY = y + 64 * u;
    double textX = x + 58 * u;
    double available = x + w - 16 * u - textX;
    for (MapColour colour : MapColour.values()) {
      double centreY = rowY + line / 2;
      marker(g, colour, x + 32 * u, centreY, 11 * u);
      Font name = bold(18);
      Font meaning = regular(17);
      String label = colour.label().in(language) + "  ";
      String what = colour.meaning().in(language) + "(" + counts.get(colour) + ")";
      // shrink the row's words until they fit the legend
      for (float size = 17; size > 10; size -= 1) {
        meaning = regular(size);
        name = bold(size + 1);
        if (g.getFontMetrics(name).stringWidth(label) + g.getFontMetrics(meaning).stringWidth(what)
            <= available) {
          break;
        }
      }
      float baseline = (float) (centreY + g.getFontMetrics(meaning).getAscent() / 2.0 - 2 * u);
      g.setColor(INK);
      g.setFont(name);
      g.drawString(label, (float) textX, baseline);
      g.setFont(meaning);
      g.drawString(what, (float) textX + g.getFontMetrics(name).stringWidth(label), baseline);
      rowY += line;
    }
    double centreY = rowY + line / 2;
    Shape swatch = new Rectangle2D.Double(x + 20 * u, centreY - 10 * u, 24 * u, 20 * u);
    g.setColor(GRID_FILL);
    g.fill(swatch);
    g.setColor(GRID_LINE);
    g.setStroke(new BasicStroke(2f * u));
    g.draw(swatch);
    g.setColor(INK);
    g.setFont(regular(17));
    g.drawString(
        text("网格边界", "grid boundary"),
        (float) textX,
        (float) (centreY + g.getFontMetrics().getAscent() / 2.0 - 2 * u));
  }

  // ---- the map

  private void project(Envelope box) {
    Envelope padded = new Envelope(box);
    double margin = Math.max(Math.max(box.getWidth(), box.getHeight()) * 0.06, 0.0005);
    padded.expandBy(margin);
    west = padded.getMinX();
    north = padded.getMaxY();
    cosLat = Math.cos(Math.toRadians(padded.centre().y));
    double spanX = padded.getWidth() * cosLat;
    double spanY = padded.getHeight();
    scale = Math.min(frameW / spanX, frameH / spanY);
    offsetX = frameX + (frameW - spanX * scale) / 2;
    offsetY = frameY + (frameH - spanY * scale) / 2;
  }

  private double x(double lon) {
    return offsetX + (lon - west) * cosLat * scale;
  }

  private double y(double lat) {
    return offsetY + (north - lat) * scale;
  }

  private void boundaries(Graphics2D g) {
    for (GridBoundary boundary : content.boundaries()) {
      Shape outline = path(boundary.outline());
      g.setColor(GRID_FILL);
      g.fill(outline);
      g.setColor(GRID_LINE);
      g.setStroke(new BasicStroke(2.2f * u, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(outline);
    }
    for (GridBoundary boundary : content.boundaries()) {
      Polygon outline = boundary.outline();
      String name = gridLabel(boundary.grid());
      Rectangle2D bounds = path(outline).getBounds2D();
      Font font = bold(17);
      for (float size = 17;
          size > 9 && g.getFontMetrics(font).stringWidth(name) > bounds.getWidth() * 0.9;
          size -= 1) {
        font = bold(size);
      }
      // under the grid's northern edge, where features seldom are; else over the southern one,
      // else in the middle: the first place clear of the features' markers
      FontMetrics metrics = g.getFontMetrics(font);
      double w = metrics.stringWidth(name);
      double h = metrics.getAscent();
      Coordinate[] chord = meridianInside(outline);
      Point inside = outline.getInteriorPoint();
      List<Rectangle2D> places =
          List.of(
              new Rectangle2D.Double(x(chord[0].x) - w / 2, y(chord[0].y) + 8 * u, w, h),
              new Rectangle2D.Double(x(chord[1].x) - w / 2, y(chord[1].y) - 8 * u - h, w, h),
              new Rectangle2D.Double(x(inside.getX()) - w / 2, y(inside.getY()) - h / 2, w, h));
      Rectangle2D place =
          places.stream()
              .filter(p -> taken.stream().noneMatch(t -> t.intersects(p)))
              .findFirst()
              .orElse(places.get(0));
      taken.add(place);
      centred(g, font, GRID_LINE, name, place.getCenterX(), place.getCenterY());
    }
  }

  /**
   * The northernmost and southernmost points inside a polygon on the meridian through its interior
   * point.
   */
  private static Coordinate[] meridianInside(Polygon polygon) {
    Point inside = polygon.getInteriorPoint();
    Envelope box = polygon.getEnvelopeInternal();
    LineString meridian =
        MapGeometry.FACTORY.createLineString(
            new Coordinate[] {
              new Coordinate(inside.getX(), box.getMaxY() + 1),
              new Coordinate(inside.getX(), box.getMinY() - 1)
            });
    Coordinate top = inside.getCoordinate();
    Coordinate bottom = inside.getCoordinate();
    for (Coordinate c : polygon.intersection(meridian).getCoordinates()) {
      top = c.y > top.y ? c : top;
      bottom = c.y < bottom.y ? c : bottom;
    }
    return new Coordinate[] {top, bottom};
  }

  /** Where the point features' markers go, before anything is labelled. */
  private void reserveMarkers() {
    double r = MARKER * u;
    for (MapFeature feature : content.features()) {
      if (feature.shape() instanceof Point point) {
        double cx = x(point.getX());
        double cy = y(point.getY());
        taken.add(new Rectangle2D.Double(cx - r, cy - r, 2 * r, 2 * r));
      }
    }
  }

  private void features(Graphics2D g) {
    // areas first, points on top of them
    for (MapFeature feature : content.features()) {
      if (feature.shape() instanceof Polygon area) {
        Shape shape = path(area);
        Color colour = colourOf(feature.colour());
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 180));
        g.fill(shape);
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(1.6f * u, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
      }
    }
    double r = MARKER * u;
    for (MapFeature feature : content.features()) {
      if (feature.shape() instanceof Point point) {
        marker(g, feature.colour(), x(point.getX()), y(point.getY()), r);
      }
    }
    for (MapFeature feature : content.features()) {
      Geometry shape = feature.shape();
      Rectangle2D around =
          shape instanceof Point point
              ? new Rectangle2D.Double(x(point.getX()) - r, y(point.getY()) - r, 2 * r, 2 * r)
              : path((Polygon) shape).getBounds2D();
      label(g, feature.name(), around);
    }
  }

  /** A feature's marker: a disc of its colour with a dark outline (which white needs). */
  private void marker(Graphics2D g, MapColour colour, double cx, double cy, double r) {
    Shape disc = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    g.setColor(colourOf(colour));
    g.fill(disc);
    g.setColor(OUTLINE);
    g.setStroke(new BasicStroke(1.8f * u));
    g.draw(disc);
  }

  /**
   * A feature's name on a white ground beside its marker or area ({@code around}): right of it,
   * else left, below or above, whichever first is inside the frame and clear of the names and
   * markers already there.
   */
  private void label(Graphics2D g, String name, Rectangle2D around) {
    Font font = regular(13);
    FontMetrics metrics = g.getFontMetrics(font);
    double w = metrics.stringWidth(name);
    double h = metrics.getAscent();
    double pad = 3 * u;
    double gap = 4 * u + pad;
    double cx = around.getCenterX();
    double cy = around.getCenterY();
    List<Rectangle2D> places =
        List.of(
            new Rectangle2D.Double(around.getMaxX() + gap, cy - h / 2, w, h),
            new Rectangle2D.Double(around.getMinX() - gap - w, cy - h / 2, w, h),
            new Rectangle2D.Double(cx - w / 2, around.getMaxY() + gap, w, h),
            new Rectangle2D.Double(cx - w / 2, around.getMinY() - gap - h, w, h));
    Rectangle2D frame = new Rectangle2D.Double(frameX, frameY, frameW, frameH);
    List<Rectangle2D> inFrame = places.stream().filter(p -> frame.contains(grown(p, pad))).toList();
    Rectangle2D place =
        inFrame.stream()
            .filter(p -> taken.stream().noneMatch(t -> t.intersects(grown(p, pad))))
            .findFirst()
            .orElse(inFrame.isEmpty() ? places.get(0) : inFrame.get(0));
    taken.add(grown(place, pad));
    g.setColor(new Color(255, 255, 255, 215));
    g.fill(
        new RoundRectangle2D.Double(
            place.getX() - pad, place.getY() - pad, w + 2 * pad, h + 2 * pad, 6 * u, 6 * u));
    g.setColor(INK);
    g.setFont(font);
    g.drawString(name, (float) place.getX(), (float) (place.getY() + h - 1 * u));
  }

  private static Rectangle2D grown(Rectangle2D r, double by) {
    return new Rectangle2D.Double(
        r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
  }

  private void scaleBar(Graphics2D g) {
    double metresPerPixel = METRES_PER_DEGREE / scale;
    int metres = SCALE_STEPS[0];
    for (int step : SCALE_STEPS) {
      if (step / metresPerPixel <= frameW * 0.25) {
        metres = step;
      }
    }
    double length = metres / metresPerPixel;
    double x0 = frameX + 24 * u;
    double y0 = frameY + frameH - 32 * u;
    double barHeight = 8 * u;
    g.setStroke(new BasicStroke(1.2f * u));
    for (int i = 0; i < 4; i++) {
      Shape part = new Rectangle2D.Double(x0 + i * length / 4, y0, length / 4, barHeight);
      g.setColor(i % 2 == 0 ? INK : Color.WHITE);
      g.fill(part);
      g.setColor(INK);
      g.draw(part);
    }
    g.setFont(regular(15));
    String words =
        metres >= 1000 ? (metres / 1000) + text(" 公里", " km") : metres + text(" 米", " m");
    g.drawString("0", (float) x0 - 3 * u, (float) (y0 - 6 * u));
    g.drawString(
        words,
        (float) (x0 + length - g.getFontMetrics().stringWidth(words) / 2.0),
        (float) (y0 - 6 * u));
  }

  private void northArrow(Graphics2D g) {
    double cx = frameX + frameW - 40 * u;
    double top = frameY + 24 * u;
    Path2D arrow = new Path2D.Double();
    arrow.moveTo(cx, top);
    arrow.lineTo(cx + 12 * u, top + 36 * u);
    arrow.lineTo(cx, top + 28 * u);
    arrow.lineTo(cx - 12 * u, top + 36 * u);
    arrow.closePath();
    g.setColor(INK);
    g.fill(arrow);
    centred(g, bold(16), INK, text("北", "N"), cx, top + 54 * u);
  }

  // ---- helpers

  private Shape path(Polygon polygon) {
    Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    ring(path, polygon.getExteriorRing());
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      ring(path, polygon.getInteriorRingN(i));
    }
    return path;
  }

  private void ring(Path2D path, LineString ring) {
    Coordinate[] coordinates = ring.getCoordinates();
    path.moveTo(x(coordinates[0].x), y(coordinates[0].y));
    for (int i = 1; i < coordinates.length; i++) {
      path.lineTo(x(coordinates[i].x), y(coordinates[i].y));
    }
    path.closePath();
  }

  /** A grid's name without its community's, which the title says: 第一网格. */
  private String gridLabel(RegionCode grid) {
    Region region = content.places().get(grid);
    if (region == null) {
      return grid.value();
    }
    if (language == Language.EN && region.nameEn() != null) {
      return region.nameEn();
    }
    Region community = content.places().get(region.parentCode());
    String name = region.name();
    return community != null
            && name.startsWith(community.name())
            && name.length() > community.name().length()
        ? name.substring(community.name().length())
        : name;
  }

  private static void centred(
      Graphics2D g, Font font, Color colour, String text, double cx, double cy) {
    g.setFont(font);
    g.setColor(colour);
    FontMetrics metrics = g.getFontMetrics();
    g.drawString(
        text,
        (float) (cx - metrics.stringWidth(text) / 2.0),
        (float) (cy + metrics.getAscent() / 2.0 - metrics.getDescent() / 2.0));
  }

  static Color colourOf(MapColour colour) {
    return switch (colour) {
      case RED -> RED;
      case YELLOW -> YELLOW;
      case GREEN -> GREEN;
      case WHITE -> WHITE;
    };
  }

  private String text(String zh, String en) {
    return Text.of(zh, en).in(language);
  }

  private Font regular(float size) {
    return MapFonts.regular(size * u);
  }

  private Font bold(float size) {
    return MapFonts.bold(size * u);
  }
}
