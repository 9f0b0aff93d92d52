package org.shaodian.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * A daily briefing as it was sent: its PDF and workbook byte for byte, with their SHA-256 and the
 * moment its figures were read. Written once, never changed (one per region, day and language).
 */
@Entity
@Table(name = "reporting_briefing")
public class ArchivedBriefing {

  @Id private UUID id;

  @Column(name = "region_code", nullable = false, length = 15)
  private String regionCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(name = "briefing_day", nullable = false)
  private LocalDate day;

  @Column(nullable = false, length = 2)
  private String language;

  @Column(name = "data_as_of", nullable = false)
  private Instant dataAsOf;

  @Column(name = "generated_at", nullable = false)
  private Instant generatedAt;

  @Column(name = "generated_by", nullable = false, length = 100)
  private String generatedBy;

  @Column(nullable = false)
  private byte[] pdf;

  @Column(name = "pdf_sha256", nullable = false, length = 64)
  private String pdfSha256;

  @Column(nullable = false)
  private byte[] xlsx;

  @Column(name = "xlsx_sha256", nullable = false, length = 64)
  private String xlsxSha256;

  protected ArchivedBriefing() {}

  ArchivedBriefing(
      DailyBriefing briefing, Language language, String generatedBy, byte[] pdf, byte[] xlsx) {
    this.id = UUID.randomUUID();
    this.regionCode = briefing.region().code().value();
    this.regionPath = briefing.region().path();
    this.day = briefing.day();
    this.language = language.name();
    this.dataAsOf = briefing.dataAsOf().toInstant();
    this.generatedAt = briefing.generatedAt().toInstant();
    this.generatedBy = generatedBy;
    this.pdf = pdf;
    this.pdfSha256 = sha256(pdf);
    this.xlsx = xlsx;
    this.xlsxSha256 = sha256(xlsx);
  }

  /** A file's SHA-256, in lower-case hex. */
  static String sha256(byte[] file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
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

  public LocalDate day() {
    return day;
  }

  public Language language() {
    return Language.valueOf(language);
  }

  public Instant dataAsOf() {
    return dataAsOf;
  }

  public Instant generatedAt() {
    return generatedAt;
  }

  public String generatedBy() {
    return generatedBy;
  }

  /** The file of a format, as it was sent. */
  public byte[] file(PrintoutFormat format) {
    return format == PrintoutFormat.PDF ? pdf : xlsx;
  }

  public String sha256(PrintoutFormat format) {
    return format == PrintoutFormat.PDF ? pdfSha256 : xlsxSha256;
  }
}
