package org.shaodian.kernel.internal.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.schema.SchemaReady;
import org.shaodian.kernel.internal.access.AccountRegister;
import org.shaodian.kernel.internal.region.RegionTree;

/**
 * Sets up a new installation so that its first administrator can sign in: once the tables are in
 * place, plants the configured root of the region tree if no region has its code, and opens the
 * configured administrator's account with that jurisdiction if it has none ({@link
 * BootstrapSettings}). It only ever adds what is missing, so it runs at every start and changes
 * nothing on an installation that has both; the roles come from the registry as always. It acts as
 * the system caller {@code system:bootstrap}, and the audit trail says so.
 */
@ApplicationScoped
public class Bootstrap {

  static final String JOB = "bootstrap";

  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

  @Inject
  @ConfigProperty(name = BootstrapSettings.ROOT)
  Optional<String> root;

  @Inject
  @ConfigProperty(name = BootstrapSettings.ADMIN)
  Optional<String> admin;

  @Inject Callers callers;

  @Inject RegionTree tree;

  @Inject AccountRegister accounts;

  void onSchemaReady(@Observes SchemaReady ready) {
    install(root, admin);
  }

  /**
   * Adds what the settings ({@code shaodian.bootstrap.root}, {@code shaodian.bootstrap.admin}) ask
   * for and the installation lacks; an {@link IllegalArgumentException} naming a wrong setting.
   */
  public void install(Optional<String> root, Optional<String> admin) {
    BootstrapSettings settings = BootstrapSettings.parse(root, admin);
    if (settings.root().isEmpty()) {
      return;
    }
    try {
      run(settings);
    } catch (Problem conflict) {
      if (conflict.status() != 409) {
        throw conflict;
      }
      // another server sharing the database did the same at the same moment: look again
      run(settings);
    }
  }

  private void run(BootstrapSettings settings) {
    BootstrapSettings.Root top = settings.root().orElseThrow();
    // to plant the root, the system caller acts within the region it is about to plant
    Region rootRegion =
        new Region(
            top.code(),
            top.name(),
            top.nameEn(),
            top.code().level(),
            null,
            "/" + top.code().value() + "/");
    callers.runAs(
        new CapturedCaller(Caller.system(JOB, rootRegion), Language.ZH),
        () -> {
          boolean planted = tree.plantRoot(top.code(), top.name(), top.nameEn());
          LOG.info(
              () ->
                  "bootstrap: region "
                      + top.code()
                      + (planted ? " planted as the root of the tree" : " was there"));
        });
    // then within the region as stored (it may have been there, and not as a root)
    settings
        .admin()
        .ifPresent(
            principal ->
                callers.runAs(
                    callers.system(JOB, top.code(), Language.ZH),
                    () -> {
                      boolean opened = accounts.openIfAbsent(principal, top.code());
                      LOG.info(
                          () ->
                              "bootstrap: account "
                                  + principal
                                  + (opened ? " opened for " + top.code() : " was there"));
                    }));
  }
}
