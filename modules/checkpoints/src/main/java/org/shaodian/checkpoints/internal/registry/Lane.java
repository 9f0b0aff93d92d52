package org.shaodian.checkpoints.internal.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.shaodian.checkpoints.api.LaneKind;

/** A lane of a checkpoint, numbered within it; closed rather than removed. */
@Entity
@Table(name = "checkpoints_lane")
public class Lane {

  @Id private UUID id;

  @Column(name = "checkpoint_id", nullable = false)
  private UUID checkpoint;

  @Column(nullable = false)
  private int no;

  @Column(nullable = false, length = 50)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LaneKind kind;

  @Column(nullable = false)
  private boolean open;

  protected Lane() {}

  Lane(UUID checkpoint, int no, String name, LaneKind kind) {
    this.id = UUID.randomUUID();
    this.checkpoint = checkpoint;
    this.no = no;
    this.name = name;
    this.kind = kind;
    this.open = true;
  }

  void change(String name, LaneKind kind, boolean open) {
    this.name = name;
    this.kind = kind;
    this.open = open;
  }

  public UUID id() {
    return id;
  }

  public UUID checkpoint() {
    return checkpoint;
  }

  public int no() {
    return no;
  }

  public String name() {
    return name;
  }

  public LaneKind kind() {
    return kind;
  }

  public boolean isOpen() {
    return open;
  }
}
