package org.shaodian.grids.internal.register;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shaodian.grids.api.RegisterImportState;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * A register spreadsheet's import: uploaded, read, written (or rejected), with its progress, its
 * counts and the rows it kept out. Its state moves one way only.
 */
@Entity
@Table(name = "grids_register_import")
public class RegisterImport {

  /** Row errors kept with an import; the count says how many there were in all. */
  static final int ERRORS_KEPT = 1000;

  @Id private UUID id;

  @Column(name = "grid_code", nullable = false, length = 15)
  private String gridCode;

  @Column(name = "region_path", nullable = false, length = 255)
  private String regionPath;

  @Column(name = "file_name", length = 200)
  private String fileName;

  @Column(name = "all_or_nothing", nullable = false)
  private boolean allOrNothing;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private RegisterImportState state;

  @Column(name = "rows_read", nullable = false)
  private int rowsRead;

  @Column(name = "rows_rejected", nullable = false)
  private int rowsRejected;

  @Column(nullable = false)
  private int added;

  @Column(nullable = false)
  private int updated;

  @Column(nullable = false)
  private int unchanged;

  @Column(length = 200)
  private String failure;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version private long version;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "grids_register_import_error",
      joinColumns = @JoinColumn(name = "import_id"))
  @OrderBy("seq")
  private List<RowErrorRecord> errors = new ArrayList<>();

  /** One row error as kept. */
  @Embeddable
  public static class RowErrorRecord {
    @Column(nullable = false)
    private int seq;

    @Column(name = "row_no", nullable = false)
    private int row;

    @Column(name = "column_name", nullable = false, length = 40)
    private String column;

    @Column(name = "message_zh", nullable = false, length = 200)
    private String zh;

    @Column(name = "message_en", nullable = false, length = 200)
    private String en;

    protected RowErrorRecord() {}

    RowErrorRecord(int seq, RegisterRows.RowError error) {
      this.seq = seq;
      this.row = error.row();
      this.column = error.column();
      this.zh = error.message().zh();
      this.en = error.message().en();
    }

    public int row() {
      return row;
    }

    public String column() {
      return column;
    }

    public Text message() {
      return Text.of(zh, en);
    }
  }

  protected RegisterImport() {}

  static RegisterImport queued(
      Region grid, String fileName, boolean allOrNothing, String by, Instant now) {
    RegisterImport job = new RegisterImport();
    job.id = UUID.randomUUID();
    job.gridCode = grid.code().value();
    job.regionPath = grid.path();
    job.fileName = fileName;
    job.allOrNothing = allOrNothing;
    job.state = RegisterImportState.QUEUED;
    job.createdBy = by;
    job.createdAt = now;
    return job;
  }

  /** Rows read so far; once the whole sheet is read, the import is writing its last rows. */
  void progress(int rows, int rejected, boolean sheetRead) {
    state = sheetRead ? RegisterImportState.WRITING : RegisterImportState.READING;
    rowsRead = rows;
    rowsRejected = rejected;
  }

  /** The write's outcome: done (or rejected, nothing written), with the rows it kept out. */
  void finish(RegisterImportWrite.Outcome outcome, Instant now) {
    state = outcome.applied() ? RegisterImportState.DONE : RegisterImportState.REJECTED;
    added = outcome.added();
    updated = outcome.updated();
    unchanged = outcome.unchanged();
    rowsRejected = outcome.rowsRejected();
    errors.clear();
    List<RegisterRows.RowError> kept = outcome.errors();
    for (int i = 0; i < kept.size() && i < ERRORS_KEPT; i++) {
      errors.add(new RowErrorRecord(i, kept.get(i)));
    }
    finishedAt = now;
  }

  void fail(String why, Instant now) {
    state = RegisterImportState.FAILED;
    failure = why.length() > 200 ? why.substring(0, 200) : why;
    finishedAt = now;
  }

  public UUID id() {
    return id;
  }

  public RegionCode gridCode() {
    return RegionCode.of(gridCode);
  }

  public String regionPath() {
    return regionPath;
  }

  public String fileName() {
    return fileName;
  }

  public boolean allOrNothing() {
    return allOrNothing;
  }

  public RegisterImportState state() {
    return state;
  }

  public int rowsRead() {
    return rowsRead;
  }

  public int rowsRejected() {
    return rowsRejected;
  }

  public int added() {
    return added;
  }

  public int updated() {
    return updated;
  }

  public int unchanged() {
    return unchanged;
  }

  public String failure() {
    return failure;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public List<RowErrorRecord> errors() {
    return List.copyOf(errors);
  }
}
