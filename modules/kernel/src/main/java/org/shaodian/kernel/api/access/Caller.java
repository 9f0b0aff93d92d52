package org.shaodian.kernel.api.access;

import java.util.Set;
import org.shaodian.kernel.api.region.Region;

/** Who is calling: a name, roles and a jurisdiction (the part of the region tree they may see). */
public record Caller(String name, Set<Role> roles, Region jurisdiction) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean may(Permission permission) {
    return permission.grantedTo().stream().anyMatch(roles::contains);
  }

  public JurisdictionScope scope() {
    return new JurisdictionScope(jurisdiction);
  }
}
