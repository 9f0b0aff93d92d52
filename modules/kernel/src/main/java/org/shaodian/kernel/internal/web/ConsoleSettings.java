package org.shaodian.kernel.internal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an installation sets for the web console's pages. The map's tile layer is none by default:
 * the four-colour map then draws its grids and points on a plain background, so that it works
 * offline and on an intranet; a town whose network reaches a tile server (its own, or a licensed
 * one) names it in {@code SHAODIAN_CONSOLE_MAP_TILES}, and the pages may then load images from that
 * origin (the Content-Security-Policy, {@link RequestGuard}).
 */
@ApplicationScoped
public class ConsoleSettings {

  private static final Logger LOG = Logger.getLogger(ConsoleSettings.class.getName());

  /** A tile layer: an XYZ URL template and the attribution its licence asks for. */
  @Schema(
      name = "ConsoleMapTiles",
      description =
          "the map's tile layer, as the installation set it; absent: none (the map draws on a"
              + " plain ground)",
      requiredProperties = {"url", "attribution"})
  public record MapTiles(
      @Schema(examples = "https://tiles.example.gov.cn/{z}/{x}/{y}.png") String url,
      String attribution) {}

  @Inject
  @ConfigProperty(name = "shaodian.console.map-tiles")
  Optional<String> template;

  @Inject
  @ConfigProperty(name = "shaodian.console.map-attribution", defaultValue = " ")
  String attribution;

  private volatile Optional<MapTiles> tiles;

  /** The tile layer, or empty: none (a setting that is not a usable template counts as none). */
  public Optional<MapTiles> mapTiles() {
    Optional<MapTiles> known = tiles;
    if (known == null) {
      known = template.map(String::strip).filter(t -> !t.isEmpty()).flatMap(this::usable);
      tiles = known;
    }
    return known;
  }

  /** The origin (scheme, host, port) the tiles come from, for the pages' image sources. */
  public Optional<String> tileOrigin() {
    return mapTiles().map(t -> origin(t.url()));
  }

  private Optional<MapTiles> usable(String url) {
    boolean placeholders =
        url.contains("{z}") && url.contains("{x}") && (url.contains("{y}") || url.contains("{-y}"));
    String origin = placeholders ? origin(url) : null;
    if (origin == null) {
      LOG.log(
          Level.SEVERE,
          "SHAODIAN_CONSOLE_MAP_TILES is not an http(s) URL template of one host with {z}, {x}"
              + " and {y}: the console's map draws without tiles");
      return Optional.empty();
    }
    return Optional.of(new MapTiles(url, attribution.strip()));
  }

  /**
   * scheme://host[:port] of an URL template, or null when it is not an http(s) one, or when its
   * host has a placeholder ({s}: tiles from several hosts, which one origin in the pages' policy
   * would not cover; name one host).
   */
  static String origin(String template) {
    int authority = template.indexOf("://");
    int path = authority < 0 ? -1 : template.indexOf('/', authority + 3);
    if (authority < 0
        || template.substring(authority, path < 0 ? template.length() : path).contains("{")) {
      return null;
    }
    try {
      URI uri = URI.create(template.replaceAll("\\{-?[a-z]}", "0"));
      String scheme = uri.getScheme();
      if (uri.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
        return null;
      }
      return scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
