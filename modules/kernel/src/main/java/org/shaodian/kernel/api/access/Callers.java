package org.shaodian.kernel.api.access;

import java.util.concurrent.Callable;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.region.RegionCode;

/**
 * Who acts outside a request. A request knows its caller from the container; a solver job, a device
 * batch, a scheduled briefing or an asynchronous observer runs on a thread that has none. Such work
 * {@linkplain #capture() captures} the caller when it is submitted and runs under it ({@link
 * #runAs}); {@link Access}, the audit trail and {@link
 * org.shaodian.kernel.api.i18n.CurrentLanguage} all honour it. Scheduled work that nobody submitted
 * runs as the {@linkplain #system system caller}.
 *
 * <pre>{@code
 * CapturedCaller who = callers.capture();              // in the request
 * executor.submit(callers.bind(who, () -> solve(...))); // later, elsewhere: as the same caller
 * }</pre>
 */
public interface Callers {

  /** The current caller and language, to hand to work that runs later; 401 if there is none. */
  CapturedCaller capture();

  /** The system caller for scheduled work ({@code job}) within a region; 404 if it is unknown. */
  CapturedCaller system(String job, RegionCode within, Language language);

  /** Runs work on this thread as {@code who}, then restores whoever acted before. */
  <T> T runAs(CapturedCaller who, Callable<T> work) throws Exception;

  /** {@link #runAs} for work without a result or checked exceptions. */
  void runAs(CapturedCaller who, Runnable work);

  /** Work that will run as {@code who} wherever it is executed (e.g. a managed executor task). */
  Runnable bind(CapturedCaller who, Runnable work);

  /** Work that will run as {@code who} wherever it is executed. */
  <T> Callable<T> bind(CapturedCaller who, Callable<T> work);
}
