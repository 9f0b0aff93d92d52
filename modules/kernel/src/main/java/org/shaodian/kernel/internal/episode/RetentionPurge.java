package org.shaodian.kernel.internal.episode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.schema.ModuleSchema;
import org.shaodian.kernel.api.schema.RetentionRule;
import org.shaodian.kernel.api.schema.RetentionShortcut;

/**
 * The retention purge: for every closed episode whose retention period has passed, every module's
 * {@link RetentionRule}s in module order over the episode's region, up to the end of its last day
 * (Asia/Shanghai), each rule in a transaction of its own, as the system caller; then the episode is
 * marked purged with the counts and the purge audited. Aggregate tallies are no rule's business:
 * they stay. A purge cut short (a server stopped) is run again whole at the next run: the rules
 * delete or clear what is left. Runs from {@link RetentionTimer}, once per cluster. A module's
 * {@link RetentionShortcut} for a rule (dropping a day's partition whole) runs just before it, and
 * what it removed counts under the rule's kind.
 */
@ApplicationScoped
public class RetentionPurge {

  static final String JOB = "retention-purge";

  private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

  @Inject Instance<ModuleSchema> schemas;

  @Inject Instance<RetentionShortcut> shortcuts;

  @Inject EpisodeRegister episodes;

  @Inject RetentionSteps steps;

  @Inject Callers callers;

  @Inject Clock clock;

  /** Whether the timer runs it (an administrator can always run it by hand). */
  @Inject
  @ConfigProperty(name = "shaodian.retention.schedule.enabled", defaultValue = "true")
  boolean scheduled;

  /** What a run did. */
  @Schema(
      name = "RetentionRun",
      description =
          "一次个人信息清除 — the episodes a run purged, with their counts, and those that failed",
      requiredProperties = {"date", "purged", "failed"})
  public record Run(LocalDate date, List<Purged> purged, List<UUID> failed) {}

  /** One episode purged: how many rows of each kind of record were deleted or cleared. */
  @Schema(
      name = "EpisodePurge",
      description = "一个应急响应期的清除结果 — rows deleted or cleared, by kind of record",
      requiredProperties = {"episode", "region", "counts"})
  public record Purged(UUID episode, RegionCode region, Map<String, Integer> counts) {}

  /** The timer's tick. */
  void tick() {
    if (scheduled) {
      Run run = run();
      if (!run.purged().isEmpty() || !run.failed().isEmpty()) {
        LOG.info(
            () ->
                "retention purge: "
                    + run.purged().size()
                    + " episodes purged, "
                    + run.failed().size()
                    + " failed "
                    + run.failed());
      }
    }
  }

  /** Purges every episode due today or before. */
  public Run run() {
    LocalDate today = LocalDate.now(clock.withZone(ShaodianTime.ZONE));
    List<ModuleSchema> modules =
        schemas.stream().sorted(Comparator.comparingInt(ModuleSchema::order)).toList();
    List<Purged> purged = new ArrayList<>();
    List<UUID> failed = new ArrayList<>();
    for (UUID id : episodes.dueOn(today)) {
      try {
        purged.add(purge(id, modules));
      } catch (Exception e) {
        LOG.log(Level.WARNING, "the retention purge of episode " + id + " failed", e);
        failed.add(id);
      }
    }
    return new Run(today, purged, failed);
  }

  private Purged purge(UUID id, List<ModuleSchema> modules) throws Exception {
    EmergencyEpisode episode = episodes.forPurge(id);
    RegionCode code = RegionCode.of(episode.regionCode());
    CapturedCaller system = callers.system(JOB, code, Language.ZH);
    JurisdictionScope scope = new JurisdictionScope(system.caller().jurisdiction());
    OffsetDateTime before =
        episode.closedOn().plusDays(1).atStartOfDay(ShaodianTime.ZONE).toOffsetDateTime();
    Map<String, Integer> counts = new LinkedHashMap<>();
    return callers.runAs(
        system,
        () -> {
          for (ModuleSchema module : modules) {
            for (RetentionRule rule : module.retention()) {
              for (RetentionShortcut shortcut : shortcuts) {
                if (shortcut.what().equals(rule.what())) {
                  counts.merge(
                      rule.what(),
                      shortcut.apply(scope.pathStart(), scope.pathEnd(), before),
                      Integer::sum);
                }
              }
              counts.merge(rule.what(), steps.apply(rule, scope, before), Integer::sum);
            }
          }
          episodes.purged(id, report(counts));
          return new Purged(id, code, counts);
        });
  }

  /** The counts as the episode and the audit trail keep them: no personal data, counts only. */
  static String report(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
