package org.shaodian.reporting.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.rosters.api.AssignedVia;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.DutyService.DutyHolder;
import org.shaodian.rosters.api.DutyService.PersonDuties;
import org.shaodian.rosters.api.DutyService.PostDuties;
import org.shaodian.rosters.api.DutyView;
import org.shaodian.rosters.api.PostKind;
import org.shaodian.rosters.api.PostView;
import org.shaodian.rosters.api.SeatState;

/**
 * A week of Shouchang's expressway exit as the rosters api gives it: three 8-hour shifts, nine
 * seats a shift, a few open, one no-show; and one person's duties with a phone number that must not
 * be printed.
 */
final class RosterFixtures {

  static final OffsetDateTime GENERATED_AT =
      OffsetDateTime.of(2026, 11, 28, 19, 52, 0, 0, ZoneOffset.ofHours(8));
  static final LocalDate FROM = LocalDate.of(2026, 11, 28);
  static final LocalDate TO = FROM.plusDays(6);
  static final UUID POST_ID = UUID.nameUUIDFromBytes(bytes("post/highway-exit"));
  static final String POST_NAME = "杭千高速寿昌出口卡口";
  static final int[][] SHIFTS = {{0, 8}, {8, 8}, {16, 8}};
  static final String[] LABELS = {"00:00–08:00", "08:00–16:00", "16:00–00:00"};
  static final Map<DutyRole, Integer> NEEDS = new LinkedHashMap<>();

  static {
    NEEDS.put(DutyRole.POINT_LEADER, 1);
    NEEDS.put(DutyRole.GROUP_LEADER, 1);
    NEEDS.put(DutyRole.RECORDER, 2);
    NEEDS.put(DutyRole.GUIDE, 2);
    NEEDS.put(DutyRole.INSPECTOR, 2);
    NEEDS.put(DutyRole.SWAB_TAKER, 1);
  }

  static final String[] NAMES = {
    "余振华", "温军", "吴凤英", "刘乐光", "高根良", "黄有根", "方正平", "徐建国", "周秀兰", "王志强", "陈美玲", "杨卫东",
    "赵丽华", "孙德胜", "朱桂芳", "胡海涛", "郭春梅", "何永生", "林晓燕", "罗国庆", "梁淑珍", "宋金龙", "郑玉兰", "谢文彬"
  };

  /** A holder whose name would be markup if the grid did not escape it. */
  static final String ODD_NAME = "李<b>四&";

  private RosterFixtures() {}

  static PostView post() {
    List<PostView.ShiftView> shifts = new ArrayList<>();
    for (int s = 0; s < SHIFTS.length; s++) {
      List<PostView.NeedView> needs = new ArrayList<>();
      NEEDS.forEach(
          (role, n) ->
              needs.add(new PostView.NeedView(role, n, List.copyOf(role.impliedQualifications()))));
      shifts.add(
          new PostView.ShiftView(s + 1, SHIFTS[s][0], SHIFTS[s][1], LABELS[s], s == 0, needs));
    }
    return new PostView(
        POST_ID,
        POST_NAME,
        PostKind.CHECKPOINT,
        RegionCode.of("330182107000"),
        "寿昌镇",
        null,
        shifts,
        27,
        true,
        1,
        GENERATED_AT.minusDays(3),
        GENERATED_AT.minusDays(1));
  }

  /**
   * Every seat of the week. Open: the swab taker's seat of every night shift and all of the last
   * day's seats; a no-show: the first inspector of the first day's morning; one holder is {@link
   * #ODD_NAME}.
   */
  static PostDuties week() {
    List<DutyView> seats = new ArrayList<>();
    int next = 0;
    for (LocalDate date = FROM; !date.isAfter(TO); date = date.plusDays(1)) {
      for (int s = 0; s < SHIFTS.length; s++) {
        for (Map.Entry<DutyRole, Integer> need : NEEDS.entrySet()) {
          for (int seat = 1; seat <= need.getValue(); seat++) {
            boolean open = date.equals(TO) || (s == 0 && need.getKey() == DutyRole.SWAB_TAKER);
            boolean noShow =
                date.equals(FROM) && s == 1 && need.getKey() == DutyRole.INSPECTOR && seat == 1;
            String name = open ? null : NAMES[next++ % NAMES.length];
            if (date.equals(FROM.plusDays(2)) && s == 2 && need.getKey() == DutyRole.GUIDE) {
              name = seat == 1 ? ODD_NAME : name;
            }
            seats.add(
                duty(
                    date,
                    s,
                    need.getKey(),
                    seat,
                    name,
                    open ? SeatState.OPEN : noShow ? SeatState.NO_SHOW : SeatState.ASSIGNED));
          }
        }
      }
    }
    return new PostDuties(post(), FROM, TO, seats);
  }

  /** 余振华 of Xihu village, whose duties the printout lists (by name: it holds no phone). */
  static DutyHolder person() {
    return new DutyHolder(
        UUID.nameUUIDFromBytes(bytes("person/yu")), "余振华", RegionCode.of("330182107201"), "西湖村");
  }

  /** Five duties of 余振华: signed out, signed in, a no-show, two ahead. */
  static PersonDuties duties() {
    List<DutyView> list =
        List.of(
            duty(FROM, 0, DutyRole.POINT_LEADER, 1, "余振华", SeatState.SIGNED_OUT),
            duty(FROM.plusDays(1), 1, DutyRole.POINT_LEADER, 1, "余振华", SeatState.SIGNED_IN),
            duty(FROM.plusDays(2), 2, DutyRole.GROUP_LEADER, 1, "余振华", SeatState.NO_SHOW),
            duty(FROM.plusDays(4), 0, DutyRole.INSPECTOR, 2, "余振华", SeatState.ASSIGNED),
            duty(FROM.plusDays(6), 1, DutyRole.RECORDER, 1, "余振华", SeatState.ASSIGNED));
    return new PersonDuties(person(), FROM, TO, list);
  }

  static DutyView duty(
      LocalDate date, int shift, DutyRole role, int seat, String name, SeatState state) {
    OffsetDateTime start =
        date.atTime(SHIFTS[shift][0], 0).atZone(ShaodianTime.ZONE).toOffsetDateTime();
    return new DutyView(
        POST_ID,
        POST_NAME,
        date,
        shift + 1,
        LABELS[shift],
        start,
        start.plusHours(SHIFTS[shift][1]),
        role,
        seat,
        List.copyOf(role.impliedQualifications()),
        name == null ? null : UUID.nameUUIDFromBytes(bytes("person/" + name)),
        name,
        state,
        name == null ? null : AssignedVia.BULK,
        null,
        null);
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
