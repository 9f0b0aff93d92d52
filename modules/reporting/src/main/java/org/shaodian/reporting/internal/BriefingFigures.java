package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shaodian.checkpoints.api.CheckpointTallies;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.InspectionSubject;
import org.shaodian.checkpoints.api.KeyPlacePatrolCounts;
import org.shaodian.checkpoints.api.KeyPlacePatrols;
import org.shaodian.grids.api.GridFigures;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.reporting.internal.DailyBriefing.Area;
import org.shaodian.reporting.internal.DailyBriefing.CheckpointLine;
import org.shaodian.reporting.internal.DailyBriefing.Headline;
import org.shaodian.reporting.internal.DailyBriefing.Outcome;
import org.shaodian.reporting.internal.DailyBriefing.ShiftLine;
import org.shaodian.rosters.api.Coverage;
import org.shaodian.rosters.api.CoverageService;
import org.shaodian.rosters.api.SupervisionFigures;

/**
 * Gathers a region's daily briefing from the modules' apis — figures, never their rows: the
 * checkpoints' tallies, trend and pace, the rosters' coverage and supervision findings, the grids'
 * figures, the key places' patrols. Each api checks the caller's access and jurisdiction itself;
 * all read in one transaction (one connection, one commit, where a transaction each cost a tenth of
 * the briefing's reads); the cost does not grow with the history.
 */
@ApplicationScoped
@UnitOfWork
public class BriefingFigures {

  /** Days in the trend chart, the day itself the last. */
  static final int TREND_DAYS = 7;

  @Inject Access access;

  @Inject Regions regions;

  @Inject Clock clock;

  @Inject CheckpointTallies tallies;

  @Inject KeyPlacePatrols patrols;

  @Inject CoverageService coverage;

  @Inject SupervisionFigures supervision;

  @Inject GridFigures grids;

  /**
   * The first day the checkpoints' cumulative figures count from (the start of the current
   * emergency response, say); unset: the year before the briefing's day.
   */
  @Inject
  @ConfigProperty(name = "shaodian.briefing.cumulative-since")
  Optional<LocalDate> cumulativeSince;

  /**
   * The briefing of a region (null: the caller's jurisdiction) for a day, today or earlier, without
   * its map ({@link BriefingMap} draws it, outside this transaction).
   */
  public DailyBriefing gather(RegionCode code, LocalDate day) {
    Instant now = clock.instant();
    requireBriefingDay(day, now);
    Region region = access.scope(ReportPermission.BRIEFING, code).root();
    RegionCode at = region.code();
    LocalDate since = since(day);

    CheckpointTallies.Figures ofDay = tallies.of(at, day, since);
    List<CheckpointTallies.DayTotals> trend = tallies.days(at, day.minusDays(TREND_DAYS - 1), day);
    Coverage seats = coverage.onDay(at, day);
    SupervisionFigures.FindingCounts findings = supervision.onDay(at, day);
    SupervisionFigures.FindingCounts findingsBefore = supervision.onDay(at, day.minusDays(1));
    GridFigures.DayFigures gridDay = grids.onDay(at, day);
    GridFigures.DayFigures gridDayBefore = grids.onDay(at, day.minusDays(1));
    KeyPlacePatrolCounts keyPlaces = patrols.onDay(at, day);

    CheckpointTallies.DayTotals last = trend.get(trend.size() - 1);
    CheckpointTallies.DayTotals before = trend.get(trend.size() - 2);
    Headline headline = headline(last, gridDay.totals(), findings.totals().open());
    Headline dayBefore = headline(before, gridDayBefore.totals(), findingsBefore.totals().open());

    Instant end = day.plusDays(1).atStartOfDay(ShaodianTime.ZONE).toInstant();
    return new DailyBriefing(
        region,
        day,
        OffsetDateTime.ofInstant(now, ShaodianTime.ZONE),
        OffsetDateTime.ofInstant(end.isAfter(now) ? now : end, ShaodianTime.ZONE),
        since,
        headline,
        dayBefore,
        checkpointLines(ofDay),
        shiftLines(ofDay),
        outcomes(ofDay),
        trend,
        seats,
        findings.totals(),
        gridDay.totals(),
        keyPlaces,
        areas(region, ofDay, gridDay, seats, keyPlaces, findings),
        null);
  }

  /**
   * The headline figures of a region (null: the caller's jurisdiction) for each of the seven days
   * up to {@code day}, counted as the briefing counts them: the dashboard's trends.
   */
  public BriefingTrend trend(RegionCode code, LocalDate day) {
    requireBriefingDay(day, clock.instant());
    Region region = access.scope(ReportPermission.BRIEFING, code).root();
    RegionCode at = region.code();
    List<BriefingTrend.Day> days = new ArrayList<>();
    for (CheckpointTallies.DayTotals checkpoints :
        tallies.days(at, day.minusDays(TREND_DAYS - 1), day)) {
      LocalDate d = checkpoints.day();
      days.add(
          new BriefingTrend.Day(
              d,
              headline(
                  checkpoints,
                  grids.onDay(at, d).totals(),
                  supervision.onDay(at, d).totals().open())));
    }
    return new BriefingTrend(region, day, days);
  }

  /** A briefing's day is today or earlier, and at most a year back. */
  private static void requireBriefingDay(LocalDate day, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ShaodianTime.ZONE);
    if (day.isAfter(today)) {
      throw Problem.invalid("date", Text.of("日期不能晚于今天", "must be today or earlier"));
    }
    if (day.isBefore(today.minusYears(1))) {
      throw Problem.invalid("date", Text.of("只能查询一年以内的简报", "at most a year back"));
    }
  }

  private LocalDate since(LocalDate day) {
    LocalDate yearBefore = day.minusDays(365);
    return cumulativeSince
        .filter(s -> !s.isAfter(day) && !s.isBefore(yearBefore))
        .orElse(yearBefore);
  }

  private static Headline headline(
      CheckpointTallies.DayTotals checkpoints, GridFigures.Figures grids, long findingsOpen) {
    return new Headline(
        checkpoints.vehicles(),
        checkpoints.people(),
        grids.returneesRegistered(),
        grids.underHomeManagement(),
        grids.requestsOverdue(),
        findingsOpen);
  }

  /** Per checkpoint, in the tallies' order (by name): the day, to date, the pace. */
  private static List<CheckpointLine> checkpointLines(CheckpointTallies.Figures figures) {
    record Sums(String name, long[] day, long[] toDate) {}
    Map<UUID, Sums> byCheckpoint = new LinkedHashMap<>();
    BiFunction<CheckpointTallies.Count, Boolean, long[]> slot =
        (c, cumulative) -> {
          Sums sums =
              byCheckpoint.computeIfAbsent(
                  c.checkpoint(), id -> new Sums(c.checkpointName(), new long[3], new long[2]));
          return cumulative ? sums.toDate() : sums.day();
        };
    for (CheckpointTallies.Count c : figures.ofDay()) {
      long[] day = slot.apply(c, false);
      day[c.subject() == InspectionSubject.VEHICLE ? 0 : 1] += c.inspections();
      day[2] += c.people();
    }
    for (CheckpointTallies.Count c : figures.cumulative()) {
      long[] toDate = slot.apply(c, true);
      toDate[0] += c.subject() == InspectionSubject.VEHICLE ? c.inspections() : 0;
      toDate[1] += c.people();
    }
    Map<UUID, Long> medians = new HashMap<>();
    figures.pace().forEach(p -> medians.put(p.checkpoint(), p.medianSeconds()));
    List<CheckpointLine> lines = new ArrayList<>();
    byCheckpoint.forEach(
        (id, s) ->
            lines.add(
                new CheckpointLine(
                    s.name(),
                    s.day()[0],
                    s.day()[1],
                    s.day()[2],
                    s.toDate()[0],
                    s.toDate()[1],
                    medians.get(id))));
    lines.sort(Comparator.comparing(CheckpointLine::name));
    return lines;
  }

  private static List<ShiftLine> shiftLines(CheckpointTallies.Figures figures) {
    record Key(String checkpoint, UUID id, int shift) {}
    Map<Key, long[]> byShift = new HashMap<>();
    for (CheckpointTallies.Count c : figures.ofDay()) {
      long[] sums =
          byShift.computeIfAbsent(
              new Key(c.checkpointName(), c.checkpoint(), c.shift()), k -> new long[3]);
      sums[c.subject() == InspectionSubject.VEHICLE ? 0 : 1] += c.inspections();
      sums[2] += c.people();
    }
    return byShift.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<Key, long[]> e) -> e.getKey().checkpoint())
                .thenComparing(e -> e.getKey().id())
                .thenComparingInt(e -> e.getKey().shift()))
        .map(
            e ->
                new ShiftLine(
                    e.getKey().checkpoint(),
                    e.getKey().shift(),
                    e.getValue()[0],
                    e.getValue()[1],
                    e.getValue()[2]))
        .toList();
  }

  /** Every outcome, those nobody was sent included (zeros), in the outcomes' order. */
  private static List<Outcome> outcomes(CheckpointTallies.Figures figures) {
    Map<DivertOutcome, Outcome> outcomes = new EnumMap<>(DivertOutcome.class);
    for (DivertOutcome outcome : DivertOutcome.values()) {
      outcomes.put(outcome, new Outcome(outcome, 0, 0));
    }
    for (CheckpointTallies.Count c : figures.ofDay()) {
      outcomes.computeIfPresent(c.outcome(), (k, o) -> o.plus(c.inspections(), c.people()));
    }
    return List.copyOf(outcomes.values());
  }

  /**
   * The regions one level down, each with the figures recorded within it, in tree order; what is
   * recorded at the briefing's region itself (a town's own checkpoint) as a line of its own.
   */
  private List<Area> areas(
      Region region,
      CheckpointTallies.Figures checkpoints,
      GridFigures.DayFigures grids,
      Coverage seats,
      KeyPlacePatrolCounts keyPlaces,
      SupervisionFigures.FindingCounts findings) {
    List<Region> children = regions.children(region.code());
    if (children.isEmpty()) {
      return List.of();
    }
    Set<RegionCode> places = new HashSet<>();
    checkpoints.ofDay().forEach(c -> places.add(c.place()));
    grids.places().forEach(p -> places.add(p.place()));
    seats.posts().forEach(p -> places.add(p.region()));
    keyPlaces.lines().forEach(l -> places.add(l.region()));
    findings.places().forEach(p -> places.add(p.place()));
    Map<RegionCode, Region> found = regions.findAll(places);
    Map<RegionCode, RegionCode> childOf = new HashMap<>();
    for (RegionCode place : places) {
      Region p = found.get(place);
      childOf.put(place, p == null ? region.code() : childWithin(region, p));
    }

    Map<RegionCode, AreaSums> sums = new LinkedHashMap<>();
    children.forEach(c -> sums.put(c.code(), new AreaSums()));
    sums.put(region.code(), new AreaSums());
    Function<RegionCode, AreaSums> at =
        place -> sums.computeIfAbsent(childOf.get(place), c -> new AreaSums());
    for (CheckpointTallies.Count c : checkpoints.ofDay()) {
      AreaSums s = at.apply(c.place());
      s.vehicles += c.subject() == InspectionSubject.VEHICLE ? c.inspections() : 0;
      s.people += c.people();
    }
    for (GridFigures.PlaceFigures p : grids.places()) {
      AreaSums s = at.apply(p.place());
      s.grids = s.grids.plus(p.figures());
    }
    for (Coverage.PostCoverage p : seats.posts()) {
      AreaSums s = at.apply(p.region());
      s.seats = s.seats.plus(p.totals());
    }
    for (KeyPlacePatrolCounts.Line l : keyPlaces.lines()) {
      AreaSums s = at.apply(l.region());
      s.keyPlaces = s.keyPlaces.plus(l.figures());
    }
    for (SupervisionFigures.PlaceCount p : findings.places()) {
      at.apply(p.place()).findingsOpen += p.count().open();
    }

    Map<RegionCode, Region> byCode = new HashMap<>();
    children.forEach(c -> byCode.put(c.code(), c));
    List<Area> areas = new ArrayList<>();
    sums.forEach(
        (code, s) -> {
          boolean own = code.equals(region.code());
          if (own && s.isEmpty()) {
            return; // nothing recorded at the region itself: no line for it
          }
          areas.add(
              new Area(
                  own ? null : byCode.get(code),
                  s.vehicles,
                  s.people,
                  s.grids,
                  s.seats,
                  s.keyPlaces,
                  s.findingsOpen));
        });
    return areas;
  }

  /** The child of {@code region} that {@code place} lies in (the region itself for itself). */
  private static RegionCode childWithin(Region region, Region place) {
    String rest =
        place.path().startsWith(region.path())
            ? place.path().substring(region.path().length())
            : "";
    int slash = rest.indexOf('/');
    return slash <= 0 ? region.code() : RegionCode.of(rest.substring(0, slash));
  }

  private static final class AreaSums {
    long vehicles;
    long people;
    GridFigures.Figures grids = GridFigures.Figures.NONE;
    Coverage.Figures seats = Coverage.Figures.NONE;
    KeyPlacePatrolCounts.Figures keyPlaces = KeyPlacePatrolCounts.Figures.NONE;
    long findingsOpen;

    boolean isEmpty() {
      return vehicles == 0
          && people == 0
          && grids.equals(GridFigures.Figures.NONE)
          && seats.equals(Coverage.Figures.NONE)
          && keyPlaces.equals(KeyPlacePatrolCounts.Figures.NONE)
          && findingsOpen == 0;
    }
  }
}
