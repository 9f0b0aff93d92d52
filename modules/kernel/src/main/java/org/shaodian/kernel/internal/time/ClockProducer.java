package org.shaodian.kernel.internal.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.shaodian.kernel.api.ShaodianTime;

/** The clock every module injects: Asia/Shanghai, so "today" is the same everywhere. */
@ApplicationScoped
public class ClockProducer {

  private static final Clock CLOCK = Clock.system(ShaodianTime.ZONE);

  @Produces
  Clock clock() {
    return CLOCK;
  }
}
