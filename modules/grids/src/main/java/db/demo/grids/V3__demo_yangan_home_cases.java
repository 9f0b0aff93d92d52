package db.demo.grids;

import db.demo.rosters.V3__demo_yangan_people;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.personal.IdNumber;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.text.NameOrder;

/**
 * Home health management in Yang'an: six open cases in grids 1 to 3 — home isolation, home
 * observation, daily monitoring — visited day by day since they began, except that the first grid's
 * home isolation missed yesterday's visit: one overdue. What visits found is sealed.
 */
public class V3__demo_yangan_home_cases extends BaseJavaMigration {

  private static final String[][] CASES = {
    // name, ID number's first 17, kind, grid, days ago it began, days, tests
    {"叶建华", "33018219780312051", "HOME_ISOLATION", "1", "5", "14", "1,4,7,14"},
    {"汪丽英", "33018219860921062", "HOME_OBSERVATION", "1", "3", "7", "1,4,7"},
    {"程志明", "33018219550708073", "DAILY_MONITORING", "2", "2", "7", "1,7"},
    {"应春梅", "33018219920215084", "HOME_ISOLATION", "2", "9", "14", "1,4,7,14"},
    {"洪德新", "33018219670430095", "HOME_OBSERVATION", "3", "1", "7", "1,4,7"},
    {"方秀兰", "33018220010111016", "DAILY_MONITORING", "3", "4", "7", "1,7"}
  };

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    OffsetDateTime stamp = OffsetDateTime.now(ZoneOffset.UTC);
    LocalDate today = LocalDate.now(ShaodianTime.ZONE);
    try (PreparedStatement homeCase =
            db.prepareStatement(
                "insert into grids_home_case (id, place_code, region_path, kind, name, name_key,"
                    + " id_number, id_number_index, phone, starts_on, ends_on, visit_every,"
                    + " test_days, state, extended_days, source, reference, open_key, opened_by,"
                    + " opened_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, 1, ?, 'OPEN', 0, 'grids', '',"
                    + " ?, 'yangan-grid', ?, 0)");
        PreparedStatement visit =
            db.prepareStatement(
                "insert into grids_case_visit (id, case_id, visited_on, test_taken, seal_intact,"
                    + " fever, observation, recorded_by, recorded_at)"
                    + " values (?, ?, ?, ?, true, false, ?, 'yangan-grid', ?)")) {
      for (int i = 0; i < CASES.length; i++) {
        String[] c = CASES[i];
        UUID id = UUID.nameUUIDFromBytes(("shaodian-demo/home-case/" + i).getBytes());
        String number = c[1] + IdNumber.checkDigit(c[1]);
        String index = Sealed.blindIndex(IdNumber.of(number));
        int grid = Integer.parseInt(c[3]);
        LocalDate starts = today.minusDays(Long.parseLong(c[4]));
        homeCase.setObject(1, id);
        homeCase.setString(2, V3__demo_yangan_people.gridCode(grid));
        homeCase.setString(3, V3__demo_yangan_people.gridPath(grid));
        homeCase.setString(4, c[2]);
        homeCase.setString(5, c[0]);
        homeCase.setBytes(6, NameOrder.key(c[0]));
        homeCase.setString(7, Sealed.seal("IdNumber", number));
        homeCase.setString(8, index);
        homeCase.setObject(9, starts);
        homeCase.setObject(10, starts.plusDays(Long.parseLong(c[5]) - 1));
        homeCase.setString(11, c[6]);
        homeCase.setString(12, index);
        homeCase.setObject(13, stamp);
        homeCase.addBatch();
        java.util.Set<String> testDays = java.util.Set.of(c[6].split(","));
        for (LocalDate day = starts; day.isBefore(today); day = day.plusDays(1)) {
          if (i == 0 && day.equals(today.minusDays(1))) {
            continue; // the missed visit
          }
          long dayNo = java.time.temporal.ChronoUnit.DAYS.between(starts, day) + 1;
          visit.setObject(1, UUID.randomUUID());
          visit.setObject(2, id);
          visit.setObject(3, day);
          visit.setBoolean(4, testDays.contains(String.valueOf(dayNo)));
          visit.setString(5, Sealed.seal("HealthNote", "36." + (4 + (int) (dayNo % 5)) + "℃,无症状"));
          visit.setObject(6, stamp);
          visit.addBatch();
        }
      }
      homeCase.executeBatch();
      visit.executeBatch();
    }
  }
}
