package org.shaodian.grids.api;

import java.util.UUID;

/**
 * Home health management (居家隔离 / 居家观察 / 日常健康监测), for the modules that send people home: a
 * checkpoint that diverts a traveller opens their case here, inside its own transaction. A person
 * has at most one open case (a database constraint): opening another while one is open is a 409.
 * The caller's access and jurisdiction over the place are checked; the write is audited.
 */
public interface HomeCases {

  /** Opens a case; {@code source} and {@code reference} say who sent the person and why. */
  UUID open(HomeCaseDetails details, String source, String reference);
}
