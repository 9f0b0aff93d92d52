package org.shaodian.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.text.NameOrder;
import org.shaodian.rosters.api.Affiliation;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.Qualification;

/**
 * Issue 6, "Accepting a 7-day proposal of that size commits in ≤ 5 s": the acceptance of a
 * rostering job's proposal ({@code POST /api/v1/roster-jobs/{id}/acceptance}) for a Yinhu-like
 * sub-district, against a running server with the demo data.
 *
 * <ol>
 *   <li>The town ({@code --town}, Shouchang by default) is brought to the shape of {@link
 *       RosterData}: {@code --villages} villages (the missing ones imported as CSV by {@code admin}
 *       through {@code POST /api/v1/admin/regions/import}), {@code --people} active people (the
 *       missing ones inserted over JDBC as the application stores them: names with their {@code
 *       name_key}, phones sealed; 2 % of them at the town office, the rest spread over the
 *       villages; qualifications with {@link RosterData}'s shares), a {@code --away-share} of them
 *       away for 1–3 days of the week ({@code rosters_absence}), and {@code --highway-posts}
 *       expressway exits at town level (9 seats a shift) and {@code --village-posts} village points
 *       (4–10 seats a shift, roles as {@link RosterData} draws them) — the demo's posts in the town
 *       count towards these, the others are opened by the command office through {@code POST
 *       /api/v1/posts}.
 *   <li>For each of {@code --warmups} untimed and {@code --repetitions} timed runs over the same
 *       seats ({@code --days} days from tomorrow, Asia/Shanghai): every duty of the town on those
 *       days is deleted (JDBC, hours first), a job is started ({@code POST /api/v1/roster-jobs})
 *       and polled until it proposes, then the proposal is accepted and timed: the HTTP call's
 *       wall-clock and the server's {@code Server-Timing: app;dur}. Afterwards the duties are
 *       counted over JDBC: the town's duties on those days must be exactly the seats the acceptance
 *       says it gave (all of them given by the solver, each to the person the proposal named), with
 *       one duty hour per hour of each, and the job must read ACCEPTED — a fast but wrong
 *       acceptance fails the run.
 * </ol>
 *
 * Prints each acceptance, the median, the ratio to the 5 s target, how busy the machine was (just
 * before each acceptance: other work; during it: everything) and the CPU the acceptance took in the
 * server ({@code --server-pid}) and in the PostgreSQL backends of the database, and one line of
 * JSON (also written to {@code --json-out}).
 *
 * <pre>
 * java -cp … org.shaodian.bench.RosterAcceptBenchmark --url http://localhost:9580 \
 *     --jdbc jdbc:postgresql://127.0.0.1:5432/shaodian_bench_accept --db-user shaodian \
 *     --db-password shaodian [--repetitions 3] [--people 10000] [--villages 30] \
 *     [--highway-posts 3] [--village-posts 110] [--seats 4-10] [--days 7] [--away-share 0.1] \
 *     [--warmups 0] [--seed 1] [--target 5] [--server-pid N] [--machine "…"] [--json-out f]
 * </pre>
 *
 * Needs SHAODIAN_PERSONAL_DATA_KEYS and _INDEX_KEY as the server has them (phones are sealed).
 */
public final class RosterAcceptBenchmark {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String PASSWORD = "shaodian";

  /** Made-up villages to bring the town to {@code --villages}: name and its pinyin. */
  private static final String[][] VILLAGE_NAMES = {
    {"溪口村", "Xikou"}, {"桥头村", "Qiaotou"}, {"新塘村", "Xintang"}, {"梅岭村", "Meiling"},
    {"竹园村", "Zhuyuan"}, {"石门村", "Shimen"}, {"枫林村", "Fenglin"}, {"东坞村", "Dongwu"},
    {"西坑村", "Xikeng"}, {"南坪村", "Nanping"}, {"高田村", "Gaotian"}, {"柏树村", "Baishu"},
    {"青龙村", "Qinglong"}, {"白马村", "Baima"}, {"杨梅村", "Yangmei"}, {"茶园村", "Chayuan"},
    {"岭下村", "Lingxia"}, {"前山村", "Qianshan"}, {"后湾村", "Houwan"}, {"金坑村", "Jinkeng"},
    {"上宅村", "Shangzhai"}, {"下洋村", "Xiayang"}, {"里湖村", "Lihu"}, {"外塘村", "Waitang"},
    {"山背村", "Shanbei"}, {"龙潭村", "Longtan"}, {"凤山村", "Fengshan"}, {"横路村", "Henglu"},
    {"长乐村", "Changle"}, {"黄泥村", "Huangni"}
  };

  /** A village (or the town itself): code, name, path. */
  record Place(String code, String name, String path) {}

  /** One acceptance and the job before it. */
  record Repetition(
      int no,
      boolean warmup,
      String job,
      int seatsTotal,
      int seatsFilled,
      int people,
      int hardBreaks,
      String score,
      double jobSeconds,
      long cleared,
      double acceptSeconds,
      double appSeconds,
      int given,
      int released,
      int begun,
      long duties,
      long dutyHours,
      double coresBefore,
      double coresDuring,
      double serverCpuSeconds,
      double databaseCpuSeconds) {

    String json() {
      return String.format(
          Locale.ROOT,
          "{\"no\":%d,\"warmup\":%s,\"job\":\"%s\",\"seats_total\":%d,\"seats_filled\":%d,\"people\":%d,"
              + "\"hard_breaks\":%d,\"score\":%s,\"job_s\":%.2f,\"duties_cleared_before\":%d,"
              + "\"accept_s\":%.3f,\"app_s\":%.3f,\"given\":%d,\"released\":%d,\"begun\":%d,"
              + "\"duties_counted\":%d,\"duty_hours_counted\":%d,\"cores_busy_before\":%.2f,"
              + "\"cores_busy_during\":%.2f,\"server_cpu_s\":%.2f,\"database_cpu_s\":%.2f}",
          no,
          warmup,
          job,
          seatsTotal,
          seatsFilled,
          people,
          hardBreaks,
          score == null ? "null" : LoadGenerator.jsonString(score),
          jobSeconds,
          cleared,
          acceptSeconds,
          appSeconds,
          given,
          released,
          begun,
          duties,
          dutyHours,
          coresBefore,
          coresDuring,
          serverCpuSeconds,
          databaseCpuSeconds);
    }
  }

  /** One response: status, body, Location, server time (ms, NaN without it), client time (ms). */
  record Exchange(int status, String body, String location, double serverMs, double clientMs) {}

  private final URI base;
  private final long serverPid;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  RosterAcceptBenchmark(URI base, long serverPid) {
    this.base = base;
    this.serverPid = serverPid;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = PeopleData.options(args);
    URI base = URI.create(o.getOrDefault("url", "http://localhost:9580"));
    String jdbc = o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/shaodian_bench_accept");
    String dbUser = o.getOrDefault("db-user", "shaodian");
    String dbPassword = o.getOrDefault("db-password", "shaodian");
    String town = o.getOrDefault("town", "330182107000");
    String commander = o.getOrDefault("user", "shouchang-command");
    int repetitions = Integer.parseInt(o.getOrDefault("repetitions", "3"));
    int warmups = Integer.parseInt(o.getOrDefault("warmups", "0"));
    int peopleWanted = Integer.parseInt(o.getOrDefault("people", "10000"));
    int villagesWanted = Integer.parseInt(o.getOrDefault("villages", "30"));
    int highwayWanted = Integer.parseInt(o.getOrDefault("highway-posts", "3"));
    int villagePostsWanted = Integer.parseInt(o.getOrDefault("village-posts", "110"));
    String[] seatRange = o.getOrDefault("seats", "4-10").split("-");
    int minSeats = Integer.parseInt(seatRange[0]);
    int maxSeats = Integer.parseInt(seatRange[1]);
    int days = Integer.parseInt(o.getOrDefault("days", "7"));
    double awayShare = Double.parseDouble(o.getOrDefault("away-share", "0.1"));
    long seed = Long.parseLong(o.getOrDefault("seed", "1"));
    double target = Double.parseDouble(o.getOrDefault("target", "5"));
    long jobTimeout = Long.parseLong(o.getOrDefault("job-timeout", "900"));
    String machine =
        o.getOrDefault("machine", Runtime.getRuntime().availableProcessors() + " cores");
    String jsonOut = o.get("json-out");
    String date = o.getOrDefault("date", LocalDate.now().toString());
    if (repetitions < 1
        || warmups < 0
        || days < 1
        || days > 31
        || minSeats < 4
        || maxSeats < minSeats) {
      throw new IllegalArgumentException(
          "--repetitions >= 1, --warmups >= 0, --days 1-31, --seats 4-N");
    }
    PeopleData.installTheServersKeys();
    long serverPid = Long.parseLong(o.getOrDefault("server-pid", "0"));
    RosterAcceptBenchmark bench = new RosterAcceptBenchmark(base, serverPid);
    LocalDate from = LocalDate.now(ZONE).plusDays(1);
    LocalDate to = from.plusDays(days - 1);

    try (Connection db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
      db.setAutoCommit(true);
      Place townPlace = place(db, town);

      // 1. the sub-district: villages, people, absences, posts
      List<Place> villages = bench.villages(db, townPlace, villagesWanted);
      int[] loaded = loadPeople(db, townPlace, villages, peopleWanted, awayShare, from, days, seed);
      int[] posts =
          bench.posts(
              db,
              townPlace,
              villages,
              highwayWanted,
              villagePostsWanted,
              minSeats,
              maxSeats,
              seed,
              commander);
      long seatsPerDay = seatsPerDay(db, townPlace);
      long activePeople = activePeople(db, townPlace);
      try (Statement st = db.createStatement()) {
        for (String table :
            List.of(
                "rosters_person",
                "rosters_person_qualification",
                "rosters_absence",
                "rosters_post",
                "rosters_post_need")) {
          st.execute("vacuum analyze " + table);
        }
      }
      log(
          "%s: %d villages, %d posts, %,d active people, %,d seats a day; %d days from %s",
          townPlace.name(), villages.size(), posts[0], activePeople, seatsPerDay, days, from);

      // 2. the acceptances
      List<Repetition> all = new ArrayList<>();
      for (int r = 1; r <= warmups + repetitions; r++) {
        all.add(bench.repetition(r, r <= warmups, db, townPlace, from, to, commander, jobTimeout));
      }
      List<Repetition> done = all.stream().filter(x -> !x.warmup()).toList();

      // 3. report
      double[] accept = done.stream().mapToDouble(Repetition::acceptSeconds).toArray();
      double[] app = done.stream().mapToDouble(Repetition::appSeconds).toArray();
      double medianAccept = median(accept);
      double medianApp = median(app);
      double medianServerCpu =
          median(done.stream().mapToDouble(Repetition::serverCpuSeconds).toArray());
      double medianDatabaseCpu =
          median(done.stream().mapToDouble(Repetition::databaseCpuSeconds).toArray());
      double ratio = medianAccept / target;
      boolean met = medianAccept <= target;
      Repetition first = all.get(0);
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "%nRoster acceptance (issue 6), %s, %s%n"
                  + "%s %s: %d villages, %d posts (%d expressway exits, %d village points; %d of"
                  + " them the demo's), %,d active people (%,d loaded, %,d of them away 1-3"
                  + " days)%n"
                  + "%d days from %s: %,d seats (%,d a day), %,d people in the job%n",
              date,
              machine,
              townPlace.name(),
              town,
              villages.size(),
              posts[0],
              posts[1],
              posts[2],
              posts[3],
              activePeople,
              loaded[0],
              loaded[1],
              days,
              from,
              first.seatsTotal(),
              seatsPerDay,
              first.people()));
      out.append(
          String.format(
              Locale.ROOT,
              "%-4s %-10s %7s %15s %9s %9s %8s %8s %14s %9s %8s%n",
              "rep",
              "job",
              "job s",
              "filled/seats",
              "accept s",
              "app s",
              "given",
              "hours",
              "cores bef/dur",
              "srv cpu s",
              "db cpu s"));
      for (Repetition x : all) {
        out.append(
            String.format(
                Locale.ROOT,
                "%-4s %-10s %7.1f %15s %9.3f %9.3f %,8d %,8d %6.2f /%6.2f %9.2f %8.2f%n",
                (x.warmup() ? "w" : "") + x.no(),
                x.job().substring(0, 8),
                x.jobSeconds(),
                String.format(Locale.ROOT, "%,d/%,d", x.seatsFilled(), x.seatsTotal()),
                x.acceptSeconds(),
                x.appSeconds(),
                x.given(),
                x.dutyHours(),
                x.coresBefore(),
                x.coresDuring(),
                x.serverCpuSeconds(),
                x.databaseCpuSeconds()));
      }
      double busyBefore =
          done.stream()
              .mapToDouble(Repetition::coresBefore)
              .filter(d -> !Double.isNaN(d))
              .max()
              .orElse(Double.NaN);
      out.append(
          String.format(
              Locale.ROOT,
              "median acceptance %.3f s wall-clock (server app time %.3f s) over %d%s; every"
                  + " acceptance verified (duties and duty hours counted over JDBC)%n"
                  + "CPU it took, median: server %.2f s, PostgreSQL %.2f s%n"
                  + "machine: at most %.2f of %d cores busy with other work just before an"
                  + " acceptance%n"
                  + "ratio to the %.0f s target = median / %.1f = %.2f; target %s%n",
              medianAccept,
              medianApp,
              done.size(),
              warmups == 0
                  ? " (the first one just after the server started)"
                  : " after " + warmups + " untimed",
              medianServerCpu,
              medianDatabaseCpu,
              busyBefore,
              Runtime.getRuntime().availableProcessors(),
              target,
              target,
              ratio,
              met ? "MET" : "NOT MET"));
      System.out.print(out);

      StringBuilder json = new StringBuilder("{\"benchmark\":\"roster-accept\"");
      json.append(",\"date\":\"").append(date).append('"');
      json.append(",\"machine\":").append(LoadGenerator.jsonString(machine));
      json.append(",\"town\":\"").append(town).append('"');
      json.append(",\"villages\":").append(villages.size());
      json.append(",\"posts\":").append(posts[0]);
      json.append(",\"expressway_posts\":").append(posts[1]);
      json.append(",\"village_posts\":").append(posts[2]);
      json.append(",\"demo_posts\":").append(posts[3]);
      json.append(",\"people\":").append(activePeople);
      json.append(",\"people_loaded\":").append(loaded[0]);
      json.append(",\"people_away\":").append(loaded[1]);
      json.append(",\"days\":").append(days);
      json.append(",\"from\":\"").append(from).append('"');
      json.append(",\"seats\":").append(first.seatsTotal());
      json.append(",\"seats_per_day\":").append(seatsPerDay);
      json.append(",\"warmups\":").append(warmups);
      json.append(",\"repetitions\":[");
      for (int i = 0; i < all.size(); i++) {
        json.append(i == 0 ? "" : ",").append(all.get(i).json());
      }
      json.append(']');
      json.append(String.format(Locale.ROOT, ",\"median_accept_s\":%.3f", medianAccept));
      json.append(String.format(Locale.ROOT, ",\"median_app_s\":%.3f", medianApp));
      json.append(String.format(Locale.ROOT, ",\"median_server_cpu_s\":%.2f", medianServerCpu));
      json.append(String.format(Locale.ROOT, ",\"median_database_cpu_s\":%.2f", medianDatabaseCpu));
      json.append(String.format(Locale.ROOT, ",\"max_cores_busy_before\":%.2f", busyBefore));
      json.append(String.format(Locale.ROOT, ",\"target_s\":%.1f", target));
      json.append(String.format(Locale.ROOT, ",\"ratio_to_target\":%.3f", ratio));
      json.append(",\"target_met\":").append(met);
      json.append('}');
      System.out.println(json);
      if (jsonOut != null) {
        Files.writeString(Path.of(jsonOut), json + System.lineSeparator(), UTF_8);
      }
    }
  }

  /**
   * One run: the town's duties on the days deleted, a job started and waited for, its proposal
   * accepted (timed) and the result counted.
   */
  Repetition repetition(
      int no,
      boolean warmup,
      Connection db,
      Place town,
      LocalDate from,
      LocalDate to,
      String user,
      long jobTimeoutSeconds)
      throws Exception {
    long cleared = clear(db, town, from, to);
    log(
        "run %d%s: %,d duties of the days deleted; starting a job",
        no, warmup ? " (warm-up, not counted)" : "", cleared);
    long jobStart = System.nanoTime();
    Exchange started =
        send(
            "POST",
            "/api/v1/roster-jobs",
            String.format(
                Locale.ROOT,
                "{\"region\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"}",
                town.code(),
                from,
                to),
            user);
    if (started.status() != 202) {
      throw new IllegalStateException(
          "starting the job answered " + started.status() + ": " + started.body());
    }
    String job = text(started.body(), "id");
    String state = text(started.body(), "state");
    Exchange seen = started;
    long deadline = System.nanoTime() + jobTimeoutSeconds * 1_000_000_000L;
    String last = "";
    while (!"PROPOSED".equals(state)) {
      if (!"QUEUED".equals(state) && !"SOLVING".equals(state)) {
        throw new IllegalStateException("job " + job + " ended " + state + ": " + seen.body());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "job " + job + " did not propose within " + jobTimeoutSeconds + " s: " + seen.body());
      }
      Thread.sleep(500);
      seen = send("GET", "/api/v1/roster-jobs/" + job, null, user);
      if (seen.status() != 200) {
        throw new IllegalStateException("reading the job answered " + seen.status());
      }
      state = text(seen.body(), "state");
      String progress =
          String.format(
              Locale.ROOT,
              "%s, %,d of %,d seats filled",
              state,
              (long) number(seen.body(), "seatsFilled"),
              (long) number(seen.body(), "seatsTotal"));
      if (!progress.equals(last)) {
        log("run %d: job %s %s", no, job.substring(0, 8), progress);
        last = progress;
      }
    }
    double jobSeconds = (System.nanoTime() - jobStart) / 1e9;
    int seatsTotal = (int) number(seen.body(), "seatsTotal");
    int seatsFilled = (int) number(seen.body(), "seatsFilled");
    int people = (int) number(seen.body(), "people");
    int hardBreaks = (int) number(seen.body(), "hardBreaks");
    String score = text(seen.body(), "bestScore");

    // how busy the machine is without us: the server has nothing to do for these 3 s
    double[] idle = PeoplePagesBenchmark.machineBusy();
    Thread.sleep(3_000);
    double before = PeoplePagesBenchmark.coresBusy(idle, PeoplePagesBenchmark.machineBusy());

    Map<Long, Double> backends = databaseCpu(db);
    double serverCpu = cpuSeconds(serverPid);
    double[] start = PeoplePagesBenchmark.machineBusy();
    Exchange accepted = send("POST", "/api/v1/roster-jobs/" + job + "/acceptance", null, user);
    double during = PeoplePagesBenchmark.coresBusy(start, PeoplePagesBenchmark.machineBusy());
    serverCpu = cpuSeconds(serverPid) - serverCpu;
    double databaseCpu = 0;
    for (Map.Entry<Long, Double> backend : databaseCpu(db).entrySet()) {
      databaseCpu += backend.getValue() - backends.getOrDefault(backend.getKey(), 0.0);
    }
    if (accepted.status() != 200) {
      throw new IllegalStateException(
          "the acceptance answered " + accepted.status() + ": " + accepted.body());
    }
    int given = (int) number(accepted.body(), "given");
    int released = (int) number(accepted.body(), "released");
    int begun = (int) number(accepted.body(), "begun");

    // verify: the days' duties are exactly those given, by the solver, each with its hours
    long[] counted = count(db, town, from, to);
    long asProposed = asProposed(db, job);
    Exchange after = send("GET", "/api/v1/roster-jobs/" + job, null, user);
    String finalState = text(after.body(), "state");
    List<String> wrong = new ArrayList<>();
    if (given != seatsFilled) {
      wrong.add("given " + given + " but the proposal filled " + seatsFilled);
    }
    if (counted[0] != given) {
      wrong.add(counted[0] + " duties on the days but " + given + " given");
    }
    if (counted[1] != given) {
      wrong.add(counted[1] + " duties given by the solver but " + given + " given");
    }
    if (counted[2] != counted[3]) {
      wrong.add(counted[2] + " duty hours but the duties last " + counted[3] + " hours");
    }
    if (asProposed != given) {
      wrong.add(
          asProposed + " of the proposal's people hold their proposed seat, " + given + " given");
    }
    if (released != 0) {
      wrong.add(released + " duties released (none were held)");
    }
    if (!"ACCEPTED".equals(finalState)) {
      wrong.add("the job reads " + finalState);
    }
    if (!wrong.isEmpty()) {
      throw new IllegalStateException("run " + no + ": the acceptance is wrong: " + wrong);
    }
    Repetition done =
        new Repetition(
            no,
            warmup,
            job,
            seatsTotal,
            seatsFilled,
            people,
            hardBreaks,
            score,
            jobSeconds,
            cleared,
            accepted.clientMs() / 1000,
            accepted.serverMs() / 1000,
            given,
            released,
            begun,
            counted[0],
            counted[2],
            before,
            during,
            serverCpu,
            databaseCpu);
    log(
        "run %d: accepted %,d of %,d seats in %.3f s (server %.3f s); %,d duties and %,d hours"
            + " counted; cores busy %.2f before, %.2f during; CPU s server %.2f, database %.2f",
        no,
        given,
        seatsTotal,
        done.acceptSeconds(),
        done.appSeconds(),
        counted[0],
        counted[2],
        before,
        during,
        serverCpu,
        databaseCpu);
    return done;
  }

  /**
   * CPU seconds (user and system) a process has used so far, from {@code /proc/<pid>/stat} in clock
   * ticks of 1/100 s (Linux's USER_HZ); NaN when there is no such process or no /proc.
   */
  static double cpuSeconds(long pid) {
    if (pid <= 0) {
      return Double.NaN;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // after the command in parentheses: state is field 3, utime 14, stime 15
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /**
   * CPU seconds of each PostgreSQL backend serving this database (the server's pool), but this
   * connection's, by process id.
   */
  static Map<Long, Double> databaseCpu(Connection db) throws SQLException {
    Map<Long, Double> cpu = new HashMap<>();
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select pid from pg_stat_activity where datname = current_database()"
                    + " and pid <> pg_backend_pid()")) {
      while (rs.next()) {
        double seconds = cpuSeconds(rs.getLong(1));
        if (!Double.isNaN(seconds)) {
          cpu.put(rs.getLong(1), seconds);
        }
      }
    }
    return cpu;
  }

  /** Deletes the town's duties on the days, hours first; how many duties. */
  static long clear(Connection db, Place town, LocalDate from, LocalDate to) throws SQLException {
    String duties =
        "select id from rosters_assignment where region_path like ? and duty_date between ? and ?";
    long deleted;
    db.setAutoCommit(false);
    try (PreparedStatement hours =
            db.prepareStatement(
                "delete from rosters_duty_hour where assignment_id in (" + duties + ")");
        PreparedStatement assignments =
            db.prepareStatement(
                "delete from rosters_assignment where region_path like ?"
                    + " and duty_date between ? and ?")) {
      for (PreparedStatement st : List.of(hours, assignments)) {
        st.setString(1, town.path() + "%");
        st.setDate(2, Date.valueOf(from));
        st.setDate(3, Date.valueOf(to));
      }
      hours.executeUpdate();
      deleted = assignments.executeUpdate();
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
    try (Statement st = db.createStatement()) {
      // each run starts from tables in the same state, not from the dead rows of the last one
      st.execute("vacuum analyze rosters_duty_hour");
      st.execute("vacuum analyze rosters_assignment");
    }
    return deleted;
  }

  /** Seats of the job's proposal that the person it proposed now holds. */
  static long asProposed(Connection db, String job) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select count(*) from rosters_proposed_seat s join rosters_assignment a"
                + " on a.post_id = s.post_id and a.duty_date = s.duty_date"
                + " and a.shift_no = s.shift_no and a.duty_role = s.duty_role"
                + " and a.seat_no = s.seat_no and a.person_id = s.person_id"
                + " where s.job_id = ?")) {
      st.setObject(1, UUID.fromString(job));
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * The town's duties on the days: how many, how many given by the solver, their duty hours, and
   * the hours they last.
   */
  static long[] count(Connection db, Place town, LocalDate from, LocalDate to) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select count(*), count(*) filter (where a.assigned_via = 'SOLVER'),"
                + " coalesce(sum((select count(*) from rosters_duty_hour h"
                + "   where h.assignment_id = a.id)), 0),"
                + " coalesce(sum(extract(epoch from a.ends_at - a.starts_at) / 3600), 0)::bigint"
                + " from rosters_assignment a where a.region_path like ?"
                + " and a.duty_date between ? and ?")) {
      st.setString(1, town.path() + "%");
      st.setDate(2, Date.valueOf(from));
      st.setDate(3, Date.valueOf(to));
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
      }
    }
  }

  /**
   * The town's villages, brought to {@code wanted} by importing made-up ones (codes 2xx after the
   * highest stored) as {@code admin}.
   */
  List<Place> villages(Connection db, Place town, int wanted) throws Exception {
    List<Place> villages = children(db, town);
    if (villages.size() < wanted) {
      Set<String> taken = new HashSet<>();
      villages.forEach(v -> taken.add(v.code()));
      String prefix = town.code().substring(0, 9);
      StringBuilder csv = new StringBuilder("code,name,nameEn,parentCode\n");
      int added = 0;
      for (int n = 201; n <= 999 && villages.size() + added < wanted; n++) {
        String code = prefix + n;
        if (taken.contains(code)) {
          continue;
        }
        String[] name = VILLAGE_NAMES[added % VILLAGE_NAMES.length];
        String suffix = added < VILLAGE_NAMES.length ? "" : String.valueOf(added);
        csv.append(code)
            .append(',')
            .append(name[0].replace("村", suffix + "村"))
            .append(',')
            .append(name[1])
            .append(suffix)
            .append(" Village,")
            .append(town.code())
            .append('\n');
        added++;
      }
      Exchange imported =
          send("POST", "/api/v1/admin/regions/import", csv.toString(), "text/csv", "admin");
      if (imported.status() != 200) {
        throw new IllegalStateException(
            "importing villages answered " + imported.status() + ": " + imported.body());
      }
      log("imported %d villages under %s: %s", added, town.code(), imported.body());
      villages = children(db, town);
    }
    return villages;
  }

  /**
   * People who serve, inserted as the application stores them until the town has {@code wanted}
   * active ones: 2 % at the town office, the rest spread over the villages; qualifications with
   * {@link RosterData}'s shares; a share away for 1–3 of the days. Returns {loaded, away}.
   */
  static int[] loadPeople(
      Connection db,
      Place town,
      List<Place> villages,
      int wanted,
      double awayShare,
      LocalDate from,
      int days,
      long seed)
      throws SQLException {
    int toLoad = (int) Math.max(0, wanted - activePeople(db, town));
    if (toLoad == 0) {
      return new int[] {0, 0};
    }
    SplittableRandom random = new SplittableRandom(seed);
    PeopleData names = new PeopleData(seed);
    Affiliation[] affiliations = Affiliation.values();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String[] reasons = {"LEAVE", "ILL", "DUTY_ELSEWHERE", "QUARANTINED"};
    int away = 0;
    long started = System.nanoTime();
    db.setAutoCommit(false);
    try (PreparedStatement person =
            db.prepareStatement(
                "insert into rosters_person (id, name, name_key, phone, affiliation,"
                    + " party_member, home_region, region_path, active, version, registered_at,"
                    + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, true, 0, ?, ?)");
        PreparedStatement held =
            db.prepareStatement(
                "insert into rosters_person_qualification (person_id, qualification)"
                    + " values (?, ?)");
        PreparedStatement absence =
            db.prepareStatement(
                "insert into rosters_absence (id, person_id, region_path, starts_at, ends_at,"
                    + " reason, note, recorded_at) values (?, ?, ?, ?, ?, ?, null, ?)")) {
      for (int i = 0; i < toLoad; i++) {
        boolean office = random.nextInt(100) < 2;
        Place home = office ? town : villages.get(random.nextInt(villages.size()));
        UUID id = names.uuid();
        String name = names.name();
        person.setObject(1, id);
        person.setString(2, name);
        person.setBytes(3, NameOrder.key(name));
        person.setString(4, Sealed.seal("PhoneNumber", names.phone()));
        person.setString(5, affiliations[random.nextInt(affiliations.length)].name());
        person.setBoolean(6, random.nextInt(100) < 30);
        person.setString(7, home.code());
        person.setString(8, home.path());
        person.setObject(9, now);
        person.setObject(10, now);
        person.addBatch();
        for (Qualification q : qualifications(random, office)) {
          held.setObject(1, id);
          held.setString(2, q.name());
          held.addBatch();
        }
        if (random.nextDouble() < awayShare) {
          int length = 1 + random.nextInt(Math.min(3, days));
          int first = random.nextInt(days - length + 1);
          absence.setObject(1, names.uuid());
          absence.setObject(2, id);
          absence.setString(3, home.path());
          absence.setObject(4, from.plusDays(first).atStartOfDay(ZONE).toOffsetDateTime());
          absence.setObject(5, from.plusDays(first + length).atStartOfDay(ZONE).toOffsetDateTime());
          absence.setString(6, reasons[random.nextInt(reasons.length)]);
          absence.setObject(7, now);
          absence.addBatch();
          away++;
        }
        if (i % 1000 == 999 || i == toLoad - 1) {
          person.executeBatch();
          held.executeBatch();
          absence.executeBatch();
        }
      }
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
    log(
        "loaded %,d people (%,d away 1-3 days) in %.1f s",
        toLoad, away, (System.nanoTime() - started) / 1e9);
    return new int[] {toLoad, away};
  }

  /** As {@link RosterData} draws them: leaders are commoner at the town office. */
  static Set<Qualification> qualifications(SplittableRandom random, boolean office) {
    Set<Qualification> q = EnumSet.noneOf(Qualification.class);
    maybe(random, q, Qualification.SHIFT_LEADERSHIP, office ? 0.5 : 0.08);
    maybe(random, q, Qualification.DATA_ENTRY, 0.35);
    maybe(random, q, Qualification.TRAFFIC_GUIDANCE, 0.35);
    maybe(random, q, Qualification.ANTIGEN_TESTING, 0.30);
    maybe(random, q, Qualification.SWAB_SAMPLING, 0.06);
    maybe(random, q, Qualification.FIRST_AID, 0.15);
    maybe(random, q, Qualification.DRIVING, 0.25);
    maybe(random, q, Qualification.DISINFECTION, 0.10);
    return q;
  }

  private static void maybe(
      SplittableRandom random, Set<Qualification> into, Qualification what, double share) {
    if (random.nextDouble() < share) {
      into.add(what);
    }
  }

  /**
   * Opens posts through the API until the town has {@code highway} expressway exits at town level
   * and {@code village} village points (the demo's count). Returns {posts in all, exits, village
   * points, the demo's among them}.
   */
  int[] posts(
      Connection db,
      Place town,
      List<Place> villages,
      int highway,
      int village,
      int minSeats,
      int maxSeats,
      long seed,
      String user)
      throws Exception {
    int exits = 0;
    int points = 0;
    int all = 0;
    Set<String> names = new HashSet<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "select kind, region_code, name from rosters_post where active and region_path like ?")) {
      st.setString(1, town.path() + "%");
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          all++;
          names.add(rs.getString(3));
          if (rs.getString(1).equals("CHECKPOINT") && rs.getString(2).equals(town.code())) {
            exits++;
          } else if (rs.getString(1).equals("VILLAGE_SERVICE_POINT")) {
            points++;
          }
        }
      }
    }
    int existing = all;
    SplittableRandom random = new SplittableRandom(seed + 17);
    long started = System.nanoTime();
    int opened = 0;
    for (int h = exits; h < highway; h++) {
      Map<DutyRole, Integer> needs = new EnumMap<>(DutyRole.class);
      needs.put(DutyRole.POINT_LEADER, 1);
      needs.put(DutyRole.GROUP_LEADER, 1);
      needs.put(DutyRole.RECORDER, 2);
      needs.put(DutyRole.GUIDE, 2);
      needs.put(DutyRole.INSPECTOR, 2);
      needs.put(DutyRole.SWAB_TAKER, 1);
      String name = town.name() + "高速出口卡口" + (h + 1) + "号";
      if (names.add(name)) {
        open(name, "CHECKPOINT", town.code(), needs, user);
        opened++;
      }
    }
    for (int k = points; k < village; k++) {
      Place at = villages.get(k % villages.size());
      int seats = minSeats + random.nextInt(maxSeats - minSeats + 1);
      Map<DutyRole, Integer> needs = new EnumMap<>(DutyRole.class);
      needs.put(DutyRole.GROUP_LEADER, 1);
      needs.put(DutyRole.RECORDER, 1);
      needs.put(DutyRole.GUIDE, 1);
      needs.put(DutyRole.INSPECTOR, 1);
      int count = 4;
      if (seats > 4 && random.nextDouble() < 0.4) {
        needs.put(DutyRole.SWAB_TAKER, 1);
        count++;
      }
      DutyRole[] extra = {
        DutyRole.VOLUNTEER, DutyRole.VOLUNTEER, DutyRole.GUIDE, DutyRole.INSPECTOR
      };
      for (; count < seats; count++) {
        needs.merge(extra[random.nextInt(extra.length)], 1, Integer::sum);
      }
      String name = at.name() + "防疫服务点" + (k + 1) + "号";
      if (names.add(name)) {
        open(name, "VILLAGE_SERVICE_POINT", at.code(), needs, user);
        opened++;
      }
    }
    if (opened > 0) {
      log("opened %d posts through the API in %.1f s", opened, (System.nanoTime() - started) / 1e9);
    }
    return new int[] {
      existing + opened, Math.max(exits, highway), Math.max(points, village), existing
    };
  }

  private void open(
      String name, String kind, String region, Map<DutyRole, Integer> needs, String user)
      throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder("{\"name\":").append(LoadGenerator.jsonString(name));
    body.append(",\"kind\":\"").append(kind).append('"');
    body.append(",\"region\":\"").append(region).append('"');
    body.append(",\"needs\":[");
    boolean first = true;
    for (Map.Entry<DutyRole, Integer> need : needs.entrySet()) {
      body.append(first ? "" : ",");
      body.append("{\"role\":\"").append(need.getKey()).append('"');
      body.append(",\"headcount\":").append(need.getValue());
      body.append(",\"qualifications\":[");
      body.append(
          String.join(
              ",",
              RosterData.required(need.getKey()).stream()
                  .sorted()
                  .map(q -> "\"" + q.name() + "\"")
                  .toList()));
      body.append("]}");
      first = false;
    }
    body.append("]}");
    Exchange opened = send("POST", "/api/v1/posts", body.toString(), user);
    if (opened.status() != 201) {
      throw new IllegalStateException(
          "opening post " + name + " answered " + opened.status() + ": " + opened.body());
    }
  }

  /** The seats of a day over the town's active posts. */
  static long seatsPerDay(Connection db, Place town) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select coalesce(sum(n.headcount), 0) from rosters_post_need n"
                + " join rosters_post p on p.id = n.post_id"
                + " where p.active and p.region_path like ?")) {
      st.setString(1, town.path() + "%");
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static long activePeople(Connection db, Place town) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "select count(*) from rosters_person where active and region_path like ?")) {
      st.setString(1, town.path() + "%");
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static Place place(Connection db, String code) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement("select code, name, path from kernel_region where code = ?")) {
      st.setString(1, code);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException(
              "no region " + code + ": start the application with SHAODIAN_DEMO_DATA=true");
        }
        return new Place(rs.getString(1), rs.getString(2), rs.getString(3));
      }
    }
  }

  static List<Place> children(Connection db, Place town) throws SQLException {
    List<Place> villages = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "select code, name, path from kernel_region where parent_code = ?"
                + " and level = 'VILLAGE' order by code")) {
      st.setString(1, town.code());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          villages.add(new Place(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return villages;
  }

  Exchange send(String method, String path, String body, String user)
      throws IOException, InterruptedException {
    return send(method, path, body, "application/json", user);
  }

  Exchange send(String method, String path, String body, String contentType, String user)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
            .timeout(Duration.ofMinutes(10))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(UTF_8)))
            .header("Accept", "application/json")
            .header("Accept-Language", "en");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", contentType + "; charset=UTF-8");
      request.method(method, HttpRequest.BodyPublishers.ofString(body, UTF_8));
    }
    long start = System.nanoTime();
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    double client = (System.nanoTime() - start) / 1e6;
    return new Exchange(
        response.statusCode(),
        response.body(),
        response.headers().firstValue("Location").orElse(null),
        ServerTiming.durationMillis(response.headers().allValues("Server-Timing"), "app"),
        client);
  }

  /** A string member of a JSON object (the first of that name), or null. */
  static String text(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  /** A number member of a JSON object (the first of that name); NaN when missing or null. */
  static double number(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(-?[0-9.eE+]+)").matcher(json);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "roster-accept: " + format + "%n", args);
  }
}
