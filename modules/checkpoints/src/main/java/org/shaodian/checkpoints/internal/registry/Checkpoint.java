package org.shaodian.checkpoints.internal.registry;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shaodian.checkpoints.api.CheckpointKind;
import org.shaodian.checkpoints.api.CheckpointStatus;
import org.shaodian.checkpoints.api.LaneKind;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.RegionLevel;

/**
 * A checkpoint: what kind, where, when it is open, its lanes, and whether it inspects. Its status
 * moves open ⇄ suspended → closed; closed is for good, and a closed checkpoint is not changed.
 */
@Entity
@Table(name = "checkpoints_checkpoint")
public class Checkpoint {

  /** Lanes a checkpoint may have. */
  static final int MAX_LANES = 30;

  @Id private UUID id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "open_name", length = 100)
  private String openName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private CheckpointKind kind;

  @Column(name = "region_code", nullable = false, length = 15)
  private String regionCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(nullable = false)
  private double lon;

  @Column(nullable = false)
  private double lat;

  @Column(length = 100)
  private String hours;

  @Column(length = 100)
  private String contact;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private CheckpointStatus status;

  @Column(name = "post_id", nullable = false)
  private UUID post;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  @OneToMany(cascade = CascadeType.PERSIST)
  @JoinColumn(name = "checkpoint_id", insertable = false, updatable = false)
  @OrderBy("no")
  private List<Lane> lanes = new ArrayList<>();

  protected Checkpoint() {}

  /**
   * A new checkpoint, open, in {@code region}: a town or below (a highway exit serves a town, a
   * service point a village or community, a gate its compound grid).
   */
  static Checkpoint open(
      UUID id, Region region, CheckpointDetails details, UUID post, Instant now) {
    if (region.level().ordinal() < RegionLevel.TOWN.ordinal()) {
      throw Problem.invalid(
          "region",
          Text.of(
              "卡口设在镇街及以下(镇、村社或网格)",
              "a checkpoint lies in a town, a village or community, or a grid"));
    }
    Checkpoint checkpoint = new Checkpoint();
    checkpoint.id = id;
    checkpoint.kind = details.kind();
    checkpoint.regionCode = region.code().value();
    checkpoint.regionPath = region.path();
    checkpoint.status = CheckpointStatus.OPEN;
    checkpoint.post = post;
    checkpoint.createdAt = now;
    checkpoint.apply(details, now);
    for (CheckpointDetails.LaneDetails lane : details.lanes()) {
      checkpoint.addLane(lane.name(), lane.kind());
    }
    return checkpoint;
  }

  /** New name, place or hours; kind and region stay (close it and open another to move it). */
  void change(CheckpointDetails details, Instant now) {
    requireNotClosed();
    if (details.kind() != kind) {
      throw Problem.invalid("kind", Text.of("卡口类型不能更改", "a checkpoint's kind does not change"));
    }
    apply(details, now);
  }

  private void apply(CheckpointDetails details, Instant now) {
    this.name = details.name();
    this.openName = status == CheckpointStatus.CLOSED ? null : details.name();
    this.lon = details.lon();
    this.lat = details.lat();
    this.hours = details.hours();
    this.contact = details.contact();
    this.updatedAt = now;
  }

  /** Stops inspecting for a while; a 409 unless open. */
  void suspend(Instant now) {
    if (status != CheckpointStatus.OPEN) {
      throw Problem.conflict(Text.of("只有运行中的卡口可以暂停", "Only an open checkpoint can be suspended"));
    }
    status = CheckpointStatus.SUSPENDED;
    updatedAt = now;
  }

  /** Inspects again after a suspension; a 409 unless suspended. */
  void reopen(Instant now) {
    if (status != CheckpointStatus.SUSPENDED) {
      throw Problem.conflict(Text.of("只有暂停的卡口可以恢复", "Only a suspended checkpoint can open again"));
    }
    status = CheckpointStatus.OPEN;
    updatedAt = now;
  }

  /** Closes for good; its name may be used again in the region. A 409 when already closed. */
  void close(Instant now) {
    requireNotClosed();
    status = CheckpointStatus.CLOSED;
    openName = null;
    closedAt = now;
    updatedAt = now;
  }

  /** Adds a lane, numbered after the last; a 409 when closed, a 400 beyond {@link #MAX_LANES}. */
  Lane addLane(String laneName, LaneKind laneKind) {
    requireNotClosed();
    if (lanes.size() >= MAX_LANES) {
      throw Problem.invalid(
          "lanes", Text.of("一个卡口最多 " + MAX_LANES + " 条通道", "at most " + MAX_LANES + " lanes"));
    }
    if (lanes.stream().anyMatch(lane -> lane.name().equals(laneName))) {
      throw Problem.conflict(
          Text.of("该卡口已有同名通道", "The checkpoint already has a lane of that name"));
    }
    int no = lanes.stream().mapToInt(Lane::no).max().orElse(0) + 1;
    Lane lane = new Lane(id, no, laneName, laneKind);
    lanes.add(lane);
    return lane;
  }

  /** Marks a change of the lanes (the checkpoint's version counts them too). */
  void touch(Instant now) {
    updatedAt = now;
  }

  /** Renames a lane, changes what it is for, opens or closes it. */
  Lane changeLane(int no, String laneName, LaneKind laneKind, boolean open, Instant now) {
    requireNotClosed();
    Lane lane = lane(no).orElseThrow(() -> Problem.notFound(Text.of("通道", "Lane")));
    if (lanes.stream().anyMatch(other -> other.no() != no && other.name().equals(laneName))) {
      throw Problem.conflict(
          Text.of("该卡口已有同名通道", "The checkpoint already has a lane of that name"));
    }
    lane.change(laneName, laneKind, open);
    updatedAt = now;
    return lane;
  }

  /**
   * Whether the checkpoint takes inspections: open, and (when a lane is named) through an open lane
   * of its own. A 409 naming what is wrong otherwise.
   */
  public Optional<Lane> requireInspecting(Integer laneNo) {
    if (status != CheckpointStatus.OPEN) {
      throw Problem.conflict(
          Text.of(
              "卡口" + status.label().zh() + ",不能登记查验",
              "The checkpoint is " + status.label().en() + ": it takes no inspections"));
    }
    if (laneNo == null) {
      return Optional.empty();
    }
    Lane lane =
        lane(laneNo)
            .orElseThrow(
                () ->
                    Problem.invalid(
                        "lane", Text.of("该卡口没有此通道", "the checkpoint has no such lane")));
    if (!lane.isOpen()) {
      throw Problem.conflict(Text.of("该通道已关闭", "The lane is closed"));
    }
    return Optional.of(lane);
  }

  private Optional<Lane> lane(int no) {
    return lanes.stream().filter(lane -> lane.no() == no).findFirst();
  }

  private void requireNotClosed() {
    if (status == CheckpointStatus.CLOSED) {
      throw Problem.conflict(Text.of("卡口已撤除,不能再更改", "The checkpoint is closed for good"));
    }
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public CheckpointKind kind() {
    return kind;
  }

  public RegionCode regionCode() {
    return RegionCode.of(regionCode);
  }

  public String regionPath() {
    return regionPath;
  }

  public double lon() {
    return lon;
  }

  public double lat() {
    return lat;
  }

  public String hours() {
    return hours;
  }

  public String contact() {
    return contact;
  }

  public CheckpointStatus status() {
    return status;
  }

  public UUID post() {
    return post;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public long version() {
    return version;
  }

  public List<Lane> lanes() {
    return List.copyOf(lanes);
  }
}
