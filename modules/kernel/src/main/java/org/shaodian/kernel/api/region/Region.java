package org.shaodian.kernel.api.region;

/**
 * A place in the administrative tree.
 *
 * @param path the codes from the root down to this place, as {@code /330100/330182/…/}; a place
 *     lies within another when its path starts with the other's path
 */
public record Region(
    RegionCode code,
    String name,
    String nameEn,
    RegionLevel level,
    RegionCode parentCode,
    String path) {

  public boolean isWithin(Region ancestor) {
    return path.startsWith(ancestor.path());
  }
}
