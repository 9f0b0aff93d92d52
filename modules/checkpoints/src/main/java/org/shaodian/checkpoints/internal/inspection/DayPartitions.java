package org.shaodian.checkpoints.internal.inspection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day partitions of the two tables that grow without end, {@code checkpoints_inspection} and
 * {@code checkpoints_inspected_person}, on PostgreSQL (declarative partitioning by range of {@code
 * duty_day}; H2 keeps plain tables and none of this runs there). Plain JDBC on a connection whose
 * transaction the caller owns: the migration that partitions the tables (V6) and {@link
 * InspectionPartitions} at run time share it.
 *
 * <p>Each table has one partition a day, {@code <table>_p<yyyymmdd>}, and a DEFAULT partition,
 * {@code <table>_default}, so that no insert can fail for want of a partition. A day's people are
 * in the partition of the same day as their inspection, and refer to it there: each people
 * partition has a foreign key {@code (inspection_id, duty_day)} to the inspection partition of its
 * day ({@link #linkPeople}), not one on the parent tables. A foreign key to a partitioned table is
 * allowed (PostgreSQL 12+), but each of its checks prunes the referenced partitions at run time, at
 * a cost that grows with their number, and the inspection partitions are never dropped (the
 * retention purge keeps the inspections): measured on PostgreSQL 15 with 400 days, 60 µs for each
 * person stored against 6.5 µs without, and 34 s to validate the key over 400,000 people; a key
 * from one plain table to another costs the same on day 1 and day 1,000. The DEFAULT people
 * partition has none (its rows are the exception, and may belong to an inspection in a day's
 * partition); the application writes people only with their inspection, in one transaction.
 */
public final class DayPartitions {

  public static final String INSPECTIONS = "checkpoints_inspection";
  public static final String PEOPLE = "checkpoints_inspected_person";

  /**
   * The rule "one inspection per device id" ({@code CheckpointsSchema}): each inspection
   * partition's copy of the primary key is named after it, {@code <rule>_part_<yyyymmdd>}, so that
   * a resend stored by another server at the same moment is still the rule's 409 ({@code
   * ConstraintRule#isNamedIn}), which the intake answers by trying again.
   */
  static final String ONE_PER_DEVICE_ID = "checkpoints_one_inspection_per_device_id";

  /**
   * The key of PostgreSQL's transaction-level advisory lock that every change of the partitions
   * takes first ("SHAODIAN" in ASCII): two servers creating tomorrow's partitions at the same
   * moment, or the retention purge dropping one, take turns instead of failing on each other.
   */
  public static final long LOCK = 0x5348414f4449414eL;

  /** The foreign key of a day's people partition to the day's inspections. */
  static final String PEOPLE_TO_INSPECTION = "checkpoints_inspected_person_inspection_fkey";

  private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;

  private static final Pattern DAY_SUFFIX = Pattern.compile("_p([0-9]{8})");

  private DayPartitions() {}

  /** The partition of {@code table} that holds {@code day}. */
  public static String partition(String table, LocalDate day) {
    return table + "_p" + day.format(SUFFIX);
  }

  /** The partition of {@code table} for the rows of days without their own. */
  public static String defaultPartition(String table) {
    return table + "_default";
  }

  /** The name an inspection partition's primary key gets ({@code _part_default} for DEFAULT). */
  static String keyName(String partition) {
    String suffix =
        partition.equals(defaultPartition(INSPECTIONS))
            ? "default"
            : partition.substring(partition.lastIndexOf("_p") + 2);
    return ONE_PER_DEVICE_ID + "_part_" + suffix;
  }

  /** The day of one of {@code table}'s day partitions, by its name; empty for any other table. */
  static Optional<LocalDate> dayOf(String table, String partition) {
    if (partition == null || !partition.startsWith(table)) {
      return Optional.empty();
    }
    Matcher day = DAY_SUFFIX.matcher(partition.substring(table.length()));
    if (!day.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(day.group(1), SUFFIX));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The days from {@code behind} days before {@code today} to {@code ahead} days after it. */
  public static List<LocalDate> days(LocalDate today, int behind, int ahead) {
    if (behind < 0 || ahead < 0) {
      throw new IllegalArgumentException("days behind and ahead are not negative");
    }
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = today.minusDays(behind); !day.isAfter(today.plusDays(ahead)); ) {
      days.add(day);
      day = day.plusDays(1);
    }
    return days;
  }

  /**
   * The days whose people partition the retention purge may drop for an episode ending at {@code
   * lastDay}: those up to and including it (a night shift's inspections belong to the day its shift
   * began, so the partition of the last day may hold inspections guided on the next; the check of
   * each partition's rows decides).
   */
  static List<LocalDate> purgeCandidates(List<LocalDate> peopleDays, LocalDate lastDay) {
    return peopleDays.stream().filter(day -> !day.isAfter(lastDay)).sorted().toList();
  }

  /** Whether this database holds the inspections partitioned (PostgreSQL after V6). */
  static boolean isPartitioned(Connection db) throws SQLException {
    if (!"PostgreSQL".equalsIgnoreCase(db.getMetaData().getDatabaseProductName())) {
      return false;
    }
    try (PreparedStatement st =
        db.prepareStatement(
            "select count(*) from pg_partitioned_table where partrelid = to_regclass(?)")) {
      st.setString(1, INSPECTIONS);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /** The days of {@code table}'s day partitions, in order. */
  static List<LocalDate> partitionDays(Connection db, String table) throws SQLException {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (String partition : partitionNames(db, table)) {
      dayOf(table, partition).ifPresent(days::add);
    }
    return List.copyOf(days);
  }

  /** The names of {@code table}'s partitions, its DEFAULT among them. */
  public static List<String> partitionNames(Connection db, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid"
                + " where i.inhparent = to_regclass(?)")) {
      st.setString(1, table);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  /** The days that have rows in either table's DEFAULT partition. */
  static List<LocalDate> daysInDefault(Connection db) throws SQLException {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (String table : List.of(INSPECTIONS, PEOPLE)) {
      try (Statement st = db.createStatement();
          ResultSet rs =
              st.executeQuery("select distinct duty_day from " + defaultPartition(table))) {
        while (rs.next()) {
          days.add(rs.getObject(1, LocalDate.class));
        }
      }
    }
    return List.copyOf(days);
  }

  /**
   * Makes sure both tables have {@code day}'s partition, and tells whether it created one. Rows of
   * that day in a DEFAULT partition (an inspection sent late to a day nobody made a partition for,
   * or people whose day's partition the retention purge dropped) would make PostgreSQL refuse the
   * new partition, so they are moved into it in the same transaction: out of DEFAULT into a
   * temporary table (people first, they refer to their inspections), the partitions made, back in
   * through the parent tables. The caller holds {@link #LOCK}.
   */
  public static boolean ensure(Connection db, LocalDate day) throws SQLException {
    String inspections = partition(INSPECTIONS, day);
    String people = partition(PEOPLE, day);
    boolean needInspections = !exists(db, inspections);
    boolean needPeople = !exists(db, people);
    if (!needInspections && !needPeople) {
      return false;
    }
    boolean moving =
        (needInspections && hasDay(db, defaultPartition(INSPECTIONS), day))
            || (needPeople && hasDay(db, defaultPartition(PEOPLE), day));
    // people first, as they refer to their inspections: the day's from DEFAULT, or — when only the
    // inspections are moving — from their own partition, which refers to the inspections moving
    String peopleFrom =
        !moving ? null : needPeople ? defaultPartition(PEOPLE) : needInspections ? people : null;
    if (peopleFrom != null) {
      moveOut(db, PEOPLE, peopleFrom, day);
    }
    if (moving && needInspections) {
      moveOut(db, INSPECTIONS, defaultPartition(INSPECTIONS), day);
    }
    String from = day.toString();
    String to = day.plusDays(1).toString();
    if (needInspections) {
      execute(
          db,
          "create table if not exists "
              + inspections
              + " partition of "
              + INSPECTIONS
              + " for values from ('"
              + from
              + "') to ('"
              + to
              + "')");
      nameKey(db, inspections);
    }
    if (needPeople) {
      execute(
          db,
          "create table if not exists "
              + people
              + " partition of "
              + PEOPLE
              + " for values from ('"
              + from
              + "') to ('"
              + to
              + "')");
    }
    if (moving && needInspections) {
      moveBack(db, INSPECTIONS);
    }
    if (peopleFrom != null) {
      moveBack(db, PEOPLE);
    }
    linkPeople(db, day);
    return true;
  }

  /** The name of the foreign key of {@code day}'s people partition. */
  static String foreignKeyName(LocalDate day) {
    return PEOPLE_TO_INSPECTION + "_p" + day.format(SUFFIX);
  }

  /**
   * Gives {@code day}'s people partition its foreign key to the day's inspection partition, when
   * both exist, the inspections have their key (the migration adds it after the copy) and the
   * people have none yet.
   */
  public static void linkPeople(Connection db, LocalDate day) throws SQLException {
    String inspections = partition(INSPECTIONS, day);
    String people = partition(PEOPLE, day);
    if (!exists(db, inspections) || !exists(db, people)) {
      return;
    }
    try (PreparedStatement st =
        db.prepareStatement(
            "select exists (select 1 from pg_constraint where conrelid = to_regclass(?)"
                + " and contype = 'p'),"
                + " exists (select 1 from pg_constraint where conrelid = to_regclass(?)"
                + " and contype = 'f' and confrelid = to_regclass(?))")) {
      st.setString(1, inspections);
      st.setString(2, people);
      st.setString(3, inspections);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1) || rs.getBoolean(2)) {
          return;
        }
      }
    }
    execute(
        db,
        "alter table "
            + people
            + " add constraint "
            + foreignKeyName(day)
            + " foreign key (inspection_id, duty_day) references "
            + inspections
            + " (id, duty_day)");
  }

  /**
   * Gives an inspection partition's copy of the primary key the rule's name ({@link #keyName}); a
   * partition made before the key (the migration adds it after the copy) has none yet.
   */
  public static void nameKey(Connection db, String partition) throws SQLException {
    String current = null;
    try (PreparedStatement st =
        db.prepareStatement(
            "select conname from pg_constraint where conrelid = to_regclass(?) and contype = 'p'")) {
      st.setString(1, partition);
      try (ResultSet rs = st.executeQuery()) {
        if (rs.next()) {
          current = rs.getString(1);
        }
      }
    }
    String wanted = keyName(partition);
    if (current != null && !current.equals(wanted)) {
      execute(db, "alter table " + partition + " rename constraint " + current + " to " + wanted);
    }
  }

  /**
   * Drops {@code day}'s people partition when every inspection of that day lies within the region
   * and was guided before {@code before} (and at least one does: a day of other regions only is
   * none of this purge's business), and tells how many people it held; 0 when it was not dropped.
   * The day's inspection partition is locked against new rows first (SHARE: inserts wait, reads go
   * on), so that no inspection of another region can arrive between the check and the drop. The
   * inspections themselves stay (the retention rule clears their plate, origin and test result).
   */
  static int dropPeopleIfAllPurged(
      Connection db, LocalDate day, String pathStart, String pathEnd, OffsetDateTime before)
      throws SQLException {
    String inspections = partition(INSPECTIONS, day);
    String people = partition(PEOPLE, day);
    if (!exists(db, inspections) || !exists(db, people)) {
      return 0;
    }
    execute(db, "lock table " + inspections + " in share mode");
    try (PreparedStatement st =
        db.prepareStatement(
            "select exists (select 1 from "
                + inspections
                + " where region_path >= ? and region_path < ? and guided_at < ?),"
                + " exists (select 1 from "
                + inspections
                + " where region_path < ? or region_path >= ? or guided_at >= ?)")) {
      st.setString(1, pathStart);
      st.setString(2, pathEnd);
      st.setObject(3, before);
      st.setString(4, pathStart);
      st.setString(5, pathEnd);
      st.setObject(6, before);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1) || rs.getBoolean(2)) {
          return 0;
        }
      }
    }
    int dropped;
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from " + people)) {
      rs.next();
      dropped = rs.getInt(1);
    }
    // DROP detaches the partition as it goes (an ACCESS EXCLUSIVE lock on the parent for as long as
    // the drop takes, milliseconds); DETACH ... CONCURRENTLY would not run in a transaction
    execute(db, "drop table " + people);
    return dropped;
  }

  private static void moveOut(Connection db, String table, String from, LocalDate day)
      throws SQLException {
    String moving = moving(table);
    execute(db, "drop table if exists " + moving);
    execute(db, "create temporary table " + moving + " (like " + table + ")");
    try (PreparedStatement st =
        db.prepareStatement(
            "with moved as (delete from "
                + from
                + " where duty_day = ? returning *) insert into "
                + moving
                + " select * from moved")) {
      st.setObject(1, day);
      st.executeUpdate();
    }
  }

  private static void moveBack(Connection db, String table) throws SQLException {
    String moving = moving(table);
    execute(db, "insert into " + table + " select * from " + moving);
    execute(db, "drop table " + moving);
  }

  private static String moving(String table) {
    // in this session's own schema: never a table of the application's
    return "pg_temp.moving_" + table;
  }

  private static boolean exists(Connection db, String table) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("select to_regclass(?) is not null")) {
      st.setString(1, table);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private static boolean hasDay(Connection db, String table, LocalDate day) throws SQLException {
    if (!exists(db, table)) {
      return false;
    }
    try (PreparedStatement st =
        db.prepareStatement("select exists (select 1 from " + table + " where duty_day = ?)")) {
      st.setObject(1, day);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  public static void execute(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute(sql);
    }
  }
}
