package org.shaodian.grids.internal.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.shaodian.grids.api.RegisterImportState;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * The imports of register spreadsheets, each step its own short transaction: queued at upload,
 * progress while the rows are read and written, the outcome once committed (the write itself is
 * {@link RegisterImportWrite}, one transaction). The background steps run as the caller who
 * uploaded.
 */
@UnitOfWork
@ApplicationScoped
public class RegisterImports {

  static final Text IMPORT = Text.of("导入任务", "Import");

  @PersistenceContext(unitName = "grids")
  EntityManager em;

  @Inject Access access;

  @Inject ResidentRegister register;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @GridAccess(GridPermission.REGISTER_WRITE)
  public RegisterImport queue(RegionCode gridCode, String fileName, boolean allOrNothing) {
    Region grid = register.grid(gridCode, GridPermission.REGISTER_WRITE);
    RegisterImport job =
        RegisterImport.queued(
            grid, fileName, allOrNothing, access.caller().name(), clock.instant());
    em.persist(job);
    em.flush();
    audit.record(
        AuditEvent.of(
                RegisterAudit.UPLOADED,
                RegisterAudit.REGISTER_IMPORT,
                job.id().toString(),
                grid.path())
            .withSummary("grid=" + grid.code() + " allOrNothing=" + allOrNothing));
    return job;
  }

  @GridAccess(GridPermission.GRIDS_READ)
  public RegisterImport get(UUID id) {
    RegisterImport job = em.find(RegisterImport.class, id);
    access.requireWithin(GridPermission.GRIDS_READ, job == null ? null : job.regionPath(), IMPORT);
    job.errors().size(); // read within the transaction
    return job;
  }

  /**
   * How far the import is: rows read (and written, unless refused) so far. Its own transaction,
   * committed at once, so that the grid worker sees progress while the import's is still open.
   */
  @GridAccess(GridPermission.REGISTER_WRITE)
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void progress(UUID id, int rowsRead, int rowsRejected, boolean sheetRead) {
    running(id).progress(rowsRead, rowsRejected, sheetRead);
  }

  @GridAccess(GridPermission.REGISTER_WRITE)
  public void finish(UUID id, RegisterImportWrite.Outcome outcome) {
    RegisterImport job = running(id);
    job.finish(outcome, clock.instant());
    if (!outcome.applied()) {
      audit.record(
          AuditEvent.of(
                  RegisterAudit.IMPORT_REJECTED,
                  RegisterAudit.REGISTER_IMPORT,
                  id.toString(),
                  job.regionPath())
              .withSummary("rejected rows=" + job.rowsRejected() + ", nothing written"));
    }
  }

  /** The import could not finish; the reason is for the grid worker, not a stack trace. */
  @GridAccess(GridPermission.REGISTER_WRITE)
  public void fail(UUID id, String why) {
    RegisterImport job = em.find(RegisterImport.class, id);
    if (job != null && job.state().isRunning()) {
      job.fail(why, clock.instant());
      audit.record(
          AuditEvent.of(
                  RegisterAudit.IMPORT_FAILED,
                  RegisterAudit.REGISTER_IMPORT,
                  id.toString(),
                  job.regionPath())
              .withSummary("failure=" + job.failure()));
    }
  }

  /** Imports a restart interrupted: they cannot resume (the upload is gone) and fail. */
  public List<RegisterImport> interrupted() {
    return em.createQuery(
            "select j from RegisterImport j where j.state in :running", RegisterImport.class)
        .setParameter(
            "running",
            List.of(
                RegisterImportState.QUEUED,
                RegisterImportState.READING,
                RegisterImportState.WRITING))
        .getResultList();
  }

  private RegisterImport running(UUID id) {
    RegisterImport job = em.find(RegisterImport.class, id);
    access.requireWithin(
        GridPermission.REGISTER_WRITE, job == null ? null : job.regionPath(), IMPORT);
    return job;
  }
}
