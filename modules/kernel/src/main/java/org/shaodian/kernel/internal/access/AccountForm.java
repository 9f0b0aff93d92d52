package org.shaodian.kernel.internal.access;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The jurisdiction to give a registry account. */
@Schema(name = "AccountForm", description = "账号辖区 — the jurisdiction of a registry account")
public record AccountForm(
    @Schema(example = "330182107000", description = "region code within the caller's jurisdiction")
        @NotBlank
        String jurisdiction) {}
