package org.shaodian.grids.internal.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.personal.Disclosure;
import org.shaodian.kernel.api.personal.RevealForm;
import org.shaodian.kernel.api.personal.Reveals;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * A grid's register as a spreadsheet, in the columns the import reads ({@link RegisterColumn}), one
 * resident a row by building, unit, room and name (as the grid worker walks them); ID numbers and
 * phones masked, or in full for a granted bulk reveal ({@link #prepareFull}). Written as a stream
 * (POI SXSSF: 200 rows in memory at a time) from one query in the sheet's order, whose rows the
 * database hands over a thousand at a time: the grid is sorted once. (Reading it in chunks re-read
 * and re-sorted the whole grid for each chunk, by offset or by keyset alike, since the order spans
 * buildings, dwellings and residents and no index serves it: time grew with the square of the
 * register.)
 */
@UnitOfWork
@ApplicationScoped
public class RegisterExport {

  /** Rows the database hands over at a time while the sheet is written. */
  static final int READ_CHUNK = 1000;

  /** Hibernate's query hint for the JDBC fetch size (PostgreSQL then reads through a cursor). */
  static final String FETCH_SIZE = "org.hibernate.fetchSize";

  @PersistenceContext(unitName = "grids")
  EntityManager em;

  @Inject ResidentRegister register;

  @Inject AuditTrail audit;

  @Inject Reveals reveals;

  /** What is exported: the grid, and how its residents' ID numbers and phones are shown. */
  public record Prepared(Region grid, Disclosure disclosure) {}

  /**
   * The grid's register masked, for any role that reads it: checked and audited before the first
   * byte is written; then {@link #write}.
   */
  @GridAccess(GridPermission.GRIDS_READ)
  public Prepared prepare(RegionCode gridCode) {
    Region grid = register.grid(gridCode, GridPermission.GRIDS_READ);
    audit.record(
        AuditEvent.of(
                RegisterAudit.EXPORTED, RegisterAudit.REGISTER, grid.code().value(), grid.path())
            .withSummary("register of grid " + grid.code() + ", masked"));
    return new Prepared(grid, Disclosure.MASKED);
  }

  /**
   * The grid's register with its residents' full ID numbers and phones, for a role that may see
   * them (403 otherwise, before anything else) and a stated reason (400 without one): one bulk
   * reveal of the register by the kernel ({@link Reveals#revealAll}) — recorded with the count of
   * values, audited, and counted against the caller's daily allowance (429 beyond it) — before the
   * first byte is written; then {@link #write}.
   */
  @GridAccess(GridPermission.REGISTER_REVEAL)
  public Prepared prepareFull(RegionCode gridCode, String reason) {
    String why = RevealForm.requireReason("reason", reason);
    Region grid = register.grid(gridCode, GridPermission.REGISTER_REVEAL);
    Object[] counts =
        em.createQuery(
                "select count(r), count(r.phone) from Resident r, Dwelling d, Building b"
                    + " where r.dwelling = d.id and d.building = b.id and b.gridCode = :grid",
                Object[].class)
            .setParameter("grid", grid.code().value())
            .getSingleResult();
    long residents = ((Number) counts[0]).longValue();
    long phones = ((Number) counts[1]).longValue();
    Disclosure full =
        reveals.revealAll(
            new Reveals.Request(
                RegisterAudit.REGISTER, grid.code().value(), grid.path(), "idNumber,phone", why),
            Math.toIntExact(residents + phones));
    audit.record(
        AuditEvent.of(
                RegisterAudit.EXPORTED, RegisterAudit.REGISTER, grid.code().value(), grid.path())
            .withSummary(
                "register of grid "
                    + grid.code()
                    + ", full values: residents="
                    + residents
                    + " phones="
                    + phones));
    return new Prepared(grid, full);
  }

  @GridAccess(GridPermission.GRIDS_READ)
  public void write(Prepared export, OutputStream out) throws IOException {
    Region grid = export.grid();
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try (Stream<RegisterLine> lines =
        em.createQuery(
                "select new org.shaodian.grids.internal.register.RegisterLine(b.name, d.unit,"
                    + " d.room, r.name, r.idNumber, r.phone, r.relation, r.elderlyLivingAlone,"
                    + " r.needsHelp, r.partyMember, r.servingPartyMember)"
                    + " from Resident r, Dwelling d, Building b where r.dwelling = d.id"
                    + " and d.building = b.id and b.gridCode = :grid"
                    + " order by b.nameKey, d.unit, d.room, r.nameKey, r.id",
                RegisterLine.class)
            .setParameter("grid", grid.code().value())
            .setHint(FETCH_SIZE, READ_CHUNK)
            .getResultStream()) {
      Sheet sheet = workbook.createSheet(grid.name());
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row heading = sheet.createRow(0);
      RegisterColumn[] columns = RegisterColumn.values();
      for (int c = 0; c < columns.length; c++) {
        Cell cell = heading.createCell(c);
        cell.setCellValue(columns[c].heading());
        cell.setCellStyle(bold);
      }
      Iterator<RegisterLine> each = lines.iterator();
      for (int rowNo = 1; each.hasNext(); rowNo++) {
        List<String> cells = each.next().cells(export.disclosure());
        Row row = sheet.createRow(rowNo);
        for (int c = 0; c < cells.size(); c++) {
          row.createCell(c).setCellValue(cells.get(c));
        }
      }
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }
}
