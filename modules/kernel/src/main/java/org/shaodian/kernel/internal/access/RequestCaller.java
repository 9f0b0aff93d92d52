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
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.Role;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;

/**
 * The caller of the current HTTP request as the container sees them, resolved once per request: the
 * principal and roles from Liberty's security (registry users, or MP-JWT with its {@code groups}),
 * the jurisdiction from the {@code jurisdiction} claim of a JWT or the account table for registry
 * users.
 */
@RequestScoped
public class RequestCaller {

  /** The JWT claim that names the caller's jurisdiction (a region code). */
  public static final String JURISDICTION_CLAIM = "jurisdiction";

  @Inject SecurityContext security;

  @Inject Regions regions;

  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  private Caller caller;

  Caller get() {
    if (caller == null) {
      caller = resolve();
    }
    return caller;
  }

  private Caller resolve() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      throw Problem.unauthenticated();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Optional<String> jurisdiction;
    boolean integration = principal instanceof JsonWebToken;
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
    return integration
        ? Caller.integration(principal.getName(), roles, region)
        : Caller.user(principal.getName(), roles, region);
  }
}
