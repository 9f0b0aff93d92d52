package org.shaodian.bench.floor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The floor application's one entity (bench/startup.sh). */
@Entity
@Table(name = "floor_note")
public class Note {
  @Id Long id;
  String text;
}
