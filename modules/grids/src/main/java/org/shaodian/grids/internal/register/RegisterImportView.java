package org.shaodian.grids.internal.register;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.RegisterImportState;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.region.RegionCode;

/** A register import as its uploader follows it: state, progress, counts and the rows kept out. */
@Schema(
    name = "RegisterImportView",
    description = "居民登记表导入 — a register spreadsheet's import",
    requiredProperties = {
      "id",
      "grid",
      "allOrNothing",
      "state",
      "rowsRead",
      "rowsRejected",
      "added",
      "updated",
      "unchanged",
      "errors",
      "createdBy",
      "createdAt"
    })
public record RegisterImportView(
    UUID id,
    RegionCode grid,
    @Schema(description = "the name the file was uploaded with") String fileName,
    @Schema(description = "true: nothing is written when any row is wrong") boolean allOrNothing,
    RegisterImportState state,
    @Schema(description = "rows read so far (after the heading row)") int rowsRead,
    @Schema(description = "rows kept out for their errors") int rowsRejected,
    @Schema(description = "residents added") int added,
    @Schema(description = "residents already registered whose details or dwelling changed")
        int updated,
    @Schema(description = "residents already registered as the sheet has them") int unchanged,
    @Schema(description = "why the import could not finish (FAILED)") String failure,
    @Schema(description = "the rows kept out and why, by row number (at most 1,000)")
        List<RowErrorView> errors,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime finishedAt) {

  /** A row kept out: its number in the sheet, the column's heading, and what is wrong. */
  @Schema(
      name = "RegisterRowError",
      requiredProperties = {"row", "column", "message"})
  public record RowErrorView(int row, String column, String message) {}

  static RegisterImportView of(RegisterImport job, Language language) {
    return new RegisterImportView(
        job.id(),
        job.gridCode(),
        job.fileName(),
        job.allOrNothing(),
        job.state(),
        job.rowsRead(),
        job.rowsRejected(),
        job.added(),
        job.updated(),
        job.unchanged(),
        job.failure(),
        job.errors().stream()
            .map(e -> new RowErrorView(e.row(), e.column(), e.message().in(language)))
            .toList(),
        job.createdBy(),
        ShaodianTime.at(job.createdAt()),
        job.finishedAt() == null ? null : ShaodianTime.at(job.finishedAt()));
  }
}
