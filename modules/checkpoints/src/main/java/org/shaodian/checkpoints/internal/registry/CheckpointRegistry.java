package org.shaodian.checkpoints.internal.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shaodian.checkpoints.api.CheckpointKind;
import org.shaodian.checkpoints.api.CheckpointStatus;
import org.shaodian.checkpoints.internal.CheckpointAccess;
import org.shaodian.checkpoints.internal.CheckpointPermission;
import org.shaodian.grids.api.MapColour;
import org.shaodian.grids.api.MapFeatureDetails;
import org.shaodian.grids.api.MapFeatures;
import org.shaodian.grids.api.MapLocation;
import org.shaodian.grids.api.MapReference;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.audit.SubjectType;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.KeysetQuery;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageRequest;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.tx.UnitOfWork;
import org.shaodian.kernel.api.web.Versions;
import org.shaodian.rosters.api.DutyRole;
import org.shaodian.rosters.api.PostDetails;
import org.shaodian.rosters.api.PostKind;
import org.shaodian.rosters.api.PostService;
import org.shaodian.rosters.api.ShiftPattern;
import org.shaodian.rosters.api.StaffingNeed;

/**
 * The checkpoints of a jurisdiction. Setting one up opens its rosters post and places its yellow
 * feature on the four-colour map in the same transaction; changing it moves the feature and renames
 * the post; suspending marks the feature; closing closes the post and takes the feature off the
 * map. If either module refuses, nothing of the checkpoint is written either.
 */
@UnitOfWork
@ApplicationScoped
public class CheckpointRegistry {

  static final Text CHECKPOINT = Text.of("卡口", "Checkpoint");
  static final SubjectType SUBJECT = SubjectType.of("checkpoints", "checkpoint");
  static final AuditAction SET_UP = AuditAction.of("set-up");
  static final AuditAction CHANGED = AuditAction.of("changed");
  static final AuditAction SUSPENDED = AuditAction.of("suspended");
  static final AuditAction REOPENED = AuditAction.of("reopened");
  static final AuditAction CLOSED = AuditAction.of("closed");
  static final AuditAction LANE_ADDED = AuditAction.of("lane-added");
  static final AuditAction LANE_CHANGED = AuditAction.of("lane-changed");

  /** The map features' source: the checkpoints module, each feature keyed by checkpoint id. */
  static final String MAP_SOURCE = "checkpoints";

  @PersistenceContext(unitName = "checkpoints")
  EntityManager em;

  @Inject Access access;

  @Inject Regions regions;

  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Inject CurrentLanguage language;

  @Inject PostService posts;

  @Inject MapFeatures map;

  @CheckpointAccess(CheckpointPermission.CHECKPOINT_WRITE)
  public CheckpointView open(CheckpointForms.Open form) {
    Region region =
        access.require(
            CheckpointPermission.CHECKPOINT_WRITE, RegionCode.parse("region", form.region()));
    CheckpointDetails details = details(form.name(), form.kind(), form.location(), form);
    Set<String> laneNames = new HashSet<>();
    for (CheckpointForms.LaneForm lane :
        form.lanes() == null ? List.<CheckpointForms.LaneForm>of() : form.lanes()) {
      if (!laneNames.add(lane.name().strip())) {
        throw Problem.invalid(
            "lanes", Text.of("通道名称重复:" + lane.name(), "a lane named twice: " + lane.name()));
      }
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    UUID post =
        posts
            .open(
                new PostDetails(
                    details.name(),
                    postKind(details.kind()),
                    region.code(),
                    null,
                    ShiftPattern.THREE_EIGHTS,
                    staffing(details.kind(), form.staffing())))
            .id();
    Checkpoint checkpoint = Checkpoint.open(id, region, details, post, now);
    em.persist(checkpoint);
    em.flush();
    map.place(reference(checkpoint), feature(checkpoint));
    record(SET_UP, checkpoint, "kind=" + checkpoint.kind() + " post=" + post);
    return view(checkpoint);
  }

  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public Page<CheckpointView> list(
      RegionCode region, CheckpointKind kind, CheckpointStatus status, PageRequest page) {
    JurisdictionScope scope = access.scope(CheckpointPermission.CHECKPOINTS_READ, region);
    KeysetQuery<Checkpoint> query =
        KeysetQuery.of(em, Checkpoint.class, "c").within("c.regionPath", scope);
    if (kind != null) {
      query.where("c.kind = :kind", "kind", kind);
    }
    if (status != null) {
      query.where("c.status = :status", "status", status);
    }
    return query
        .orderBy("c.regionPath", Checkpoint::regionPath)
        .orderBy("c.name", Checkpoint::name)
        .orderBy("c.id", Checkpoint::id)
        .fetch(page)
        .mapAll(this::views);
  }

  @CheckpointAccess(CheckpointPermission.CHECKPOINTS_READ)
  public CheckpointView get(UUID id) {
    return view(find(id, CheckpointPermission.CHECKPOINTS_READ));
  }

  /** A checkpoint the caller may inspect at, for the inspections of this module. */
  public Checkpoint require(UUID id, CheckpointPermission permission) {
    return find(id, permission);
  }

  @CheckpointAccess(CheckpointPermission.CHECKPOINT_WRITE)
  public CheckpointView change(UUID id, long expectedVersion, CheckpointForms.Change form) {
    Checkpoint checkpoint = find(id, CheckpointPermission.CHECKPOINT_WRITE);
    Versions.require(expectedVersion, checkpoint.version());
    checkpoint.change(details(form.name(), form.kind(), form.location(), form), clock.instant());
    em.flush();
    posts.rename(checkpoint.post(), checkpoint.name());
    map.update(reference(checkpoint), feature(checkpoint));
    record(CHANGED, checkpoint, "");
    return view(checkpoint);
  }

  @CheckpointAccess(CheckpointPermission.CHECKPOINT_WRITE)
  public CheckpointView changeStatus(
      UUID id, long expectedVersion, CheckpointStatus to, String reason) {
    Checkpoint checkpoint = find(id, CheckpointPermission.CHECKPOINT_WRITE);
    Versions.require(expectedVersion, checkpoint.version());
    Instant now = clock.instant();
    AuditAction action;
    switch (to) {
      case SUSPENDED -> {
        checkpoint.suspend(now);
        action = SUSPENDED;
      }
      case OPEN -> {
        checkpoint.reopen(now);
        action = REOPENED;
      }
      case CLOSED -> {
        checkpoint.close(now);
        action = CLOSED;
      }
      default -> throw new IllegalStateException(to.name());
    }
    em.flush();
    if (to == CheckpointStatus.CLOSED) {
      var post = posts.get(checkpoint.post());
      if (post.active()) {
        posts.close(post.id(), post.version());
      }
      map.remove(reference(checkpoint));
    } else {
      map.update(reference(checkpoint), feature(checkpoint));
    }
    record(action, checkpoint, "reason=" + reason.strip());
    return view(checkpoint);
  }

  @CheckpointAccess(CheckpointPermission.CHECKPOINT_WRITE)
  public CheckpointView addLane(UUID id, long expectedVersion, CheckpointForms.LaneForm form) {
    Checkpoint checkpoint = find(id, CheckpointPermission.CHECKPOINT_WRITE);
    Versions.require(expectedVersion, checkpoint.version());
    Lane lane = checkpoint.addLane(form.name().strip(), form.kind());
    if (Boolean.FALSE.equals(form.open())) {
      lane.change(lane.name(), lane.kind(), false);
    }
    checkpoint.touch(clock.instant());
    em.flush();
    record(LANE_ADDED, checkpoint, "lane=" + lane.no() + " kind=" + lane.kind());
    return view(checkpoint);
  }

  @CheckpointAccess(CheckpointPermission.CHECKPOINT_WRITE)
  public CheckpointView changeLane(
      UUID id, long expectedVersion, int no, CheckpointForms.LaneForm form) {
    Checkpoint checkpoint = find(id, CheckpointPermission.CHECKPOINT_WRITE);
    Versions.require(expectedVersion, checkpoint.version());
    Lane lane =
        checkpoint.changeLane(
            no,
            form.name().strip(),
            form.kind(),
            !Boolean.FALSE.equals(form.open()),
            clock.instant());
    em.flush();
    record(
        LANE_CHANGED,
        checkpoint,
        "lane=" + lane.no() + " kind=" + lane.kind() + " open=" + lane.isOpen());
    return view(checkpoint);
  }

  private Checkpoint find(UUID id, CheckpointPermission permission) {
    Checkpoint checkpoint = em.find(Checkpoint.class, id);
    access.requireWithin(
        permission, checkpoint == null ? null : checkpoint.regionPath(), CHECKPOINT);
    return checkpoint;
  }

  private static CheckpointDetails details(
      String name, CheckpointKind kind, CheckpointForms.Position at, Object form) {
    String hours;
    String contact;
    List<CheckpointDetails.LaneDetails> lanes = List.of();
    if (form instanceof CheckpointForms.Open open) {
      hours = open.hours();
      contact = open.contact();
      if (open.lanes() != null) {
        lanes =
            open.lanes().stream()
                .map(lane -> new CheckpointDetails.LaneDetails(lane.name().strip(), lane.kind()))
                .toList();
      }
    } else {
      CheckpointForms.Change change = (CheckpointForms.Change) form;
      hours = change.hours();
      contact = change.contact();
    }
    return new CheckpointDetails(
        name.strip(), kind, at.lon(), at.lat(), blankToNull(hours), blankToNull(contact), lanes);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The post kind that staffs a checkpoint kind. */
  static PostKind postKind(CheckpointKind kind) {
    return kind == CheckpointKind.SERVICE_POINT
        ? PostKind.VILLAGE_SERVICE_POINT
        : PostKind.CHECKPOINT;
  }

  /**
   * The team per shift: as asked, or the kind's usual one — a highway exit guides, inspects,
   * records and swabs at once (about 3,500 vehicles a day), a gate needs two at a time.
   */
  static List<StaffingNeed> staffing(CheckpointKind kind, List<CheckpointForms.Staffing> asked) {
    if (asked != null && !asked.isEmpty()) {
      Set<DutyRole> roles = new HashSet<>();
      for (CheckpointForms.Staffing need : asked) {
        if (!roles.add(need.role())) {
          throw Problem.invalid(
              "staffing", Text.of("岗位重复:" + need.role(), "a duty named twice: " + need.role()));
        }
      }
      return asked.stream().map(need -> StaffingNeed.of(need.role(), need.headcount())).toList();
    }
    return switch (kind) {
      case HIGHWAY_EXIT ->
          List.of(
              StaffingNeed.of(DutyRole.POINT_LEADER, 1),
              StaffingNeed.of(DutyRole.GUIDE, 2),
              StaffingNeed.of(DutyRole.INSPECTOR, 3),
              StaffingNeed.of(DutyRole.RECORDER, 1),
              StaffingNeed.of(DutyRole.SWAB_TAKER, 1));
      case INSPECTION_STATION ->
          List.of(
              StaffingNeed.of(DutyRole.POINT_LEADER, 1),
              StaffingNeed.of(DutyRole.INSPECTOR, 2),
              StaffingNeed.of(DutyRole.RECORDER, 1),
              StaffingNeed.of(DutyRole.SWAB_TAKER, 1));
      case SERVICE_POINT ->
          List.of(
              StaffingNeed.of(DutyRole.GROUP_LEADER, 1), StaffingNeed.of(DutyRole.INSPECTOR, 1));
      case COMPOUND_GATE ->
          List.of(StaffingNeed.of(DutyRole.INSPECTOR, 1), StaffingNeed.of(DutyRole.VOLUNTEER, 1));
    };
  }

  static MapReference reference(Checkpoint checkpoint) {
    return MapReference.of(MAP_SOURCE, checkpoint.id().toString());
  }

  /** The checkpoint's yellow feature: its name (marked while suspended), point, hours, contact. */
  static MapFeatureDetails feature(Checkpoint checkpoint) {
    boolean suspended = checkpoint.status() == CheckpointStatus.SUSPENDED;
    return new MapFeatureDetails(
        checkpoint.regionCode(),
        MapColour.YELLOW,
        suspended ? checkpoint.name() + "(暂停)" : checkpoint.name(),
        MapLocation.point(checkpoint.lon(), checkpoint.lat()),
        suspended ? "暂停查验" : checkpoint.hours(),
        checkpoint.contact());
  }

  private void record(AuditAction action, Checkpoint checkpoint, String summary) {
    audit.record(
        AuditEvent.of(action, SUBJECT, checkpoint.id().toString(), checkpoint.regionPath())
            .withSummary(summary));
  }

  private CheckpointView view(Checkpoint checkpoint) {
    return views(List.of(checkpoint)).get(0);
  }

  private List<CheckpointView> views(List<Checkpoint> checkpoints) {
    Map<RegionCode, Region> places =
        regions.findAll(checkpoints.stream().map(Checkpoint::regionCode).toList());
    return checkpoints.stream()
        .map(
            c -> {
              Region place = places.get(c.regionCode());
              return CheckpointView.of(c, place == null ? null : place.name(), language.get());
            })
        .toList();
  }
}
