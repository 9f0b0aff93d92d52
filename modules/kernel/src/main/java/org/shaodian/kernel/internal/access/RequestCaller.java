package org.shaodian.kernel.internal.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
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
    if (principal instanceof JsonWebToken jwt) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      jwt.getGroups().forEach(group -> Role.byId(group).ifPresent(roles::add));
      return Caller.integration(
          principal.getName(), roles, jurisdiction(jwt.getClaim(JURISDICTION_CLAIM), regions));
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (security.isCallerInRole(role.id())) {
        roles.add(role);
      }
    }
    Region region =
        Optional.ofNullable(em.find(Account.class, principal.getName()))
            .map(Account::jurisdictionCode)
            .filter(RegionCode::isValid)
            .flatMap(code -> regions.find(RegionCode.of(code)))
            .orElseThrow(
                () ->
                    Problem.forbidden(
                        Text.of(
                            "您的账号未设置辖区,请联系管理员",
                            "Your account has no jurisdiction; ask an administrator to set one")));
    return Caller.user(principal.getName(), roles, region);
  }

  /**
   * The region a token's {@code jurisdiction} claim names: a string holding the code of a region of
   * this installation's tree. A token without one, with something else in it, or with a code the
   * tree does not have is refused (403: the token is genuine, but it places its caller nowhere);
   * the detail says which, never the value.
   */
  static Region jurisdiction(Object claim, Regions regions) {
    if (claim == null) {
      throw Problem.forbidden(
          Text.of(
              "令牌没有 jurisdiction(辖区)声明",
              "The token has no jurisdiction claim; its issuer must add one"));
    }
    String code =
        claim instanceof JsonString json
            ? json.getString()
            : claim instanceof String text ? text : null;
    if (!RegionCode.isValid(code)) {
      throw Problem.forbidden(
          Text.of(
              "令牌的 jurisdiction(辖区)声明不是区域代码(6、9、12 或 15 位数字的字符串)",
              "The token's jurisdiction claim is not a region code (a string of 6, 9, 12 or 15"
                  + " digits)"));
    }
    return regions
        .find(RegionCode.of(code))
        .orElseThrow(
            () ->
                Problem.forbidden(
                    Text.of(
                        "令牌的 jurisdiction(辖区)声明不是本系统区域树中的区域",
                        "The token's jurisdiction claim names no region of this installation's"
                            + " region tree")));
  }
}
