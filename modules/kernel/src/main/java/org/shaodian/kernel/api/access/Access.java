package org.shaodian.kernel.api.access;

import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * The one way to check access, for reads and writes, in every module. Each method fails with a 401
 * problem when nobody is signed in and a 403 problem when the caller lacks the permission or the
 * place lies outside their jurisdiction.
 */
public interface Access {

  /** The signed-in caller. */
  Caller caller();

  /** Requires the permission anywhere in the caller's jurisdiction. */
  Caller require(Permission permission);

  /** Requires the permission at a place, which must lie within the caller's jurisdiction. */
  Region require(Permission permission, RegionCode where);

  /** Requires the permission at a place already looked up (a record's region path). */
  void requireWithin(Permission permission, String regionPath);

  /**
   * Requires the permission and returns the scope to filter a query by: the caller's jurisdiction,
   * or the part of it below {@code narrowTo} when one is given.
   */
  JurisdictionScope scope(Permission permission, RegionCode narrowTo);
}
