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
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * A grid's register as a spreadsheet, in the columns the import reads ({@link RegisterColumn}), one
 * resident a row by building, unit, room and name (as the grid worker walks them); ID numbers and
 * phones masked. Written as a stream (POI SXSSF: 200 rows in memory at a time) from one query in
 * the sheet's order, whose rows the database hands over a thousand at a time: the grid is sorted
 * once. (Reading it in chunks re-read and re-sorted the whole grid for each chunk, by offset or by
 * keyset alike, since the order spans buildings, dwellings and residents and no index serves it:
 * time grew with the square of the register.)
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

  /** The grid, checked and audited before the first byte is written; then {@link #write}. */
  @GridAccess(GridPermission.GRIDS_READ)
  public Region prepare(RegionCode gridCode) {
    Region grid = register.grid(gridCode, GridPermission.GRIDS_READ);
    audit.record(
        AuditEvent.of(
                RegisterAudit.EXPORTED, RegisterAudit.RESIDENT, grid.code().value(), grid.path())
            .withSummary("register of grid " + grid.code() + ", masked"));
    return grid;
  }

  @GridAccess(GridPermission.GRIDS_READ)
  public void write(Region grid, OutputStream out) throws IOException {
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
        List<String> cells = each.next().cells();
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
