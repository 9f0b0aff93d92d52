package org.shaodian.kernel.api;

import java.time.ZoneId;

/** Dates and "today" are those of Asia/Shanghai, wherever the server runs. */
public final class ShaodianTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ShaodianTime() {}
}
