package org.shaodian.reporting.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.shaodian.checkpoints.api.CheckpointTallies;
import org.shaodian.checkpoints.api.DivertOutcome;
import org.shaodian.checkpoints.api.KeyPlaceKind;
import org.shaodian.checkpoints.api.KeyPlacePatrolCounts;
import org.shaodian.grids.api.GridFigures;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;
import org.shaodian.rosters.api.Coverage;
import org.shaodian.rosters.api.PostKind;
import org.shaodian.rosters.api.SupervisionFigures;

/** A town's briefing as the modules would give it: Shouchang on 2026-11-28. */
final class BriefingFixtures {

  static final LocalDate DAY = LocalDate.of(2026, 11, 28);
  static final OffsetDateTime GENERATED_AT =
      OffsetDateTime.of(2026, 11, 29, 7, 0, 0, 0, ZoneOffset.ofHours(8));

  static final Region SHOUCHANG =
      new Region(
          RegionCode.of("330182107000"),
          "寿昌镇",
          "Shouchang",
          RegionLevel.TOWN,
          RegionCode.of("330182000000"),
          "/330000000000/330100000000/330182000000/330182107000/");

  static Region village(String code, String name, String nameEn) {
    return new Region(
        RegionCode.of(code),
        name,
        nameEn,
        RegionLevel.VILLAGE,
        SHOUCHANG.code(),
        SHOUCHANG.path() + code + "/");
  }

  private BriefingFixtures() {}

  static DailyBriefing town(boolean withMap) {
    List<DailyBriefing.CheckpointLine> checkpoints =
        List.of(
            new DailyBriefing.CheckpointLine("杭千高速寿昌出口卡口", 1284, 37, 2611, 30512, 61877, 95L),
            new DailyBriefing.CheckpointLine("寿昌大桥临时卡口", 406, 122, 903, 9120, 20455, 71L),
            new DailyBriefing.CheckpointLine("石屏村道口卡口", 88, 64, 217, 2240, 5102, 52L));
    List<DailyBriefing.ShiftLine> shifts = new ArrayList<>();
    for (DailyBriefing.CheckpointLine c : checkpoints) {
      shifts.add(
          new DailyBriefing.ShiftLine(
              c.name(), 1, c.vehicles() / 2, c.pedestrians() / 2, c.people() / 2));
      shifts.add(
          new DailyBriefing.ShiftLine(
              c.name(),
              2,
              c.vehicles() - c.vehicles() / 2,
              c.pedestrians() - c.pedestrians() / 2,
              c.people() - c.people() / 2));
    }
    List<DailyBriefing.Outcome> outcomes =
        List.of(
            new DailyBriefing.Outcome(DivertOutcome.RELEASED, 1850, 3456),
            new DailyBriefing.Outcome(DivertOutcome.TESTED_ON_SITE, 92, 180),
            new DailyBriefing.Outcome(DivertOutcome.ESCORTED_TO_UNLOADING, 31, 33),
            new DailyBriefing.Outcome(DivertOutcome.PERSUADED_BACK, 12, 25),
            new DailyBriefing.Outcome(DivertOutcome.CENTRAL_ISOLATION, 0, 0),
            new DailyBriefing.Outcome(DivertOutcome.HOME_MANAGEMENT, 16, 37));
    List<CheckpointTallies.DayTotals> trend = new ArrayList<>();
    long[] vehicles = {1402, 1530, 1611, 1720, 1688, 1702, 1778};
    for (int i = 0; i < 7; i++) {
      trend.add(
          new CheckpointTallies.DayTotals(
              DAY.minusDays(6 - i), vehicles[i], 180 + i * 3, vehicles[i] * 2 + 160));
    }
    Coverage coverage =
        new Coverage(
            SHOUCHANG.code(),
            "寿昌镇",
            DAY,
            GENERATED_AT,
            new Coverage.Figures(24, 22, 2, 21, 1),
            List.of(
                post("杭千高速寿昌出口卡口", "330182107000", new Coverage.Figures(4, 4, 0, 4, 0)),
                post("寿昌大桥临时卡口", "330182107201", new Coverage.Figures(4, 3, 1, 3, 0)),
                post("石屏村防疫服务点", "330182107203", new Coverage.Figures(4, 3, 1, 2, 1))));
    GridFigures.Figures grids = new GridFigures.Figures(23, 412, 6, 19, 48, 41, 37, 2, 9, 7, 1);
    KeyPlacePatrolCounts keyPlaces =
        new KeyPlacePatrolCounts(
            SHOUCHANG.code(),
            "寿昌镇",
            DAY,
            new KeyPlacePatrolCounts.Figures(7, 6, 1, 1, 2),
            List.of(
                new KeyPlacePatrolCounts.Line(
                    RegionCode.of("330182107201"),
                    "寿昌村",
                    KeyPlaceKind.MARKET,
                    "农贸市场",
                    new KeyPlacePatrolCounts.Figures(2, 2, 0, 1, 2)),
                new KeyPlacePatrolCounts.Line(
                    RegionCode.of("330182107203"),
                    "石屏村",
                    KeyPlaceKind.SUPERMARKET,
                    "超市",
                    new KeyPlacePatrolCounts.Figures(5, 4, 1, 0, 0))));
    List<DailyBriefing.Area> areas =
        List.of(
            new DailyBriefing.Area(
                village("330182107201", "寿昌村", "Shouchang village"),
                406,
                903,
                new GridFigures.Figures(11, 180, 3, 9, 20, 20, 19, 1, 4, 3, 0),
                new Coverage.Figures(4, 3, 1, 3, 0),
                new KeyPlacePatrolCounts.Figures(2, 2, 0, 1, 2),
                1),
            new DailyBriefing.Area(
                village("330182107203", "石屏村", "Shiping"),
                88,
                217,
                new GridFigures.Figures(12, 232, 3, 10, 28, 21, 18, 1, 5, 4, 1),
                new Coverage.Figures(4, 3, 1, 2, 1),
                new KeyPlacePatrolCounts.Figures(5, 4, 1, 0, 0),
                0),
            new DailyBriefing.Area(
                null,
                1284,
                2611,
                GridFigures.Figures.NONE,
                new Coverage.Figures(4, 4, 0, 4, 0),
                KeyPlacePatrolCounts.Figures.NONE,
                0));
    return new DailyBriefing(
        SHOUCHANG,
        DAY,
        GENERATED_AT,
        OffsetDateTime.of(2026, 11, 29, 0, 0, 0, 0, ZoneOffset.ofHours(8)),
        DAY.minusDays(30),
        new DailyBriefing.Headline(1778, 3731, 23, 73, 1, 2),
        new DailyBriefing.Headline(1702, 3590, 30, 70, 1, 3),
        checkpoints,
        shifts,
        outcomes,
        trend,
        coverage,
        new SupervisionFigures.Count(1, 1, 1),
        grids,
        keyPlaces,
        areas,
        withMap ? map() : null);
  }

  /** A day with nothing recorded: every section must say so in words. */
  static DailyBriefing quietVillage() {
    Region village = village("330182107299", "新村", "Xincun");
    List<DailyBriefing.Outcome> outcomes = new ArrayList<>();
    for (DivertOutcome o : DivertOutcome.values()) {
      outcomes.add(new DailyBriefing.Outcome(o, 0, 0));
    }
    List<CheckpointTallies.DayTotals> trend = new ArrayList<>();
    for (int i = 6; i >= 0; i--) {
      trend.add(new CheckpointTallies.DayTotals(DAY.minusDays(i), 0, 0, 0));
    }
    DailyBriefing.Headline none = new DailyBriefing.Headline(0, 0, 0, 0, 0, 0);
    return new DailyBriefing(
        village,
        DAY,
        GENERATED_AT,
        GENERATED_AT,
        DAY.minusDays(365),
        none,
        none,
        List.of(),
        List.of(),
        outcomes,
        trend,
        new Coverage(village.code(), "新村", DAY, GENERATED_AT, Coverage.Figures.NONE, List.of()),
        SupervisionFigures.Count.NONE,
        GridFigures.Figures.NONE,
        new KeyPlacePatrolCounts(
            village.code(), "新村", DAY, KeyPlacePatrolCounts.Figures.NONE, List.of()),
        List.of(),
        null);
  }

  private static Coverage.PostCoverage post(String name, String region, Coverage.Figures f) {
    return new Coverage.PostCoverage(
        UUID.nameUUIDFromBytes(name.getBytes()),
        name,
        PostKind.CHECKPOINT,
        RegionCode.of(region),
        f,
        List.of(
            new Coverage.ShiftCoverage(
                DAY,
                1,
                "08:00–20:00",
                GENERATED_AT,
                GENERATED_AT,
                new Coverage.Figures(2, 2, 0, 2, 0)),
            new Coverage.ShiftCoverage(
                DAY,
                2,
                "20:00–08:00",
                GENERATED_AT,
                GENERATED_AT,
                new Coverage.Figures(
                    f.seats() - 2, f.filled() - 2, f.open(), f.signedIn() - 2, f.noShows()))));
  }

  /** A stand-in for the four-colour map: four coloured squares. */
  static byte[] map() {
    BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 800, 600);
    Color[] colours = {Color.RED, Color.ORANGE, Color.YELLOW, Color.GREEN};
    for (int i = 0; i < 4; i++) {
      g.setColor(colours[i]);
      g.fillRect(60 + i * 170, 200, 150, 150);
    }
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }
}
