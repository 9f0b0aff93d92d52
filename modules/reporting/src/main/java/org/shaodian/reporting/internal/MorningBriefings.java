package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.kernel.api.region.Regions;

/**
 * The morning run (每日一报): every district's and town's briefing of the day before, made as the
 * system caller and archived. It is asked every minute by a persistent timer that runs once per
 * cluster ({@link MorningBriefingTimer}); from the configured hour on, it makes the briefings that
 * are not archived yet — so a run missed while every server was down is made up at the next tick,
 * and one that failed half-way goes on where it stopped. Each briefing is stored in a transaction
 * of its own under a database rule (one per region and day): should two servers ever make the same
 * one, it is stored once.
 */
@ApplicationScoped
public class MorningBriefings {

  private static final Logger LOG = Logger.getLogger(MorningBriefings.class.getName());

  static final String JOB = "daily-briefing";

  /** The one description of the briefing.time timer, which both ways of making one record. */
  static final String BRIEFING_TIME =
      "How long a daily briefing took to make, from its figures to the file: made=request as PDF"
          + " or workbook on a caller's request (with its audit), made=morning-run the PDF and the"
          + " workbook the morning run archives";

  /** The levels the morning run makes briefings for. */
  static final List<RegionLevel> LEVELS = List.of(RegionLevel.DISTRICT, RegionLevel.TOWN);

  /** The most regions of a level under one root (a province has some 1,300 towns). */
  static final int MAX_REGIONS = 5000;

  @Inject Regions regions;

  @Inject Callers callers;

  @Inject Clock clock;

  @Inject BriefingFigures figures;

  @Inject BriefingMap map;

  @Inject DailyBriefingReport report;

  @Inject BriefingArchive archive;

  @Inject
  @Metric(
      name = "briefing.time",
      absolute = true,
      tags = "made=morning-run",
      description = MorningBriefings.BRIEFING_TIME)
  Timer briefingTime;

  /** The hour (Asia/Shanghai) from which the day before's briefings are made; 0–23. */
  @Inject
  @ConfigProperty(name = "shaodian.briefing.hour", defaultValue = "7")
  int hour;

  /** Whether the timer makes them (an administrator can always run them by hand). */
  @Inject
  @ConfigProperty(name = "shaodian.briefing.schedule.enabled", defaultValue = "true")
  boolean scheduled;

  /** What a run did. */
  @Schema(
      name = "BriefingRun",
      description = "一次简报生成 — the briefings a run made, found made already, and could not make",
      requiredProperties = {"date", "generated", "alreadyArchived", "failed"})
  public record Run(
      LocalDate date, List<RegionCode> generated, int alreadyArchived, List<RegionCode> failed) {}

  /** A timer's tick: the day before's briefings, once the hour has come. */
  void tick() {
    if (!scheduled) {
      return;
    }
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(ShaodianTime.ZONE));
    if (now.toLocalTime().isBefore(LocalTime.of(hour, 0))) {
      return;
    }
    Run run = run(now.toLocalDate().minusDays(1));
    if (!run.generated().isEmpty() || !run.failed().isEmpty()) {
      LOG.info(
          () ->
              String.format(
                  "morning briefings of %s: %d made, %d made before, %d failed %s",
                  run.date(),
                  run.generated().size(),
                  run.alreadyArchived(),
                  run.failed().size(),
                  run.failed()));
    }
  }

  /**
   * Makes and archives the briefings of a day that are not archived yet, for every district and
   * town of the tree, in Chinese.
   */
  public Run run(LocalDate day) {
    Language language = Language.ZH;
    Set<RegionCode> done = archive.archivedOn(day, language);
    List<RegionCode> generated = new ArrayList<>();
    List<RegionCode> failed = new ArrayList<>();
    int already = 0;
    for (Region root : regions.roots()) {
      for (RegionLevel level : LEVELS) {
        for (Region region : regions.within(root, level, MAX_REGIONS)) {
          if (done.contains(region.code())) {
            already++;
            continue;
          }
          switch (make(root, region, day, language)) {
            case MADE -> generated.add(region.code());
            case MADE_ELSEWHERE -> already++;
            case FAILED -> failed.add(region.code());
          }
        }
      }
    }
    return new Run(day, generated, already, failed);
  }

  private enum Outcome {
    MADE,
    MADE_ELSEWHERE,
    FAILED
  }

  /** One region's briefing, as the system caller within the root; its failure is its own. */
  private Outcome make(Region root, Region region, LocalDate day, Language language) {
    CapturedCaller system = callers.system(JOB, root.code(), language);
    try {
      return callers.runAs(
          system,
          () -> {
            Timer.Context making = briefingTime.time();
            DailyBriefing briefing = map.drawn(figures.gather(region.code(), day), language);
            String by = system.caller().name();
            byte[] pdf = report.render(briefing, language, by);
            byte[] xlsx = DailyBriefingWorkbook.write(briefing, language, by);
            making.stop();
            try {
              archive.store(new ArchivedBriefing(briefing, language, by, pdf, xlsx));
              return Outcome.MADE;
            } catch (Problem conflict) {
              if (conflict.status() == 409) {
                return Outcome.MADE_ELSEWHERE;
              }
              throw conflict;
            }
          });
    } catch (Exception e) {
      LOG.log(Level.WARNING, "the briefing of " + region.code() + " for " + day + " failed", e);
      return Outcome.FAILED;
    }
  }
}
