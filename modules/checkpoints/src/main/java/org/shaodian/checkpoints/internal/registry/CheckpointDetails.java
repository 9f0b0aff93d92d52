package org.shaodian.checkpoints.internal.registry;

import java.util.List;
import java.util.Objects;
import org.shaodian.checkpoints.api.CheckpointKind;
import org.shaodian.checkpoints.api.LaneKind;

/** A checkpoint as opened or changed: name, kind, where, hours, contact, and its first lanes. */
record CheckpointDetails(
    String name,
    CheckpointKind kind,
    double lon,
    double lat,
    String hours,
    String contact,
    List<LaneDetails> lanes) {

  CheckpointDetails {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    lanes = lanes == null ? List.of() : List.copyOf(lanes);
  }

  /** A lane to add. */
  record LaneDetails(String name, LaneKind kind) {}
}
