package org.shaodian.grids.internal.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * The write of a register import, in one transaction: the rows checked, the residents already
 * registered found by their ID numbers' blind indexes, then — unless the caller asked for all or
 * nothing and a row is wrong — buildings and dwellings added where missing, residents added or
 * updated in place (a re-import never duplicates), one audit entry listing them.
 */
@UnitOfWork
@ApplicationScoped
public class RegisterImportWrite {

  /** What an import did, and the rows it kept out. */
  public record Outcome(
      int added, int updated, int unchanged, List<RegisterRows.RowError> errors, boolean applied) {}

  /** Rows looked up and written at a time. */
  private static final int CHUNK = 1000;

  @PersistenceContext(unitName = "grids")
  EntityManager em;

  @Inject Access access;

  @Inject ResidentRegister register;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @GridAccess(GridPermission.REGISTER_WRITE)
  public Outcome write(
      RegionCode gridCode, UUID importId, RegisterRows.Result checked, boolean allOrNothing) {
    Region grid = register.grid(gridCode, GridPermission.REGISTER_WRITE);
    JurisdictionScope scope = access.scope(GridPermission.REGISTER_WRITE, null);
    Instant now = clock.instant();
    List<RegisterRows.RowError> errors = new ArrayList<>(checked.errors());

    // where the residents already registered live, by blind index: paths, not entities, so that
    // memory does not grow with the sheet
    Map<String, String> registeredIn = new HashMap<>();
    List<String> indexes =
        checked.rows().stream().map(row -> Resident.indexOf(row.details().idNumber())).toList();
    for (int from = 0; from < indexes.size(); from += CHUNK) {
      em.createQuery(
              "select r.idNumberIndex, r.regionPath from Resident r where r.idNumberIndex in :ids",
              Object[].class)
          .setParameter("ids", indexes.subList(from, Math.min(indexes.size(), from + CHUNK)))
          .getResultList()
          .forEach(row -> registeredIn.put((String) row[0], (String) row[1]));
    }
    List<RegisterRows.Checked> writable = new ArrayList<>();
    for (RegisterRows.Checked row : checked.rows()) {
      String path = registeredIn.get(Resident.indexOf(row.details().idNumber()));
      if (path != null && !scope.covers(path)) {
        errors.add(
            new RegisterRows.RowError(
                row.row(),
                RegisterColumn.ID_NUMBER.heading(),
                Text.of(
                    "此人已在您辖区以外的网格登记,请联系该网格迁出",
                    "registered in a grid outside your jurisdiction: ask that grid to move them out")));
      } else {
        writable.add(row);
      }
    }
    errors.sort(
        java.util.Comparator.comparingInt(RegisterRows.RowError::row)
            .thenComparing(RegisterRows.RowError::column));
    if (allOrNothing && !errors.isEmpty()) {
      return new Outcome(0, 0, 0, errors, false);
    }

    Map<String, Dwelling> dwellings = dwellings(grid, writable, now);
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    List<String> touched = new ArrayList<>();
    em.flush();
    // a thousand rows at a time, flushed and let go, all in this one transaction
    for (int from = 0; from < writable.size(); from += CHUNK) {
      List<RegisterRows.Checked> chunk =
          writable.subList(from, Math.min(writable.size(), from + CHUNK));
      Map<String, Resident> registered = new HashMap<>();
      em.createQuery("select r from Resident r where r.idNumberIndex in :ids", Resident.class)
          .setParameter(
              "ids", chunk.stream().map(row -> Resident.indexOf(row.details().idNumber())).toList())
          .getResultList()
          .forEach(r -> registered.put(r.idNumberIndex(), r));
      for (RegisterRows.Checked row : chunk) {
        // the dwelling may be detached by now: only its id and path are taken
        Dwelling dwelling = dwellings.get(row.dwellingKey());
        Resident known = registered.get(Resident.indexOf(row.details().idNumber()));
        if (known == null) {
          Resident resident = Resident.register(row.details(), dwelling, now);
          em.persist(resident);
          touched.add(resident.id().toString());
          added++;
        } else if (known.change(row.details(), dwelling, now).isEmpty()) {
          unchanged++;
        } else {
          touched.add(known.id().toString());
          updated++;
        }
      }
      em.flush();
      em.clear();
    }
    audit.record(
        AuditEvent.of(
                RegisterAudit.IMPORTED,
                RegisterAudit.REGISTER_IMPORT,
                importId.toString(),
                grid.path())
            .withSummary(
                "grid="
                    + grid.code()
                    + " added="
                    + added
                    + " updated="
                    + updated
                    + " unchanged="
                    + unchanged
                    + " rejected="
                    + RegisterRows.rowsIn(errors))
            .withItems(RegisterAudit.RESIDENT, touched));
    return new Outcome(added, updated, unchanged, errors, true);
  }

  /** The dwellings the rows name, by building/unit/room: found, or added with their buildings. */
  private Map<String, Dwelling> dwellings(
      Region grid, List<RegisterRows.Checked> rows, Instant now) {
    Map<String, Building> buildings = new HashMap<>();
    em.createQuery("select b from Building b where b.gridCode = :grid", Building.class)
        .setParameter("grid", grid.code().value())
        .getResultList()
        .forEach(b -> buildings.put(b.name(), b));
    Map<String, Dwelling> dwellings = new HashMap<>();
    if (!buildings.isEmpty()) {
      Map<UUID, Building> byId = new HashMap<>();
      buildings.values().forEach(b -> byId.put(b.id(), b));
      em.createQuery("select d from Dwelling d where d.building in :ids", Dwelling.class)
          .setParameter("ids", List.copyOf(byId.keySet()))
          .getResultList()
          .forEach(
              d ->
                  dwellings.put(
                      byId.get(d.building()).name() + "/" + d.unit() + "/" + d.room(), d));
    }
    for (RegisterRows.Checked row : rows) {
      Building building =
          buildings.computeIfAbsent(
              row.building(),
              name -> {
                Building added = Building.of(grid, name, now);
                em.persist(added);
                return added;
              });
      dwellings.computeIfAbsent(
          row.dwellingKey(),
          key -> {
            Dwelling added = building.dwelling(row.unit(), row.room(), now);
            em.persist(added);
            return added;
          });
    }
    return dwellings;
  }
}
