package org.shaodian.kernel.internal.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did: regions added, regions renamed, rows that were already as stored. */
@Schema(name = "RegionImportResult", description = "导入结果 — what an import of a region list did")
public record RegionImportResult(
    @Schema(description = "regions added") int created,
    @Schema(description = "stored regions whose names changed") int renamed,
    @Schema(description = "rows already as stored") int unchanged) {}
