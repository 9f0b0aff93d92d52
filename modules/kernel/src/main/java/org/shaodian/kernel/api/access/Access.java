package org.shaodian.kernel.api.access;

import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * The one way to check access, for reads and writes, in every module, for requests and background
 * work alike ({@link Callers}). The answers come in a fixed order and say nothing they should not:
 *
 * <ol>
 *   <li>401 when nobody is signed in;
 *   <li>403 when the caller's role lacks the permission, before anything about the request's body,
 *       its headers or the record is said (REST operations and api methods declare their permission
 *       with their module's {@link PermissionAnnotation} so this happens first);
 *   <li>404 for a record or region outside the caller's jurisdiction, exactly as for one that does
 *       not exist, so that an outsider cannot tell whether an id or an ID number is known.
 * </ol>
 */
public interface Access {

  /** The acting caller: the request's, or the one background work runs as. */
  Caller caller();

  /** Requires the permission anywhere in the caller's jurisdiction (403 otherwise). */
  Caller require(Permission permission);

  /**
   * Requires the permission at a place: the region, or a 404 that is the same whether it does not
   * exist or lies outside the caller's jurisdiction.
   */
  Region require(Permission permission, RegionCode where);

  /**
   * Requires the permission on a record already looked up by its region path; {@code null} for a
   * record that does not exist. A 404 naming {@code what} (without its id) when the record is
   * missing or lies outside the caller's jurisdiction: the two answers are the same.
   */
  void requireWithin(Permission permission, String regionPath, Text what);

  /**
   * Requires the permission and returns the scope to filter a query by: the caller's jurisdiction,
   * or the part of it below {@code narrowTo} when one is given (404 as for {@link
   * #require(Permission, RegionCode)}).
   */
  JurisdictionScope scope(Permission permission, RegionCode narrowTo);
}
