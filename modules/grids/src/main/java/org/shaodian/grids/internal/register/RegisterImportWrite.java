package org.shaodian.grids.internal.register;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.grids.internal.register.sheet.RegisterSheet;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * A register import, in one transaction, as the sheet is read: a thousand rows at a time are
 * checked ({@link RegisterRows}), the residents already registered among them found by their ID
 * numbers' blind indexes, then buildings and dwellings added where missing and residents added or
 * updated in place (a re-import never duplicates), flushed and let go; the audit entry lists them
 * as they are written. Memory hardly grows with the sheet: only the grid's buildings, the ID
 * numbers met (12 bytes a row) and the first row errors are kept.
 *
 * <p>All or nothing: once a row is wrong nothing more is written (the rest is still checked, so
 * that the grid worker sees every error), and the transaction is rolled back at the end.
 */
@UnitOfWork
@ApplicationScoped
public class RegisterImportWrite {

  /**
   * What an import did: its counts, the first {@link RegisterImport#ERRORS_KEPT} row errors in row
   * order, the number of rows they kept out, and whether anything was written.
   */
  public record Outcome(
      int added,
      int updated,
      int unchanged,
      List<RegisterRows.RowError> errors,
      int rowsRejected,
      boolean applied) {}

  /** Hears how far an import is; called from inside its transaction, after each chunk. */
  public interface Progress {
    void at(int rowsRead, int rowsRejected, boolean sheetRead);
  }

  /** Rows looked up and written at a time. */
  private static final int CHUNK = 1000;

  @PersistenceContext(unitName = "grids")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Access access;

  @Inject ResidentRegister register;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @GridAccess(GridPermission.REGISTER_WRITE)
  public Outcome write(
      RegionCode gridCode, UUID importId, Path sheet, boolean allOrNothing, Progress progress) {
    Region grid = register.grid(gridCode, GridPermission.REGISTER_WRITE);
    Run run =
        new Run(
            grid,
            access.scope(GridPermission.REGISTER_WRITE, null),
            clock.instant(),
            allOrNothing,
            audit.recordBulk(
                AuditEvent.of(
                    RegisterAudit.IMPORTED,
                    RegisterAudit.REGISTER_IMPORT,
                    importId.toString(),
                    grid.path()),
                RegisterAudit.RESIDENT),
            progress);
    RegisterSheet.read(sheet, run::read);
    run.writeChunk();
    progress.at(run.rowsRead, run.rowsRejected, true);
    if (run.rowsRejected > 0 && allOrNothing) {
      // the chunks written before the first error go with the rest of the transaction
      transactions.setRollbackOnly();
      return new Outcome(0, 0, 0, run.errors, run.rowsRejected, false);
    }
    run.entry.summarise(
        "grid="
            + grid.code()
            + " added="
            + run.added
            + " updated="
            + run.updated
            + " unchanged="
            + run.unchanged
            + " rejected="
            + run.rowsRejected);
    return new Outcome(run.added, run.updated, run.unchanged, run.errors, run.rowsRejected, true);
  }

  /** One import's state while its sheet is read. */
  private final class Run {

    final Region grid;
    final JurisdictionScope scope;
    final Instant now;
    final boolean allOrNothing;
    final AuditTrail.Bulk entry;
    final Progress progress;
    final RegisterRows rows;
    final Places places;

    final List<RegisterRows.Checked> chunk = new ArrayList<>(CHUNK);
    final List<RegisterRows.RowError> chunkErrors = new ArrayList<>();
    int chunkRows;

    final List<RegisterRows.RowError> errors = new ArrayList<>();
    int rowsRead;
    int rowsRejected;
    int added;
    int updated;
    int unchanged;

    Run(
        Region grid,
        JurisdictionScope scope,
        Instant now,
        boolean allOrNothing,
        AuditTrail.Bulk entry,
        Progress progress) {
      this.grid = grid;
      this.scope = scope;
      this.now = now;
      this.allOrNothing = allOrNothing;
      this.entry = entry;
      this.progress = progress;
      this.rows = new RegisterRows(LocalDate.ofInstant(now, ShaodianTime.ZONE));
      this.places = new Places(grid, now);
    }

    void read(RegisterSheet.Row row) {
      rows.check(row, chunkErrors).ifPresent(chunk::add);
      rowsRead++;
      if (++chunkRows == CHUNK) {
        writeChunk();
        progress.at(rowsRead, rowsRejected, false);
      }
    }

    /** The chunk's residents looked up, checked against the caller's jurisdiction and written. */
    void writeChunk() {
      Map<String, Resident> registered = new HashMap<>();
      if (!chunk.isEmpty()) {
        em.createQuery("select r from Resident r where r.idNumberIndex in :ids", Resident.class)
            .setParameter("ids", chunk.stream().map(RegisterRows.Checked::index).toList())
            .getResultList()
            .forEach(r -> registered.put(r.idNumberIndex(), r));
      }
      List<RegisterRows.Checked> writable = new ArrayList<>();
      for (RegisterRows.Checked row : chunk) {
        Resident known = registered.get(row.index());
        if (known != null && !scope.covers(known.regionPath())) {
          chunkErrors.add(
              new RegisterRows.RowError(
                  row.row(),
                  RegisterColumn.ID_NUMBER.heading(),
                  Text.of(
                      "此人已在您辖区以外的网格登记,请联系该网格迁出",
                      "registered in a grid outside your jurisdiction: ask that grid to move them"
                          + " out")));
        } else {
          writable.add(row);
        }
      }
      if (allOrNothing && (rowsRejected > 0 || !chunkErrors.isEmpty())) {
        // nothing of it would be kept: only checked, so that every error is reported
        writable.clear();
      }
      // buildings, then dwellings, then residents, each in its own flush: each refers to the one
      // before by id, which Hibernate's ordering of inserts does not know
      places.lookUp(writable);
      writable.forEach(places::building);
      em.flush();
      writable.forEach(places::dwelling);
      em.flush();
      List<String> touched = new ArrayList<>();
      for (RegisterRows.Checked row : writable) {
        Resident known = registered.get(row.index());
        if (known == null) {
          Resident resident = Resident.register(row.details(), places.dwelling(row), now);
          em.persist(resident);
          touched.add(resident.id().toString());
          added++;
        } else if (known.change(row.details(), places.dwelling(row), now).isEmpty()) {
          unchanged++;
        } else {
          touched.add(known.id().toString());
          updated++;
        }
      }
      // in row order; a row's own errors in the order of its columns
      chunkErrors.sort(Comparator.comparingInt(RegisterRows.RowError::row));
      rowsRejected += RegisterRows.rowsIn(chunkErrors);
      for (RegisterRows.RowError error : chunkErrors) {
        if (errors.size() < RegisterImport.ERRORS_KEPT) {
          errors.add(error);
        }
      }
      em.flush();
      em.clear();
      entry.list(touched);
      chunk.clear();
      chunkErrors.clear();
      chunkRows = 0;
    }
  }

  /**
   * The grid's buildings by name, loaded once and added as rows name new ones (one for every
   * hundred or so residents); the dwellings of the chunk's buildings, looked up chunk by chunk and
   * added as rows name new ones. After each chunk they are detached, and only their ids are used.
   */
  private final class Places {

    final Region grid;
    final Instant now;
    final Map<String, Building> buildings = new HashMap<>();
    final Map<String, Dwelling> dwellings = new HashMap<>();

    Places(Region grid, Instant now) {
      this.grid = grid;
      this.now = now;
      em.createQuery("select b from Building b where b.gridCode = :grid", Building.class)
          .setParameter("grid", grid.code().value())
          .getResultList()
          .forEach(b -> buildings.put(b.name(), b));
    }

    /** The dwellings of the rows' buildings that are registered already; the last chunk's go. */
    void lookUp(List<RegisterRows.Checked> rows) {
      dwellings.clear();
      Map<UUID, String> names = new HashMap<>();
      for (RegisterRows.Checked row : rows) {
        Building known = buildings.get(row.building());
        if (known != null) {
          names.put(known.id(), known.name());
        }
      }
      if (!names.isEmpty()) {
        em.createQuery("select d from Dwelling d where d.building in :buildings", Dwelling.class)
            .setParameter("buildings", names.keySet())
            .getResultList()
            .forEach(
                d -> dwellings.put(names.get(d.building()) + "/" + d.unit() + "/" + d.room(), d));
      }
    }

    Building building(RegisterRows.Checked row) {
      return buildings.computeIfAbsent(
          row.building(),
          name -> {
            Building added = Building.of(grid, name, now);
            em.persist(added);
            return added;
          });
    }

    /** The row's dwelling: one of the chunk's looked up or added before, or added now. */
    Dwelling dwelling(RegisterRows.Checked row) {
      Building building = building(row);
      return dwellings.computeIfAbsent(
          row.dwellingKey(),
          key -> {
            Dwelling added = building.dwelling(row.unit(), row.room(), now);
            em.persist(added);
            return added;
          });
    }
  }
}
