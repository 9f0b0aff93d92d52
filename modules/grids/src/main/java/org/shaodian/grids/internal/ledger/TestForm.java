package org.shaodian.grids.internal.ledger;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shaodian.grids.api.TestKind;

/** A test result to record. */
@Schema(
    name = "ReturneeTestForm",
    description = "检测结果登记 — a test a returnee took",
    requiredProperties = {"takenOn", "kind", "outcome"})
public record TestForm(
    @Schema(description = "not after today") @NotNull LocalDate takenOn,
    @NotNull TestKind kind,
    @Schema(
            enumeration = {"NEGATIVE", "POSITIVE", "PENDING"},
            description = "阴性, 阳性 or 待出结果; masked in every output")
        @NotNull
        @jakarta.validation.constraints.Pattern(regexp = "^(NEGATIVE|POSITIVE|PENDING)$")
        String outcome) {}
