package org.shaodian.rosters.internal.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.rosters.api.RosterJobState;

/**
 * An automatic rostering job: fill a region's seats for some days from its people. It runs in the
 * background and ends with a proposal ({@link ProposedSeat}) that the command office accepts —
 * applied in one transaction, refused when the roster changed meanwhile — or discards.
 */
@Entity
@Table(name = "rosters_roster_job")
public class RosterJob {

  @Id private UUID id;

  @Column(name = "region_code", nullable = false, length = 15)
  private String regionCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(name = "from_date", nullable = false)
  private LocalDate from;

  @Column(name = "to_date", nullable = false)
  private LocalDate to;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private RosterJobState state;

  @Column(name = "seats_total", nullable = false)
  private int seatsTotal;

  @Column(name = "seats_filled", nullable = false)
  private int seatsFilled;

  @Column(name = "people", nullable = false)
  private int people;

  @Column(name = "best_score", length = 100)
  private String bestScore;

  @Column(name = "hard_breaks", nullable = false)
  private int hardBreaks;

  @Column(name = "stopped_early", nullable = false)
  private boolean stoppedEarly;

  @Column(name = "feasible_after_ms")
  private Long feasibleAfterMillis;

  @Column(name = "moves_per_second", nullable = false)
  private long movesPerSecond;

  @Column(name = "started_by", nullable = false, length = 200)
  private String startedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "solving_since")
  private Instant solvingSince;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "decided_by", length = 200)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  /** Why a job failed, in words for the command office (never an exception's text). */
  @Column(length = 200)
  private String failure;

  @Version private long version;

  protected RosterJob() {}

  static RosterJob queue(Region region, LocalDate from, LocalDate to, String by, Instant now) {
    RosterJob job = new RosterJob();
    job.id = UUID.randomUUID();
    job.regionCode = region.code().value();
    job.regionPath = region.path();
    job.from = from;
    job.to = to;
    job.state = RosterJobState.QUEUED;
    job.startedBy = by;
    job.createdAt = now;
    return job;
  }

  void solving(int seats, int people, Instant now) {
    state = RosterJobState.SOLVING;
    seatsTotal = seats;
    this.people = people;
    solvingSince = now;
  }

  void progress(String score, int filled) {
    if (state == RosterJobState.SOLVING) {
      bestScore = score;
      seatsFilled = filled;
    }
  }

  void proposed(
      String score,
      int filled,
      int hardBreaks,
      boolean stoppedEarly,
      Long feasibleAfter,
      long movesPerSecond,
      Instant now) {
    state = RosterJobState.PROPOSED;
    bestScore = score;
    seatsFilled = filled;
    this.hardBreaks = hardBreaks;
    this.stoppedEarly = stoppedEarly;
    this.feasibleAfterMillis = feasibleAfter;
    this.movesPerSecond = movesPerSecond;
    finishedAt = now;
  }

  void fail(String why, Instant now) {
    state = RosterJobState.FAILED;
    failure = why;
    finishedAt = now;
  }

  /** The proposal is applied; only a proposal waiting for a decision can be. */
  void accept(String by, Instant now) {
    requireProposed();
    state = RosterJobState.ACCEPTED;
    decidedBy = by;
    decidedAt = now;
  }

  /** The proposal is put aside; a failed job can be cleared away too. */
  void discard(String by, Instant now) {
    if (state != RosterJobState.PROPOSED && state != RosterJobState.FAILED) {
      throw Problem.conflict(
          Text.of(
              "只有待确认或失败的任务可以放弃(当前:" + state.label().zh() + ")",
              "Only a proposed or failed job can be discarded (it is " + state.label().en() + ")"));
    }
    state = RosterJobState.DISCARDED;
    decidedBy = by;
    decidedAt = now;
  }

  void requireProposed() {
    if (state != RosterJobState.PROPOSED) {
      throw Problem.conflict(
          Text.of(
              "该任务没有待确认的方案(当前:" + state.label().zh() + ")",
              "The job has no proposal to accept (it is " + state.label().en() + ")"));
    }
  }

  public UUID id() {
    return id;
  }

  public RegionCode region() {
    return RegionCode.of(regionCode);
  }

  public String regionPath() {
    return regionPath;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }

  public RosterJobState state() {
    return state;
  }

  public int seatsTotal() {
    return seatsTotal;
  }

  public int seatsFilled() {
    return seatsFilled;
  }

  public int people() {
    return people;
  }

  public String bestScore() {
    return bestScore;
  }

  public int hardBreaks() {
    return hardBreaks;
  }

  public boolean stoppedEarly() {
    return stoppedEarly;
  }

  public Long feasibleAfterMillis() {
    return feasibleAfterMillis;
  }

  public long movesPerSecond() {
    return movesPerSecond;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant solvingSince() {
    return solvingSince;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String failure() {
    return failure;
  }

  public long version() {
    return version;
  }
}
