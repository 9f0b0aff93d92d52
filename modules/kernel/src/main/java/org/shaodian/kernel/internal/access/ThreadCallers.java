package org.shaodian.kernel.internal.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.access.Caller;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.region.Regions;

/** Callers for work outside requests, kept per thread ({@link ActingCallers}). */
@ApplicationScoped
public class ThreadCallers implements Callers {

  @Inject Access access;

  @Inject CurrentLanguage language;

  @Inject Regions regions;

  @Override
  public CapturedCaller capture() {
    return new CapturedCaller(access.caller(), language.get());
  }

  @Override
  public CapturedCaller system(String job, RegionCode within, Language language) {
    return new CapturedCaller(Caller.system(job, regions.get(within)), language);
  }

  @Override
  public <T> T runAs(CapturedCaller who, Callable<T> work) throws Exception {
    CapturedCaller previous = ActingCallers.swap(who);
    try {
      return work.call();
    } finally {
      ActingCallers.swap(previous);
    }
  }

  @Override
  public void runAs(CapturedCaller who, Runnable work) {
    CapturedCaller previous = ActingCallers.swap(who);
    try {
      work.run();
    } finally {
      ActingCallers.swap(previous);
    }
  }

  @Override
  public Runnable bind(CapturedCaller who, Runnable work) {
    return () -> runAs(who, work);
  }

  @Override
  public <T> Callable<T> bind(CapturedCaller who, Callable<T> work) {
    return () -> runAs(who, work);
  }

  /** The language work runs in when it runs as a captured caller. */
  public static java.util.Optional<Language> actingLanguage() {
    return ActingCallers.current().map(CapturedCaller::language);
  }
}
