package org.shaodian.checkpoints.internal.patrol;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;

/**
 * A key place's patrol of a day (每日一巡, Asia/Shanghai): every item of the place's checklist, as it
 * is when the patrol is recorded, answered exactly once — passed or failed, with a note — and what
 * was ordered to be put right. One a day per place (a database rule). A patrol is recorded for
 * today, or late for yesterday until noon; never for a day to come or an older one. Once recorded
 * it does not change.
 */
@Entity
@Table(name = "checkpoints_patrol")
public class Patrol {

  /** Yesterday's patrol may be recorded until this time of today. */
  static final LocalTime LATE_UNTIL = LocalTime.NOON;

  /** How far ahead of the server's clock a device's clock may be. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** The longest note on an item. */
  static final int NOTE_LENGTH = 200;

  /** The longest rectification note. */
  static final int RECTIFICATION_LENGTH = 500;

  /** An item as the patroller answers it. */
  record Answer(String item, boolean passed, String note) {}

  /** An item of the checklist as it was answered. */
  @Embeddable
  public static class CheckedItem {
    @Column(name = "item", nullable = false, length = KeyPlace.ITEM_LENGTH)
    private String item;

    @Column(nullable = false)
    private boolean passed;

    @Column(length = NOTE_LENGTH)
    private String note;

    protected CheckedItem() {}

    CheckedItem(String item, boolean passed, String note) {
      this.item = item;
      this.passed = passed;
      this.note = note;
    }

    public String item() {
      return item;
    }

    public boolean passed() {
      return passed;
    }

    public String note() {
      return note;
    }
  }

  @Id private UUID id;

  @Column(name = "place_id", nullable = false)
  private UUID place;

  @Column(name = "patrol_day", nullable = false)
  private LocalDate patrolDay;

  @Column(name = "patrolled_at", nullable = false)
  private Instant patrolledAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "patrolled_by", nullable = false, length = 100)
  private String patrolledBy;

  @Column(name = "items_failed", nullable = false)
  private int itemsFailed;

  @Column(length = RECTIFICATION_LENGTH)
  private String rectification;

  @ElementCollection
  @CollectionTable(name = "checkpoints_patrol_item", joinColumns = @JoinColumn(name = "patrol_id"))
  @OrderColumn(name = "seq")
  private List<CheckedItem> items = new ArrayList<>();

  protected Patrol() {}

  /** The patrol of an active place (see {@link KeyPlace#patrol}). */
  static Patrol record(
      KeyPlace place,
      List<Answer> answers,
      Instant patrolledAt,
      String rectification,
      String by,
      Instant now) {
    LocalDate day = dayOf(patrolledAt, now);
    List<CheckedItem> checked = answer(place.checklist(), answers);
    Patrol patrol = new Patrol();
    patrol.id = UUID.randomUUID();
    patrol.place = place.id();
    patrol.patrolDay = day;
    patrol.patrolledAt = patrolledAt;
    patrol.recordedAt = now;
    patrol.patrolledBy = by;
    patrol.items.addAll(checked);
    patrol.itemsFailed = (int) checked.stream().filter(item -> !item.passed()).count();
    patrol.rectification =
        rectification == null || rectification.isBlank() ? null : rectification.strip();
    return patrol;
  }

  /**
   * The day a patrol made at {@code patrolledAt} counts for, when it is recorded at {@code now}:
   * today, or yesterday until noon. A 400 naming {@code patrolledAt} otherwise.
   */
  static LocalDate dayOf(Instant patrolledAt, Instant now) {
    if (patrolledAt.isAfter(now.plus(CLOCK_SKEW))) {
      throw Problem.invalid("patrolledAt", Text.of("巡查时间不能晚于现在", "must not be in the future"));
    }
    LocalDate day = patrolledAt.atZone(ShaodianTime.ZONE).toLocalDate();
    ZonedDateTime here = now.atZone(ShaodianTime.ZONE);
    LocalDate today = here.toLocalDate();
    if (day.isAfter(today)) {
      throw Problem.invalid(
          "patrolledAt", Text.of("不能登记明天的巡查", "a patrol is not recorded for a day to come"));
    }
    if (day.isEqual(today)
        || day.isEqual(today.minusDays(1)) && here.toLocalTime().isBefore(LATE_UNTIL)) {
      return day;
    }
    throw Problem.invalid(
        "patrolledAt",
        Text.of(
            "只能登记当天的巡查,或在次日中午 12 时前补登前一天的巡查",
            "a patrol is recorded the same day, or for yesterday until noon"));
  }

  /**
   * The checklist answered: every item exactly once, in the checklist's order. A 400 naming the
   * items not answered, answered twice, or not on the checklist.
   */
  static List<CheckedItem> answer(List<String> checklist, List<Answer> answers) {
    Map<String, Answer> byItem = new LinkedHashMap<>();
    Set<String> twice = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    for (Answer answer : answers == null ? List.<Answer>of() : answers) {
      String item = answer.item() == null ? "" : answer.item().strip();
      if (!checklist.contains(item)) {
        unknown.add(item);
      } else if (byItem.putIfAbsent(item, answer) != null) {
        twice.add(item);
      }
    }
    List<String> missing = checklist.stream().filter(item -> !byItem.containsKey(item)).toList();
    List<FieldError> errors = new ArrayList<>();
    if (!missing.isEmpty()) {
      errors.add(
          new FieldError(
              "items",
              Text.of(
                  "检查项未回答:" + String.join("、", missing),
                  "items not answered: " + String.join(", ", missing))));
    }
    if (!twice.isEmpty()) {
      errors.add(
          new FieldError(
              "items",
              Text.of(
                  "检查项回答了两次:" + String.join("、", twice),
                  "items answered twice: " + String.join(", ", twice))));
    }
    if (!unknown.isEmpty()) {
      errors.add(
          new FieldError(
              "items",
              Text.of(
                  "不在该场所检查清单上:" + String.join("、", unknown),
                  "not on the place's checklist: " + String.join(", ", unknown))));
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    return checklist.stream()
        .map(
            item -> {
              Answer answer = byItem.get(item);
              String note =
                  answer.note() == null || answer.note().isBlank() ? null : answer.note().strip();
              return new CheckedItem(item, answer.passed(), note);
            })
        .toList();
  }

  public UUID id() {
    return id;
  }

  public UUID place() {
    return place;
  }

  public LocalDate day() {
    return patrolDay;
  }

  public Instant patrolledAt() {
    return patrolledAt;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String patrolledBy() {
    return patrolledBy;
  }

  public int itemsFailed() {
    return itemsFailed;
  }

  public String rectification() {
    return rectification;
  }

  public List<CheckedItem> items() {
    return List.copyOf(items);
  }
}
