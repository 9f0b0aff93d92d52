package org.shaodian.app.tx;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Set;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.access.Permission;
import org.shaodian.kernel.api.access.Role;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;

/**
 * The transaction test signs nobody in: in its archive only, every call is made by a city
 * administrator. Access itself is tested over HTTP.
 */
@Alternative
@Priority(1000)
@RequestScoped
public class TestCallerAccess implements Access {

  @Inject Regions regions;

  @Override
  public Caller caller() {
    return new Caller("tx-test", Set.of(Role.ADMIN), regions.get(RegionCode.of("330100")));
  }

  @Override
  public Caller require(Permission permission) {
    return caller();
  }

  @Override
  public Region require(Permission permission, RegionCode where) {
    return regions.get(where);
  }

  @Override
  public void requireWithin(Permission permission, String regionPath) {}

  @Override
  public JurisdictionScope scope(Permission permission, RegionCode narrowTo) {
    return new JurisdictionScope(
        narrowTo == null ? caller().jurisdiction() : regions.get(narrowTo));
  }
}
