package org.shaodian.kernel.internal.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.access.Permission;
import org.shaodian.kernel.api.access.Role;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;

/**
 * Access as the container sees the caller: the principal and roles from Liberty's security
 * (registry users, or MP-JWT with its {@code groups}), the jurisdiction from the {@code
 * jurisdiction} claim of a JWT or the account table for registry users.
 */
@RequestScoped
public class ContainerAccess implements Access {

  /** The JWT claim that names the caller's jurisdiction (a region code). */
  public static final String JURISDICTION_CLAIM = "jurisdiction";

  @Inject SecurityContext security;

  @Inject Regions regions;

  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  private Caller caller;

  @Override
  public Caller caller() {
    if (caller == null) {
      caller = resolve();
    }
    return caller;
  }

  @Override
  public Caller require(Permission permission) {
    Caller current = caller();
    if (!current.may(permission)) {
      throw Problem.forbidden(
          Text.of("您的角色无权执行此操作", "Your role does not allow this (" + permission.name() + ")"));
    }
    return current;
  }

  @Override
  public Region require(Permission permission, RegionCode where) {
    Caller current = require(permission);
    Region region = regions.get(where);
    if (!current.scope().covers(region)) {
      throw outsideJurisdiction();
    }
    return region;
  }

  @Override
  public void requireWithin(Permission permission, String regionPath) {
    if (!require(permission).scope().covers(regionPath)) {
      throw outsideJurisdiction();
    }
  }

  @Override
  public JurisdictionScope scope(Permission permission, RegionCode narrowTo) {
    if (narrowTo == null) {
      return require(permission).scope();
    }
    return new JurisdictionScope(require(permission, narrowTo));
  }

  private static Problem outsideJurisdiction() {
    return Problem.forbidden(Text.of("超出您的辖区范围", "This lies outside your jurisdiction"));
  }

  private Caller resolve() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      throw Problem.unauthenticated();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Optional<String> jurisdiction;
    if (principal instanceof JsonWebToken jwt) {
      jwt.getGroups().forEach(group -> Role.byId(group).ifPresent(roles::add));
      jurisdiction =
          Optional.ofNullable(jwt.<Object>getClaim(JURISDICTION_CLAIM)).map(String::valueOf);
    } else {
      for (Role role : Role.values()) {
        if (security.isCallerInRole(role.id())) {
          roles.add(role);
        }
      }
      jurisdiction =
          Optional.ofNullable(em.find(Account.class, principal.getName()))
              .map(Account::jurisdictionCode);
    }
    Region region =
        jurisdiction
            .filter(RegionCode::isValid)
            .flatMap(code -> regions.find(RegionCode.of(code)))
            .orElseThrow(
                () ->
                    Problem.forbidden(
                        Text.of(
                            "您的账号未设置辖区,请联系管理员",
                            "Your account has no jurisdiction; ask an administrator to set one")));
    return new Caller(principal.getName(), roles, region);
  }
}
