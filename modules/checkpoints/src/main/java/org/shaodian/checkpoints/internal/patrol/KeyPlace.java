package org.shaodian.checkpoints.internal.patrol;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.shaodian.checkpoints.api.KeyPlaceKind;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/**
 * A key place (重点场所): a market, a supermarket, a hotel, a station … in a village, community or
 * town, with the checklist its daily patrol answers. Its kind and region stay; deactivated is for
 * good, and an inactive place is not patrolled.
 */
@Entity
@Table(name = "checkpoints_key_place")
public class KeyPlace {

  /** Items a checklist has at most. */
  static final int MAX_ITEMS = 30;

  /** The longest item. */
  static final int ITEM_LENGTH = 50;

  @Id private UUID id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "active_name", length = 100)
  private String activeName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private KeyPlaceKind kind;

  @Column(name = "region_code", nullable = false, length = 15)
  private String regionCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(length = 200)
  private String address;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "deactivated_at")
  private Instant deactivatedAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(
      name = "checkpoints_key_place_item",
      joinColumns = @JoinColumn(name = "place_id"))
  @OrderColumn(name = "seq")
  @Column(name = "item", nullable = false, length = ITEM_LENGTH)
  private List<String> checklist = new ArrayList<>();

  protected KeyPlace() {}

  /**
   * A new, active place in {@code region}: a town, or a village or community (a place in a grid is
   * set up in the grid's village or community).
   */
  static KeyPlace setUp(
      UUID id,
      Region region,
      String name,
      KeyPlaceKind kind,
      String address,
      List<String> checklist,
      Instant now) {
    if (region.level() != RegionLevel.TOWN && region.level() != RegionLevel.VILLAGE) {
      throw Problem.invalid(
          "region",
          Text.of(
              "重点场所登记在所在的镇街或村社", "a key place is set up in its town, or its village or community"));
    }
    KeyPlace place = new KeyPlace();
    place.id = id;
    place.kind = Objects.requireNonNull(kind, "kind");
    place.regionCode = region.code().value();
    place.regionPath = region.path();
    place.active = true;
    place.createdAt = now;
    place.apply(name, address, checklist, now);
    return place;
  }

  /** A new name, address or checklist; the kind stays (deactivate it and set up another). */
  void change(
      String newName, KeyPlaceKind newKind, String newAddress, List<String> items, Instant now) {
    requireActive();
    if (newKind != kind) {
      throw Problem.invalid("kind", Text.of("重点场所类型不能更改", "a key place's kind does not change"));
    }
    apply(newName, newAddress, items, now);
  }

  private void apply(String newName, String newAddress, List<String> items, Instant now) {
    List<String> checked = checklistOf(items);
    this.name = Objects.requireNonNull(newName, "name");
    this.activeName = active ? newName : null;
    this.address = newAddress;
    if (!checked.equals(checklist)) {
      checklist.clear();
      checklist.addAll(checked);
    }
    this.updatedAt = now;
  }

  /**
   * A checklist as given: 1 to {@link #MAX_ITEMS} items, none blank, none named twice (the patrol
   * answers each item by its text). Returns the items stripped.
   */
  static List<String> checklistOf(List<String> items) {
    if (items == null || items.isEmpty()) {
      throw Problem.invalid(
          "checklist", Text.of("检查清单至少一项", "the checklist needs at least one item"));
    }
    if (items.size() > MAX_ITEMS) {
      throw Problem.invalid(
          "checklist",
          Text.of("检查清单最多 " + MAX_ITEMS + " 项", "at most " + MAX_ITEMS + " checklist items"));
    }
    List<String> stripped = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String item : items) {
      String text = item == null ? "" : item.strip();
      if (text.isEmpty() || text.codePointCount(0, text.length()) > ITEM_LENGTH) {
        throw Problem.invalid(
            "checklist",
            Text.of(
                "检查项须为 1–" + ITEM_LENGTH + " 个字",
                "each item has 1 to " + ITEM_LENGTH + " characters"));
      }
      if (!seen.add(text)) {
        throw Problem.invalid(
            "checklist", Text.of("检查项重复:" + text, "an item listed twice: " + text));
      }
      stripped.add(text);
    }
    return List.copyOf(stripped);
  }

  /** Takes no more patrols, for good; its name may serve another place. A 409 when inactive. */
  void deactivate(Instant now) {
    requireActive();
    active = false;
    activeName = null;
    deactivatedAt = now;
    updatedAt = now;
  }

  /**
   * This place's patrol (每日一巡) made at {@code patrolledAt}, recorded now: a 409 when the place is
   * inactive; the rules of {@link Patrol#record} otherwise. A patrol may be dated before the place
   * was set up (yesterday's round on paper, recorded the morning after the office set it up).
   */
  Patrol patrol(
      List<Patrol.Answer> answers,
      Instant patrolledAt,
      String rectification,
      String by,
      Instant now) {
    requireActive();
    return Patrol.record(this, answers, patrolledAt, rectification, by, now);
  }

  private void requireActive() {
    if (!active) {
      throw Problem.conflict(
          Text.of("重点场所已停用,不能再更改或巡查", "The key place is deactivated: no changes, no patrols"));
    }
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public KeyPlaceKind kind() {
    return kind;
  }

  public RegionCode regionCode() {
    return RegionCode.of(regionCode);
  }

  public String regionPath() {
    return regionPath;
  }

  public String address() {
    return address;
  }

  public boolean isActive() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant deactivatedAt() {
    return deactivatedAt;
  }

  public long version() {
    return version;
  }

  public List<String> checklist() {
    return List.copyOf(checklist);
  }
}
