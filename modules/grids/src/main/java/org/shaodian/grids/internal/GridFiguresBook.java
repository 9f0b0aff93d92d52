package org.shaodian.grids.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.shaodian.grids.api.GridFigures;
import org.shaodian.grids.internal.health.HomeCaseBook;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * The grids' day in figures: counted per place with one grouped query per kind of record, each
 * bounded by the day (registrations and requests of the day, cases running that day) except the
 * ledger's total and the requests still open at the day's end, which are counts on an index.
 */
@UnitOfWork
@ApplicationScoped
public class GridFiguresBook implements GridFigures {

  @PersistenceContext(unitName = "grids")
  EntityManager em;

  @Inject Access access;

  @Inject Clock clock;

  @Inject HomeCaseBook homeCases;

  @Override
  @GridAccess(GridPermission.GRIDS_READ)
  public DayFigures onDay(RegionCode region, LocalDate day) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ShaodianTime.ZONE);
    if (day == null || day.isAfter(today)) {
      throw Problem.invalid("date", Text.of("日期不能晚于今天", "must be today or earlier"));
    }
    JurisdictionScope scope = access.scope(GridPermission.GRIDS_READ, region);
    Instant start = day.atStartOfDay(ShaodianTime.ZONE).toInstant();
    Instant end = day.plusDays(1).atStartOfDay(ShaodianTime.ZONE).toInstant();
    // the end of the day, or now while it lasts
    Instant cutoff = end.isAfter(now) ? now : end;
    LocalDate overdueBefore = day.plusDays(1).isAfter(today) ? today : day.plusDays(1);

    Map<RegionCode, GridFigures.Figures> byPlace =
        new HashMap<>(homeCases.figuresOn(scope, day, overdueBefore));
    add(
        byPlace,
        counts(
            "r.stayCode",
            "Returnee r where r.registeredAt >= :from and r.registeredAt < :to",
            scope,
            start,
            cutoff),
        n -> new Figures(n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    add(
        byPlace,
        counts("r.stayCode", "Returnee r where r.registeredAt < :to", scope, null, cutoff),
        n -> new Figures(0, n, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    add(
        byPlace,
        counts(
            "r.placeCode",
            "CitizenRequest r where r.receivedAt >= :from and r.receivedAt < :to",
            scope,
            start,
            cutoff),
        n -> new Figures(0, 0, 0, 0, 0, 0, 0, 0, n, 0, 0));
    add(
        byPlace,
        counts(
            "r.placeCode",
            "CitizenRequest r where r.resolvedAt >= :from and r.resolvedAt < :to",
            scope,
            start,
            cutoff),
        n -> new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, n, 0));
    add(
        byPlace,
        counts(
            "r.placeCode",
            "CitizenRequest r where r.receivedAt < :to"
                + " and r.dueAt < :to and (r.resolvedAt is null or r.resolvedAt >= :to)",
            scope,
            null,
            cutoff),
        n -> new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, n));

    List<PlaceFigures> places = new ArrayList<>();
    byPlace.forEach((place, figures) -> places.add(new PlaceFigures(place, figures)));
    places.sort(Comparator.comparing(PlaceFigures::place));
    return new DayFigures(scope.root().code(), day, places);
  }

  /** A grouped count per place, within the scope, between {@code from} (if any) and {@code to}. */
  /**
   * How many rows each place has within the scope, grouped by {@code place}; {@code rowsWhere} is
   * the entity as {@code r} and its condition, with {@code :to} and maybe {@code :from}.
   */
  private Map<RegionCode, Long> counts(
      String place, String rowsWhere, JurisdictionScope scope, Instant from, Instant to) {
    String grouped =
        "select "
            + place
            + ", count(r) from "
            + rowsWhere
            + " and r.regionPath >= :start and r.regionPath < :end group by "
            + place;
    var typed =
        em.createQuery(grouped, Object[].class)
            .setParameter("start", scope.pathStart())
            .setParameter("end", scope.pathEnd())
            .setParameter("to", to);
    if (from != null) {
      typed.setParameter("from", from);
    }
    Map<RegionCode, Long> counts = new HashMap<>();
    for (Object[] row : typed.getResultList()) {
      counts.put(RegionCode.of((String) row[0]), ((Number) row[1]).longValue());
    }
    return counts;
  }

  private static void add(
      Map<RegionCode, Figures> byPlace,
      Map<RegionCode, Long> counts,
      Function<Long, Figures> figures) {
    counts.forEach((place, n) -> byPlace.merge(place, figures.apply(n), Figures::plus));
  }
}
