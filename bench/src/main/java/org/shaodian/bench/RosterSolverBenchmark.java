package org.shaodian.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.shaodian.rosters.internal.solving.Progress;
import org.shaodian.rosters.internal.solving.RosterOutcome;
import org.shaodian.rosters.internal.solving.RosterProblem;
import org.shaodian.rosters.internal.solving.RosterSettings;
import org.shaodian.rosters.internal.solving.RosterSolver;
import org.shaodian.rosters.internal.solving.UnfilledReason;
import org.shaodian.rosters.internal.solving.UnfilledSeat;

/**
 * The roster solver on a generated Yinhu-like sub-district ({@link RosterData}), through {@link
 * RosterSolver} exactly as the background job calls it: the variant, the tight variant, and
 * the baseline (Timefold's default construction heuristic over the whole per-seat candidate lists,
 * stopped at a limit). Prints, per run: seats, time to feasible, time to every seat filled (or to
 * the final fill), the score at 15 s and at the end, moves per second, peak heap, the open seats by
 * reason, and how busy the machine was with other work.
 *
 * <pre>
 * java -Xmx1g -cp … org.shaodian.bench.RosterSolverBenchmark [--runs yinhu,tight,baseline]
 *     [--seed 1] [--spent 60] [--baseline-limit 90] [--seats 4-10] [--machine "…"] [--json-out f]
 * </pre>
 */
public final class RosterSolverBenchmark {

  /** One run's figures. */
  record Run(
      String name,
      int seats,
      int people,
      double generateSeconds,
      RosterOutcome outcome,
      Double feasibleSeconds,
      Double allFilledSeconds,
      Double finalFillSeconds,
      String scoreAt15,
      String finalScore,
      double seconds,
      long peakHeapBytes,
      long maxLiveBytes,
      double othersCores,
      int finalFilled,
      double solverThreadCpuSeconds) {}

  private static final long MIB = 1024 * 1024;
  private static final AtomicLong PEAK_BEFORE_GC = new AtomicLong();
  private static final AtomicLong MAX_AFTER_GC = new AtomicLong();

  public static void main(String[] args) throws Exception {
    Map<String, String> o = PeopleData.options(args);
    List<String> runs = List.of(o.getOrDefault("runs", "yinhu,tight,baseline").split(","));
    long seed = Long.parseLong(o.getOrDefault("seed", "1"));
    Duration spent = Duration.ofSeconds(Long.parseLong(o.getOrDefault("spent", "60")));
    Duration baselineLimit =
        Duration.ofSeconds(Long.parseLong(o.getOrDefault("baseline-limit", "90")));
    String machine =
        o.getOrDefault("machine", Runtime.getRuntime().availableProcessors() + " cores");
    String[] seatRange = o.getOrDefault("seats", "4-10").split("-");
    int minSeats = Integer.parseInt(seatRange[0]);
    int maxSeats = Integer.parseInt(seatRange[1]);
    watchHeap();

    System.out.printf(
        Locale.ROOT,
        "roster solver benchmark, %s, %s, Java %s, max heap %d MiB%n",
        LocalDate.now(),
        machine,
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / MIB);
    List<Run> done = new ArrayList<>();
    for (String name : runs) {
      Run run =
          switch (name.trim()) {
            case "yinhu" ->
                run(
                    "yinhu",
                    RosterData.Spec.yinhu(seed).withSeats(minSeats, maxSeats),
                    RosterSettings.forBenchmark(seed)
                        .withSpentLimit(spent)
                        .withUnimprovedLimit(spent));
            case "tight" ->
                run(
                    "tight",
                    RosterData.Spec.tight(seed).withSeats(minSeats, maxSeats),
                    RosterSettings.forBenchmark(seed)
                        .withSpentLimit(spent)
                        .withUnimprovedLimit(spent));
            case "capped" ->
                run(
                    "capped (Timefold first fit, 50 random candidates: the spike's way)",
                    RosterData.Spec.yinhu(seed).withSeats(minSeats, maxSeats),
                    RosterSettings.forBenchmark(seed)
                        .withSpentLimit(spent)
                        .withUnimprovedLimit(spent)
                        .withConstruction(RosterSettings.Construction.FIRST_FIT_CAPPED));
            case "baseline" ->
                run(
                    "baseline (Timefold default construction, every candidate)",
                    RosterData.Spec.yinhu(seed).withSeats(minSeats, maxSeats),
                    RosterSettings.forBenchmark(seed)
                        .withSpentLimit(baselineLimit)
                        .withUnimprovedLimit(baselineLimit)
                        .withCandidatesTried(0)
                        .withConstruction(RosterSettings.Construction.TIMEFOLD_DEFAULT));
            default -> throw new IllegalArgumentException("unknown run " + name);
          };
      done.add(run);
    }
    Run ours = done.stream().filter(r -> r.name().equals("yinhu")).findFirst().orElse(null);
    Run baseline =
        done.stream().filter(r -> r.name().startsWith("baseline")).findFirst().orElse(null);
    if (ours != null && baseline != null && ours.allFilledSeconds() != null) {
      double base =
          baseline.allFilledSeconds() != null ? baseline.allFilledSeconds() : baseline.seconds();
      System.out.printf(
          Locale.ROOT,
          "%nratio, time to every seat filled without hard breaks: baseline %s%.1f s / ours %.2f s"
              + " = %s%.0f×%n",
          baseline.allFilledSeconds() == null ? "> " : "",
          base,
          ours.allFilledSeconds(),
          baseline.allFilledSeconds() == null ? "> " : "",
          base / ours.allFilledSeconds());
    }
    if (o.containsKey("json-out")) {
      Files.writeString(Path.of(o.get("json-out")), json(done, machine), StandardCharsets.UTF_8);
    }
  }

  static Run run(String name, RosterData.Spec spec, RosterSettings settings) {
    long g0 = System.nanoTime();
    RosterProblem problem = RosterData.generate(spec);
    double generateSeconds = (System.nanoTime() - g0) / 1e9;
    System.gc();
    resetHeapWatch();
    List<Progress> events = new ArrayList<>();
    double[] machineStart = PeoplePagesBenchmark.machineBusy();
    long cpuStart = processCpuNanos();
    long threadCpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    RosterOutcome outcome = new RosterSolver(settings).solve(problem, events::add);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double threadCpu =
        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpuStart) / 1e9;
    double machineCores =
        PeoplePagesBenchmark.coresBusy(machineStart, PeoplePagesBenchmark.machineBusy());
    double ourCores = (processCpuNanos() - cpuStart) / 1e9 / seconds;
    long peak = Math.max(PEAK_BEFORE_GC.get(), heapUsedNow());
    int seats = problem.seats().size();
    int filled = outcome.assignments().size();

    Double feasible = null;
    Double allFilled = null;
    String at15 = "(no roster yet)";
    for (Progress p : events) {
      double s = p.elapsed().toNanos() / 1e9;
      if (p.feasible() && feasible == null) {
        feasible = s;
      }
      if (p.feasible() && p.seatsFilled() == p.seatsTotal() && allFilled == null) {
        allFilled = s;
      }
      if (s <= 15) {
        at15 = p.score();
      }
    }
    Double finalFill =
        outcome.timeToBestFill() == null ? null : outcome.timeToBestFill().toNanos() / 1e9;
    Run run =
        new Run(
            name,
            seats,
            problem.candidates().size(),
            generateSeconds,
            outcome,
            feasible,
            allFilled,
            finalFill,
            at15,
            outcome.score(),
            seconds,
            peak,
            MAX_AFTER_GC.get(),
            Math.max(0, machineCores - ourCores),
            filled,
            threadCpu);
    print(run, spec);
    return run;
  }

  private static void print(Run r, RosterData.Spec spec) {
    System.out.printf(
        Locale.ROOT,
        "%n== %s: %,d seats, %,d people, %d posts, seed %d (generated in %.2f s) ==%n",
        r.name(),
        r.seats(),
        r.people(),
        spec.highwayPosts() + spec.villagePosts(),
        spec.seed(),
        r.generateSeconds());
    System.out.printf(
        Locale.ROOT, "time to feasible (0 hard)        %s%n", seconds(r.feasibleSeconds()));
    System.out.printf(
        Locale.ROOT,
        "time to every seat filled        %s%n",
        r.allFilledSeconds() != null
            ? seconds(r.allFilledSeconds())
            : "never (%,d of %,d filled at the end; that fill first reached at %s)"
                .formatted(r.finalFilled(), r.seats(), seconds(r.finalFillSeconds())));
    System.out.printf(Locale.ROOT, "score at 15 s                    %s%n", r.scoreAt15());
    System.out.printf(
        Locale.ROOT, "score at the end (%5.1f s)        %s%n", r.seconds(), r.finalScore());
    System.out.printf(
        Locale.ROOT,
        "hard breaks %d, open seats %,d%s%n",
        r.outcome().hardBreaks(),
        r.outcome().unfilled().size(),
        reasons(r.outcome().unfilled()));
    System.out.printf(
        Locale.ROOT,
        "moves/s                          %,d%n",
        r.outcome().moveEvaluationsPerSecond());
    System.out.printf(
        Locale.ROOT,
        "peak heap used %d MiB (highest before a GC), most live after a GC %d MiB%n",
        r.peakHeapBytes() / MIB,
        r.maxLiveBytes() / MIB);
    System.out.printf(
        Locale.ROOT,
        "other work on the machine during the run: %.2f of %d cores; the solving thread got %.1f s"
            + " of CPU in %.1f s (%.0f %%), so %,.0f moves per CPU second%n",
        r.othersCores(),
        Runtime.getRuntime().availableProcessors(),
        r.solverThreadCpuSeconds(),
        r.seconds(),
        100 * r.solverThreadCpuSeconds() / r.seconds(),
        r.outcome().moveEvaluationsPerSecond() * r.seconds() / r.solverThreadCpuSeconds());
  }

  private static String reasons(List<UnfilledSeat> unfilled) {
    if (unfilled.isEmpty()) {
      return "";
    }
    Map<UnfilledReason, Integer> counts = new EnumMap<>(UnfilledReason.class);
    for (UnfilledSeat seat : unfilled) {
      counts.merge(seat.reason(), 1, Integer::sum);
    }
    StringBuilder text = new StringBuilder(":");
    counts.forEach((reason, n) -> text.append(' ').append(reason).append(' ').append(n));
    return text.toString();
  }

  private static String seconds(Double s) {
    return s == null ? "never" : String.format(Locale.ROOT, "%.2f s", s);
  }

  private static String json(List<Run> runs, String machine) {
    StringBuilder json = new StringBuilder("{\"machine\":");
    json.append(LoadGenerator.jsonString(machine)).append(",\"runs\":[");
    for (int i = 0; i < runs.size(); i++) {
      Run r = runs.get(i);
      json.append(i == 0 ? "" : ",")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"name\":%s,\"seats\":%d,\"filled\":%d,\"feasible_s\":%s,\"all_filled_s\":%s,"
                      + "\"final_fill_s\":%s,\"score_15s\":%s,\"score_end\":%s,\"seconds\":%.2f,"
                      + "\"hard_breaks\":%d,\"open\":%d,\"moves_per_s\":%d,\"peak_heap_mib\":%d,"
                      + "\"max_live_mib\":%d,\"others_cores\":%.2f,\"solver_thread_cpu_s\":%.2f}",
                  LoadGenerator.jsonString(r.name()),
                  r.seats(),
                  r.finalFilled(),
                  r.feasibleSeconds(),
                  r.allFilledSeconds(),
                  r.finalFillSeconds(),
                  LoadGenerator.jsonString(r.scoreAt15()),
                  LoadGenerator.jsonString(r.finalScore()),
                  r.seconds(),
                  r.outcome().hardBreaks(),
                  r.outcome().unfilled().size(),
                  r.outcome().moveEvaluationsPerSecond(),
                  r.peakHeapBytes() / MIB,
                  r.maxLiveBytes() / MIB,
                  r.othersCores(),
                  r.solverThreadCpuSeconds()));
    }
    return json.append("]}\n").toString();
  }

  /** Heap occupancy seen by the collector: the highest just before a GC and just after one. */
  private static void watchHeap() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                return;
              }
              var info =
                  GarbageCollectionNotificationInfo.from(
                      (CompositeData) notification.getUserData());
              long before = sum(info.getGcInfo().getMemoryUsageBeforeGc());
              long after = sum(info.getGcInfo().getMemoryUsageAfterGc());
              PEAK_BEFORE_GC.accumulateAndGet(before, Math::max);
              MAX_AFTER_GC.accumulateAndGet(after, Math::max);
            },
            null,
            null);
      }
    }
  }

  private static long sum(Map<String, MemoryUsage> usage) {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && usage.containsKey(pool.getName())) {
        total += usage.get(pool.getName()).getUsed();
      }
    }
    return total;
  }

  private static void resetHeapWatch() {
    PEAK_BEFORE_GC.set(heapUsedNow());
    MAX_AFTER_GC.set(heapUsedNow());
  }

  private static long heapUsedNow() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private RosterSolverBenchmark() {}
}
