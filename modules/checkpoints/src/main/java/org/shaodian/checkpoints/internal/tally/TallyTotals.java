package org.shaodian.checkpoints.internal.tally;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;

/**
 * The totals to date of every tally row and its series counted again from the rows' own counts,
 * over JDBC: for the migration that brought them in, and for whoever writes tally rows outside the
 * application (demo data, a benchmark's loader). Not while the application counts: it rewrites
 * every series.
 */
public final class TallyTotals {

  private TallyTotals() {}

  /** Counts the totals again; returns the number of tally rows whose totals changed. */
  public static int recount(Connection db) throws SQLException {
    int changed = 0;
    try (Statement st = db.createStatement();
        PreparedStatement update =
            db.prepareStatement(
                "update checkpoints_tally set inspections_to_date = ?, people_to_date = ?"
                    + " where checkpoint_id = ? and subject = ? and vehicle_kind = ?"
                    + " and outcome = ? and duty_day = ? and shift_no = ?");
        PreparedStatement series =
            db.prepareStatement(
                "insert into checkpoints_tally_series (checkpoint_id, subject, vehicle_kind,"
                    + " outcome, region_path, first_day, last_day, last_shift, inspections,"
                    + " people) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.executeUpdate("delete from checkpoints_tally_series");
      Series current = null;
      int pending = 0;
      try (ResultSet rs =
          st.executeQuery(
              "select checkpoint_id, subject, vehicle_kind, outcome, duty_day, shift_no,"
                  + " region_path, inspections, people, inspections_to_date, people_to_date"
                  + " from checkpoints_tally order by checkpoint_id, subject, vehicle_kind,"
                  + " outcome, duty_day, shift_no")) {
        while (rs.next()) {
          Series of =
              new Series(
                  rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4));
          if (!of.equals(current)) {
            if (current != null) {
              current.insert(series);
            }
            current = of;
            current.firstDay = rs.getDate(5);
          }
          current.regionPath = rs.getString(7);
          current.lastDay = rs.getDate(5);
          current.lastShift = rs.getInt(6);
          current.inspections += rs.getLong(8);
          current.people += rs.getLong(9);
          if (rs.getLong(10) != current.inspections || rs.getLong(11) != current.people) {
            update.setLong(1, current.inspections);
            update.setLong(2, current.people);
            update.setObject(3, current.checkpoint);
            update.setString(4, current.subject);
            update.setString(5, current.vehicleKind);
            update.setString(6, current.outcome);
            update.setDate(7, current.lastDay);
            update.setInt(8, current.lastShift);
            update.addBatch();
            changed++;
            if (++pending % 1_000 == 0) {
              update.executeBatch();
            }
          }
        }
      }
      if (current != null) {
        current.insert(series);
      }
      update.executeBatch();
      series.executeBatch();
    }
    return changed;
  }

  /** A series being counted: its key (equality), its last row and totals so far. */
  private static final class Series {
    final UUID checkpoint;
    final String subject;
    final String vehicleKind;
    final String outcome;
    String regionPath;
    Date firstDay;
    Date lastDay;
    int lastShift;
    long inspections;
    long people;

    Series(UUID checkpoint, String subject, String vehicleKind, String outcome) {
      this.checkpoint = checkpoint;
      this.subject = subject;
      this.vehicleKind = vehicleKind;
      this.outcome = outcome;
    }

    void insert(PreparedStatement series) throws SQLException {
      series.setObject(1, checkpoint);
      series.setString(2, subject);
      series.setString(3, vehicleKind);
      series.setString(4, outcome);
      series.setString(5, regionPath);
      series.setDate(6, firstDay);
      series.setDate(7, lastDay);
      series.setInt(8, lastShift);
      series.setLong(9, inspections);
      series.setLong(10, people);
      series.addBatch();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Series s
          && checkpoint.equals(s.checkpoint)
          && subject.equals(s.subject)
          && vehicleKind.equals(s.vehicleKind)
          && outcome.equals(s.outcome);
    }

    @Override
    public int hashCode() {
      return Objects.hash(checkpoint, subject, vehicleKind, outcome);
    }
  }
}
