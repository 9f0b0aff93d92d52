package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.JurisdictionScope;
import org.shaodian.kernel.api.audit.AuditAction;
import org.shaodian.kernel.api.audit.AuditEvent;
import org.shaodian.kernel.api.audit.AuditTrail;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.tx.UnitOfWork;

/**
 * The briefings as they were sent: written once each (a database rule: one per region, day and
 * language, so two servers that make the same one store it once), read by jurisdiction.
 */
@UnitOfWork
@ApplicationScoped
public class BriefingArchive {

  static final AuditAction ARCHIVED = AuditAction.of("archived");

  static final Text BRIEFING = Text.of("简报存档", "Archived briefing");

  /** The longest span the archive lists at once. */
  static final int MAX_DAYS = 31;

  /** The most entries a listing holds (a city's districts and towns over a month). */
  static final int MAX_ENTRIES = 2000;

  @PersistenceContext(unitName = "reporting")
  EntityManager em;

  @Inject Access access;

  @Inject AuditTrail audit;

  /** One archived briefing, without its files. */
  @Schema(
      name = "ArchivedBriefing",
      description = "存档简报 — a daily briefing as it was sent, with the SHA-256 of its files",
      requiredProperties = {
        "region",
        "date",
        "language",
        "dataAsOf",
        "generatedAt",
        "generatedBy",
        "pdfSha256",
        "xlsxSha256"
      })
  public record Entry(
      RegionCode region,
      LocalDate date,
      @Schema(description = "zh or en", pattern = "^(zh|en)$") String language,
      @Schema(description = "the moment the figures were read (the end of the day at most)")
          OffsetDateTime dataAsOf,
      OffsetDateTime generatedAt,
      @Schema(description = "system:daily-briefing for the morning run, else who asked")
          String generatedBy,
      @Schema(description = "SHA-256 of the PDF, lower-case hex", pattern = "^[0-9a-f]{64}$")
          String pdfSha256,
      @Schema(description = "SHA-256 of the workbook, lower-case hex", pattern = "^[0-9a-f]{64}$")
          String xlsxSha256) {}

  /**
   * Stores a briefing and audits it, in a transaction of its own; a 409 problem when the region's
   * briefing of that day and language is archived already.
   */
  public void store(ArchivedBriefing briefing) {
    em.persist(briefing);
    em.flush();
    audit.record(
        AuditEvent.of(
                ARCHIVED,
                PrintoutAudit.DAILY_BRIEFING,
                briefing.region().value() + "/" + briefing.day(),
                briefing.regionPath())
            .withSummary(
                "lang="
                    + briefing.language().name()
                    + " pdf="
                    + briefing.sha256(PrintoutFormat.PDF)
                    + " xlsx="
                    + briefing.sha256(PrintoutFormat.XLSX)));
  }

  /** The regions whose briefing of a day and language is archived. */
  public Set<RegionCode> archivedOn(LocalDate day, Language language) {
    Set<RegionCode> codes = new HashSet<>();
    em.createQuery(
            "select b.regionCode from ArchivedBriefing b"
                + " where b.day = :day and b.language = :language",
            String.class)
        .setParameter("day", day)
        .setParameter("language", language.name())
        .getResultList()
        .forEach(code -> codes.add(RegionCode.of(code)));
    return codes;
  }

  /** The archive of a region (default the caller's jurisdiction) from one day to another. */
  @ReportAccess(ReportPermission.BRIEFING)
  public List<Entry> list(RegionCode region, LocalDate from, LocalDate to) {
    if (from.isAfter(to) || from.plusDays(MAX_DAYS - 1).isBefore(to)) {
      throw Problem.invalid(
          "from",
          Text.of(
              "起止日期须在 " + MAX_DAYS + " 天以内",
              "from is on or before to, at most " + MAX_DAYS + " days"));
    }
    JurisdictionScope scope = access.scope(ReportPermission.BRIEFING, region);
    List<Object[]> rows =
        em.createQuery(
                "select b.regionCode, b.day, b.language, b.dataAsOf, b.generatedAt,"
                    + " b.generatedBy, b.pdfSha256, b.xlsxSha256 from ArchivedBriefing b"
                    + " where b.day >= :from and b.day <= :to"
                    + " and b.regionPath >= :start and b.regionPath < :end"
                    + " order by b.day desc, b.regionPath, b.language",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("start", scope.pathStart())
            .setParameter("end", scope.pathEnd())
            .setMaxResults(MAX_ENTRIES + 1)
            .getResultList();
    if (rows.size() > MAX_ENTRIES) {
      throw Problem.invalid(
          "region",
          Text.of(
              "存档超过 " + MAX_ENTRIES + " 份,请缩小区域或日期范围",
              "more than " + MAX_ENTRIES + " briefings: ask for a smaller region or fewer days"));
    }
    return rows.stream()
        .map(
            r ->
                new Entry(
                    RegionCode.of((String) r[0]),
                    (LocalDate) r[1],
                    ((String) r[2]).toLowerCase(Locale.ROOT),
                    ShaodianTime.at((Instant) r[3]),
                    ShaodianTime.at((Instant) r[4]),
                    (String) r[5],
                    (String) r[6],
                    (String) r[7]))
        .toList();
  }

  /**
   * One archived briefing, within the caller's jurisdiction; 404 otherwise or when there is none.
   */
  @ReportAccess(ReportPermission.BRIEFING)
  public ArchivedBriefing get(RegionCode region, LocalDate day, Language language) {
    List<ArchivedBriefing> found =
        em.createQuery(
                "select b from ArchivedBriefing b where b.regionCode = :region"
                    + " and b.day = :day and b.language = :language",
                ArchivedBriefing.class)
            .setParameter("region", region.value())
            .setParameter("day", day)
            .setParameter("language", language.name())
            .getResultList();
    ArchivedBriefing briefing = found.isEmpty() ? null : found.get(0);
    access.requireWithin(
        ReportPermission.BRIEFING, briefing == null ? null : briefing.regionPath(), BRIEFING);
    return briefing;
  }
}
