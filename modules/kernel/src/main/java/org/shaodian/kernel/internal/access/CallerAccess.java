package org.shaodian.kernel.internal.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.access.Permission;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;

/**
 * Access for requests and background work alike: the caller is the one work runs as ({@link
 * ThreadCallers}), or else the request's ({@link RequestCaller}).
 */
@ApplicationScoped
public class CallerAccess implements Access {

  static final Text REGION = Text.of("区域", "Region");

  @Inject Instance<RequestCaller> requestCaller;

  @Inject Regions regions;

  @Override
  public Caller caller() {
    return ActingCallers.current().map(CapturedCaller::caller).orElseGet(this::requestCaller);
  }

  private Caller requestCaller() {
    try {
      return requestCaller.get().get();
    } catch (ContextNotActiveException outsideRequest) {
      throw new IllegalStateException(
          "no caller on this thread: background work must run as a captured or system caller"
              + " (Callers.runAs)",
          outsideRequest);
    }
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
    return regions
        .find(where)
        .filter(region -> current.scope().covers(region))
        .orElseThrow(() -> Problem.notFound(REGION));
  }

  @Override
  public void requireWithin(Permission permission, String regionPath, Text what) {
    Caller current = require(permission);
    if (regionPath == null || !current.scope().covers(regionPath)) {
      throw Problem.notFound(what);
    }
  }

  @Override
  public JurisdictionScope scope(Permission permission, RegionCode narrowTo) {
    if (narrowTo == null) {
      return require(permission).scope();
    }
    return new JurisdictionScope(require(permission, narrowTo));
  }
}
