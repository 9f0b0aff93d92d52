package org.shaodian.kernel.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Dates and "today" are those of Asia/Shanghai, wherever the server runs. */
public final class ShaodianTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ShaodianTime() {}

  /** An instant as views show it, with the Asia/Shanghai offset; null stays null. */
  public static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZONE);
  }
}
