package org.shaodian.grids.internal.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shaodian.grids.api.ResidentFlag;
import org.shaodian.grids.internal.GridAccess;
import org.shaodian.grids.internal.GridPermission;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * A grid's register as a spreadsheet, in the columns the import reads ({@link RegisterColumn}), one
 * resident a row by building, unit, room and name (as the grid worker walks them); ID numbers and
 * phones masked. Written as a stream (POI SXSSF: 200 rows in memory at a time), residents read a
 * thousand at a time.
 */
@UnitOfWork
@ApplicationScoped
public class RegisterExport {

  private static final int READ_CHUNK = 1000;

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
    Map<UUID, String[]> places = new HashMap<>();
    em.createQuery(
            "select d.id, b.name, d.unit, d.room from Dwelling d, Building b"
                + " where d.building = b.id and b.gridCode = :grid",
            Object[].class)
        .setParameter("grid", grid.code().value())
        .getResultList()
        .forEach(
            row ->
                places.put(
                    (UUID) row[0],
                    new String[] {(String) row[1], (String) row[2], (String) row[3]}));
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
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
      int rowNo = 1;
      List<Resident> chunk;
      int first = 0;
      do {
        chunk =
            em.createQuery(
                    "select r from Resident r, Dwelling d, Building b where r.dwelling = d.id"
                        + " and d.building = b.id and b.gridCode = :grid"
                        + " order by b.nameKey, d.unit, d.room, r.nameKey, r.id",
                    Resident.class)
                .setParameter("grid", grid.code().value())
                .setFirstResult(first)
                .setMaxResults(READ_CHUNK)
                .getResultList();
        for (Resident resident : chunk) {
          String[] place = places.get(resident.dwelling());
          Row row = sheet.createRow(rowNo++);
          row.createCell(0).setCellValue(place[0]);
          row.createCell(1).setCellValue(place[1]);
          row.createCell(2).setCellValue(place[2]);
          row.createCell(3).setCellValue(resident.name());
          row.createCell(4).setCellValue(resident.idNumber().masked());
          row.createCell(5).setCellValue(resident.phone() == null ? "" : resident.phone().masked());
          row.createCell(6).setCellValue(resident.relation().label().in(Language.ZH));
          int c = 7;
          for (ResidentFlag flag :
              List.of(
                  ResidentFlag.ELDERLY_LIVING_ALONE,
                  ResidentFlag.NEEDS_HELP,
                  ResidentFlag.PARTY_MEMBER,
                  ResidentFlag.SERVING_PARTY_MEMBER)) {
            row.createCell(c++).setCellValue(resident.flags().contains(flag) ? "是" : "");
          }
        }
        first += chunk.size();
        em.clear();
      } while (chunk.size() == READ_CHUNK);
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }
}
