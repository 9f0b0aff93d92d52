package org.shaodian.kernel.internal.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;

/**
 * The register of registry accounts and their jurisdictions. An administrator sees and sets the
 * accounts whose jurisdiction lies within theirs, and gives them a jurisdiction within theirs;
 * nobody sets their own. Each write is one transaction with its audit entries.
 */
@UnitOfWork
@ApplicationScoped
public class AccountRegister {

  static final Text ACCOUNT = Text.of("账号", "Account");

  @PersistenceContext(unitName = "kernel")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  /** What {@link #assign} did: the account as it is now, and whether it was opened. */
  public record Assignment(AccountView account, boolean opened) {}

  /** The accounts within the caller's jurisdiction, by principal. */
  @KernelAccess(KernelPermission.ACCOUNT_ADMIN)
  public Page<AccountView> list(PageRequest request) {
    JurisdictionScope scope = access.scope(KernelPermission.ACCOUNT_ADMIN, null);
    Page<Account> page =
        KeysetQuery.of(em, Account.class, "a")
            .where(
                "a.jurisdictionCode in (select r.code from RegionNode r"
                    + " where r.path >= :scopeStart and r.path < :scopeEnd)")
            .parameter("scopeStart", scope.pathStart())
            .parameter("scopeEnd", scope.pathEnd())
            .orderBy("a.principal", Account::principal)
            .fetch(request);
    Map<RegionCode, Region> names =
        regions.findAll(
            page.items().stream().map(Account::jurisdiction).collect(Collectors.toSet()));
    List<AccountView> views =
        page.items().stream()
            .map(account -> view(account, names.get(account.jurisdiction())))
            .toList();
    return new Page<>(
        views, page.page(), page.size(), page.total(), page.totalExact(), page.next());
  }

  /** One account within the caller's jurisdiction (404 alike for a missing one). */
  @KernelAccess(KernelPermission.ACCOUNT_ADMIN)
  public AccountView get(String principal) {
    Account account = em.find(Account.class, principal);
    return view(account, requireWithin(account));
  }

  /**
   * Gives a registry user a jurisdiction: opens their account if it does not exist, otherwise moves
   * it, based on the version the caller read ({@code expectedVersion}: 428 without one, 412 when
   * stale). The jurisdiction it has and the one it gets both lie within the caller's (404
   * otherwise, as for a missing region or account).
   */
  @KernelAccess(KernelPermission.ACCOUNT_ADMIN)
  public Assignment assign(String principal, Long expectedVersion, RegionCode jurisdiction) {
    Caller caller = access.require(KernelPermission.ACCOUNT_ADMIN);
    if (caller.name().equals(principal)) {
      // nobody widens their own view of the tree
      throw Problem.forbidden(
          Text.of("不能修改自己的账号", "You cannot change your own account; ask another administrator"));
    }
    Account account = em.find(Account.class, principal);
    if (account == null) {
      if (expectedVersion != null) {
        throw Problem.staleVersion();
      }
      Region region = access.require(KernelPermission.ACCOUNT_ADMIN, jurisdiction);
      return new Assignment(open(principal, region), true);
    }
    Region before = requireWithin(account);
    if (expectedVersion == null) {
      throw Problem.preconditionRequired();
    }
    Versions.require(expectedVersion, account.version());
    Region after = access.require(KernelPermission.ACCOUNT_ADMIN, jurisdiction);
    if (account.moveTo(after, clock.instant())) {
      em.flush();
      audit.record(
          AuditEvent.of(AccountAudit.MOVED, AccountAudit.ACCOUNT, principal, before.path())
              .withSummary("from=" + before.code() + " to=" + after.code()));
      audit.record(
          AuditEvent.of(AccountAudit.MOVED_IN, AccountAudit.ACCOUNT, principal, after.path())
              .withSummary("from=" + before.code()));
    }
    return new Assignment(view(account, after), false);
  }

  /**
   * Opens the account with this jurisdiction unless it exists (the bootstrap of an installation);
   * whether it did.
   */
  @KernelAccess(KernelPermission.ACCOUNT_ADMIN)
  public boolean openIfAbsent(String principal, RegionCode jurisdiction) {
    if (em.find(Account.class, principal) != null) {
      return false;
    }
    open(principal, access.require(KernelPermission.ACCOUNT_ADMIN, jurisdiction));
    return true;
  }

  private AccountView open(String principal, Region jurisdiction) {
    Account account = Account.open(principal, jurisdiction, clock.instant());
    em.persist(account);
    em.flush();
    audit.record(
        AuditEvent.of(AccountAudit.OPENED, AccountAudit.ACCOUNT, principal, jurisdiction.path())
            .withSummary("jurisdiction=" + jurisdiction.code()));
    return view(account, jurisdiction);
  }

  /** The account's jurisdiction, if the account exists within the caller's; 404 otherwise. */
  private Region requireWithin(Account account) {
    Region jurisdiction =
        account == null ? null : regions.find(account.jurisdiction()).orElse(null);
    access.requireWithin(
        KernelPermission.ACCOUNT_ADMIN, jurisdiction == null ? null : jurisdiction.path(), ACCOUNT);
    return jurisdiction;
  }

  private static AccountView view(Account account, Region jurisdiction) {
    return new AccountView(
        account.principal(),
        account.jurisdiction(),
        jurisdiction == null ? account.jurisdictionCode() : jurisdiction.name(),
        account.version(),
        OffsetDateTime.ofInstant(account.createdAt(), ShaodianTime.ZONE),
        OffsetDateTime.ofInstant(account.updatedAt(), ShaodianTime.ZONE));
  }
}
