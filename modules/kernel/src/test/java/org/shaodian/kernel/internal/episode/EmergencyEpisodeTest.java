package org.shaodian.kernel.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/** An episode closes once, not before it opened, and is due for purging the period after. */
class EmergencyEpisodeTest {

  private static final LocalDate OPENED = LocalDate.of(2022, 11, 2);

  private static EmergencyEpisode opened() {
    Region town =
        new Region(
            RegionCode.of("330182107000"),
            "寿昌镇",
            "Shouchang",
            RegionLevel.TOWN,
            null,
            "/330000/330100/330182/330182107000/");
    return new EmergencyEpisode(town, "寿昌镇疫情应急处置", OPENED, "shouchang-command");
  }

  @Test
  void closedItIsDueTheRetentionPeriodAfterItsLastDay() {
    EmergencyEpisode episode = opened();
    assertThat(episode.purgeDueOn()).isNull();
    episode.close(LocalDate.of(2022, 12, 7), 30, "shouchang-command");
    assertThat(episode.closedOn()).isEqualTo(LocalDate.of(2022, 12, 7));
    assertThat(episode.purgeDueOn()).isEqualTo(LocalDate.of(2023, 1, 6));
    assertThat(episode.closedBy()).isEqualTo("shouchang-command");
  }

  @Test
  void itClosesOnceAndNotBeforeItOpened() {
    EmergencyEpisode episode = opened();
    assertThatThrownBy(() -> episode.close(OPENED.minusDays(1), 30, "a"))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(400));
    episode.close(OPENED, 30, "a");
    assertThatThrownBy(() -> episode.close(OPENED.plusDays(1), 30, "a"))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(409));
  }

  @Test
  void thePurgeReportReadsBackAsCounts() {
    var counts = new java.util.LinkedHashMap<String, Integer>();
    counts.put("checkpoints.inspected-people", 12);
    counts.put("grids.returnees", 0);
    assertThat(EpisodeView.counts(RetentionPurge.report(counts))).isEqualTo(counts);
    assertThat(EpisodeView.counts(null)).isNull();
  }
}
