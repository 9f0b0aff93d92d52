package db.migration.checkpoints;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.shaodian.checkpoints.internal.inspection.DayPartitions;
import org.shaodian.checkpoints.internal.inspection.InspectionPartitions;
import org.shaodian.kernel.api.ShaodianTime;

/**
 * The two tables that grow without end, inspections and their people, partitioned by duty day on
 * PostgreSQL (issue 11); H2 keeps them plain. A Java migration, as it differs by database and makes
 * one partition per day found in the data: the kernel's {@code ${pg_only}} placeholder comments out
 * single lines only.
 *
 * <p>Both databases: the people get their inspection's {@code duty_day} (the column PostgreSQL
 * partitions them by, so that a day's people go with their day's inspections; a column on H2 too,
 * so that the mapping is one).
 *
 * <p>PostgreSQL: the tables are renamed aside, new partitioned ones made like them (the same
 * columns, types, collations, defaults and checks), one partition per day of the data and of the
 * week around today, and a DEFAULT partition each, so that no insert can ever fail for want of a
 * partition; the rows copied, then the keys, indexes and each day's foreign key made (faster than
 * keeping them up row by row); the old tables dropped. Everything in Flyway's one transaction, with
 * both tables locked first, so that a server still running the previous release cannot write
 * between copy and drop. That server cannot store people afterwards either (it does not give their
 * new {@code duty_day}): deploy this release with the servers stopped (Recreate; devices send
 * again), not rolling. The migration reads and writes every row once: rehearse it on a copy of a
 * large database and time it against the start-up probe.
 *
 * <p>The keys. A partitioned table's unique keys must contain the partition key, so "one inspection
 * per device id" becomes the primary key {@code (id, duty_day)}. That still stores a resend once:
 * the duty day is not sent by the device but taken from the roster (the seat the recorder was
 * signed in on at the recorded time), so the same inspection sent again, to this server or to
 * another at the same moment, carries the same day and collides on the key, as before; a resend
 * after the first was stored is found by its id alone ({@code InspectionDesk.write} looks ids up
 * without the day, in every partition) and its content hash tells a duplicate from a conflict. The
 * edge that remains: two different inspections under one id (a device's bug, or a forged id) that
 * resolve to different duty days and arrive at the same moment on two servers, neither committed
 * when the other looks, are both stored, where the single-column key kept the first and refused the
 * second. One id in two days is then visible ({@code select id from checkpoints_inspection group by
 * id having count(*) > 1}); reading it by id finds either. A roster changed between the two at that
 * same moment could do the same for a true resend; both are judged rare enough to accept rather
 * than keep a table of ids beside the partitions.
 *
 * <p>People: primary key {@code (inspection_id, seq, duty_day)}, their row id (the identity the
 * re-encryption addresses rows by) unique with the day, and the foreign key to their inspection as
 * {@code (inspection_id, duty_day)} from each day's people partition to the same day's inspection
 * partition rather than between the parent tables (the cost of a key to a partitioned table grows
 * with its partitions: {@link DayPartitions}); the DEFAULT partitions have none. So a day's
 * inspection partition cannot be dropped while its people partition exists: detach and drop the
 * people first (docs/operations.md).
 */
public class V6__inspections_partitioned_by_day extends BaseJavaMigration {

  private static final String INSPECTIONS = DayPartitions.INSPECTIONS;
  private static final String PEOPLE = DayPartitions.PEOPLE;
  private static final String OLD_INSPECTIONS = INSPECTIONS + "_unpartitioned";
  private static final String OLD_PEOPLE = PEOPLE + "_unpartitioned";

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    if (!"PostgreSQL".equalsIgnoreCase(db.getMetaData().getDatabaseProductName())) {
      execute(db, "alter table " + PEOPLE + " add column duty_day date");
      execute(
          db,
          "update "
              + PEOPLE
              + " p set duty_day = (select i.duty_day from "
              + INSPECTIONS
              + " i where i.id = p.inspection_id)");
      execute(db, "alter table " + PEOPLE + " alter column duty_day set not null");
      return;
    }
    execute(db, "lock table " + INSPECTIONS + ", " + PEOPLE + " in access exclusive mode");

    // aside, without the names of keys and indexes that the new tables take (a copy reads the
    // old ones whole and needs none of them), and without the people's identity (its sequence)
    execute(db, "alter table " + PEOPLE + " rename to " + OLD_PEOPLE);
    execute(db, "alter table " + INSPECTIONS + " rename to " + OLD_INSPECTIONS);
    dropKeysAndIndexes(db, OLD_PEOPLE);
    dropKeysAndIndexes(db, OLD_INSPECTIONS);
    execute(db, "alter table " + OLD_PEOPLE + " alter column id drop identity if exists");

    execute(
        db,
        "create table "
            + INSPECTIONS
            + " (like "
            + OLD_INSPECTIONS
            + " including defaults including constraints including storage including comments)"
            + " partition by range (duty_day)");
    execute(
        db,
        "create table "
            + PEOPLE
            + " (like "
            + OLD_PEOPLE
            + " including defaults including constraints including storage including comments,"
            + " duty_day date not null) partition by range (duty_day)");
    for (String table : List.of(INSPECTIONS, PEOPLE)) {
      execute(
          db,
          "create table "
              + DayPartitions.defaultPartition(table)
              + " partition of "
              + table
              + " default");
    }
    TreeSet<LocalDate> days = new TreeSet<>(daysIn(db));
    days.addAll(
        DayPartitions.days(
            LocalDate.now(ShaodianTime.ZONE),
            InspectionPartitions.BEHIND,
            InspectionPartitions.BEHIND));
    for (LocalDate day : days) {
      DayPartitions.ensure(db, day);
    }

    execute(db, "insert into " + INSPECTIONS + " select * from " + OLD_INSPECTIONS);
    execute(
        db,
        "alter table "
            + INSPECTIONS
            + " add constraint "
            + "checkpoints_one_inspection_per_device_id primary key (id, duty_day)");
    execute(
        db,
        "create index checkpoints_inspection_page on "
            + INSPECTIONS
            + " (region_path, recorded_at, id)");
    execute(
        db,
        "create index checkpoints_inspection_day on " + INSPECTIONS + " (checkpoint_id, duty_day)");
    execute(
        db,
        "alter table "
            + INSPECTIONS
            + " add constraint checkpoints_inspection_checkpoint_id_fkey"
            + " foreign key (checkpoint_id) references checkpoints_checkpoint (id)");
    execute(
        db,
        "insert into "
            + PEOPLE
            + " select p.*, i.duty_day from "
            + OLD_PEOPLE
            + " p join "
            + OLD_INSPECTIONS
            + " i on i.id = p.inspection_id");
    execute(
        db,
        "alter table "
            + PEOPLE
            + " add constraint checkpoints_inspected_person_pkey"
            + " primary key (inspection_id, seq, duty_day)");
    execute(
        db,
        "alter table "
            + PEOPLE
            + " add constraint checkpoints_inspected_person_id_key unique (id, duty_day)");
    execute(db, "create index checkpoints_inspected_person_id on " + PEOPLE + " (id_index)");
    execute(db, "alter table " + PEOPLE + " alter column id add generated by default as identity");
    execute(
        db,
        "select setval(pg_get_serial_sequence('"
            + PEOPLE
            + "', 'id'), (select coalesce(max(id), 0) + 1 from "
            + PEOPLE
            + "), false)");
    // each inspection partition's copy of the key is named after the rule (ConstraintRule)
    for (String partition : DayPartitions.partitionNames(db, INSPECTIONS)) {
      DayPartitions.nameKey(db, partition);
    }
    // each day's people refer to the day's inspections (DayPartitions: why not the parents)
    for (LocalDate day : days) {
      DayPartitions.linkPeople(db, day);
    }

    execute(db, "drop table " + OLD_PEOPLE);
    execute(db, "drop table " + OLD_INSPECTIONS);
  }

  private static List<LocalDate> daysIn(Connection db) throws SQLException {
    List<LocalDate> days = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("select distinct duty_day from " + OLD_INSPECTIONS)) {
      while (rs.next()) {
        days.add(rs.getObject(1, LocalDate.class));
      }
    }
    return days;
  }

  /** Foreign keys first (another table's may refer to a key), then keys, then other indexes. */
  private static void dropKeysAndIndexes(Connection db, String table) throws SQLException {
    for (String kinds : List.of("'f'", "'p', 'u'")) {
      List<String> constraints = new ArrayList<>();
      try (PreparedStatement st =
          db.prepareStatement(
              "select conname from pg_constraint where conrelid = to_regclass(?)"
                  + " and contype in ("
                  + kinds
                  + ")")) {
        st.setString(1, table);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            constraints.add(rs.getString(1));
          }
        }
      }
      for (String constraint : constraints) {
        execute(db, "alter table " + table + " drop constraint \"" + constraint + "\"");
      }
    }
    List<String> indexes = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement("select indexname from pg_indexes where tablename = ?")) {
      st.setString(1, table);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          indexes.add(rs.getString(1));
        }
      }
    }
    for (String index : indexes) {
      execute(db, "drop index \"" + index + "\"");
    }
  }

  private static void execute(Connection db, String sql) throws SQLException {
    DayPartitions.execute(db, sql);
  }
}
