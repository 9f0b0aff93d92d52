package org.shaodian.checkpoints.internal.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * One version of a region's screening policy: its rules ({@link ScreeningPolicy}) from its
 * effective time on, for the region and every place below it that has no version of its own. Issued
 * once and never changed: what was in force stays as it was, and a new version takes over at its
 * time.
 */
@Entity
@Table(name = "checkpoints_policy")
public class PolicyVersion {

  /** How far in the past a version may take effect: the time it takes to issue one, no more. */
  static final Duration PAST_GRACE = Duration.ofMinutes(5);

  @Id private UUID id;

  @Column(name = "region_code", nullable = false, length = 15)
  private String regionCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(name = "effective_from", nullable = false)
  private Instant effectiveFrom;

  @Column(name = "green_code_required", nullable = false)
  private boolean greenCodeRequired;

  @Column(name = "risk_area_days")
  private Integer riskAreaDays;

  @Column(name = "test_max_age_hours")
  private Integer testMaxAgeHours;

  /** The listed division code prefixes, comma-separated; null when no test is asked for. */
  @Column(name = "test_origins", length = 700)
  private String testOrigins;

  @Column(name = "fever_from", nullable = false, precision = 3, scale = 1)
  private BigDecimal feverFrom;

  @Column(nullable = false, length = 200)
  private String note;

  @Column(name = "issued_by", nullable = false, length = 100)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Version private long version;

  @Transient private ScreeningPolicy policy;

  protected PolicyVersion() {}

  /**
   * A new version for {@code region}, in force from {@code effectiveFrom} (to the second): no more
   * than {@link #PAST_GRACE} in the past — what was in force is not rewritten — and no more than a
   * year ahead.
   */
  static PolicyVersion issue(
      UUID id,
      Region region,
      Instant effectiveFrom,
      ScreeningPolicy policy,
      String note,
      String issuedBy,
      Instant now) {
    Instant from = effectiveFrom.truncatedTo(ChronoUnit.SECONDS);
    if (from.isBefore(now.minus(PAST_GRACE))) {
      throw Problem.invalid(
          "effectiveFrom",
          Text.of(
              "生效时间不能早于当前 5 分钟以上:已执行的政策不能改写",
              "may not lie more than 5 minutes in the past: the policy that was in force stays"));
    }
    if (from.isAfter(now.atZone(ShaodianTime.ZONE).plusYears(1).toInstant())) {
      throw Problem.invalid("effectiveFrom", Text.of("生效时间最多在一年以后", "at most a year ahead"));
    }
    PolicyVersion version = new PolicyVersion();
    version.id = id;
    version.regionCode = region.code().value();
    version.regionPath = region.path();
    version.effectiveFrom = from;
    version.greenCodeRequired = policy.greenCodeRequired();
    version.riskAreaDays = policy.riskAreaDays();
    version.testMaxAgeHours = policy.testMaxAgeHours();
    version.testOrigins =
        policy.testOrigins().isEmpty() ? null : String.join(",", policy.testOrigins());
    version.feverFrom = policy.feverFrom();
    version.note = note;
    version.issuedBy = issuedBy;
    version.issuedAt = now;
    version.policy = policy;
    return version;
  }

  /**
   * The paths of a place and of every region above it, the place's own first: the regions whose
   * versions apply to it.
   */
  static List<String> pathsUpFrom(String path) {
    List<String> paths = new ArrayList<>();
    for (int end = path.length() - 1; end > 0; end = path.lastIndexOf('/', end - 1)) {
      paths.add(path.substring(0, end + 1));
    }
    return paths;
  }

  /** The rules, read once per loaded version. */
  public ScreeningPolicy policy() {
    if (policy == null) {
      policy =
          new ScreeningPolicy(
              greenCodeRequired,
              riskAreaDays,
              testMaxAgeHours,
              testOrigins == null ? List.of() : Arrays.asList(testOrigins.split(",")),
              feverFrom);
    }
    return policy;
  }

  /** Whether it has taken effect at {@code at}. */
  public boolean isEffectiveAt(Instant at) {
    return !effectiveFrom.isAfter(at);
  }

  public UUID id() {
    return id;
  }

  public RegionCode regionCode() {
    return RegionCode.of(regionCode);
  }

  public String regionPath() {
    return regionPath;
  }

  public Instant effectiveFrom() {
    return effectiveFrom;
  }

  public String note() {
    return note;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public long version() {
    return version;
  }
}
