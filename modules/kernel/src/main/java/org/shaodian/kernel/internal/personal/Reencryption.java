package org.shaodian.kernel.internal.personal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.personal.Sealed;
import org.shaodian.kernel.api.personal.SealedColumn;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.schema.ModuleSchema;

/**
 * Re-encryption after a key rotation: every sealed column of every module ({@link
 * ModuleSchema#sealedColumns()}) is moved to the current key, in chunks of {@value #CHUNK} rows,
 * each its own short transaction, in the background as the administrator who started it. The run is
 * audited once, when it ends, with what it moved. One run at a time per server; a second server
 * running it too does no harm (a row already moved is not moved again).
 */
@ApplicationScoped
public class Reencryption {

  static final int CHUNK = 500;

  private static final Logger LOG = Logger.getLogger(Reencryption.class.getName());

  /** What the last run on this server did, or is doing. */
  public record Report(
      String state,
      int keyVersion,
      Map<String, Integer> resealed,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt) {}

  @Inject Instance<ModuleSchema> schemas;

  @Inject ReencryptionSteps steps;

  @Inject Callers callers;

  @Inject Clock clock;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private final AtomicReference<Report> last =
      new AtomicReference<>(new Report("IDLE", 0, Map.of(), null, null));

  /** Starts a run as the caller; 409 while one is running here. */
  public Report start() {
    CapturedCaller who = callers.capture();
    Report started =
        new Report("RUNNING", Sealed.currentVersion(), Map.of(), OffsetDateTime.now(clock), null);
    Report before = last.get();
    if ("RUNNING".equals(before.state()) || !last.compareAndSet(before, started)) {
      throw Problem.conflict(Text.of("重新加密正在进行中", "A re-encryption is running already"));
    }
    executor.submit(callers.bind(who, () -> run(started)));
    return started;
  }

  public Report last() {
    return last.get();
  }

  private void run(Report started) {
    List<SealedColumn> columns =
        schemas.stream().flatMap(schema -> schema.sealedColumns().stream()).toList();
    Map<String, Integer> resealed = new LinkedHashMap<>();
    try {
      for (SealedColumn column : columns) {
        int total = 0;
        for (int done = steps.resealChunk(column, CHUNK);
            done > 0;
            done = steps.resealChunk(column, CHUNK)) {
          total += done;
          resealed.put(column.name(), total);
          last.set(
              new Report(
                  "RUNNING",
                  started.keyVersion(),
                  Map.copyOf(resealed),
                  started.startedAt(),
                  null));
        }
        resealed.put(column.name(), total);
      }
      steps.audit(started.keyVersion(), resealed);
      last.set(
          new Report(
              "DONE",
              started.keyVersion(),
              Map.copyOf(resealed),
              started.startedAt(),
              OffsetDateTime.now(clock)));
    } catch (RuntimeException failure) {
      // the class only: a message could carry a value
      LOG.log(
          Level.SEVERE,
          () -> "re-encryption failed (" + failure.getClass().getName() + ") after " + resealed);
      last.set(
          new Report(
              "FAILED",
              started.keyVersion(),
              Map.copyOf(resealed),
              started.startedAt(),
              OffsetDateTime.now(clock)));
    }
  }
}
