package org.shaodian.grids.internal.register;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shaodian.kernel.api.access.Callers;
import org.shaodian.kernel.api.access.CapturedCaller;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.schema.SchemaReady;
import org.shaodian.kernel.api.web.Uploads;

/**
 * Runs register imports on the platform's managed executor, as the caller who uploaded: the rows
 * are read as a stream, checked and written in one transaction ({@link RegisterImportWrite}), with
 * progress written at most once a second. The uploaded file is deleted when the import ends,
 * however it ends.
 */
@ApplicationScoped
public class RegisterImportRunner {

  private static final Logger LOG = Logger.getLogger(RegisterImportRunner.class.getName());

  private static final long PROGRESS_EVERY_MILLIS = 1000;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject Callers callers;

  @Inject RegisterImports imports;

  @Inject RegisterImportWrite write;

  @Inject Clock clock;

  /**
   * The uploaded spreadsheet, into a temporary file (never all in memory), at most {@code limit}
   * bytes (413 beyond); the file is the caller's until {@link #launch} takes it.
   */
  public Path receive(long declaredLength, InputStream body, long limit) {
    Path file;
    try {
      file = Files.createTempFile("shaodian-register-", ".xlsx");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Uploads.copyAtMost(declaredLength, body, file, limit);
      return file;
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  /** Starts a queued import in the background, as the current caller; it owns the file now. */
  public void launch(UUID importId, RegionCode grid, Path file, boolean allOrNothing) {
    CapturedCaller who = callers.capture();
    try {
      executor.submit(callers.bind(who, () -> run(importId, grid, file, allOrNothing)));
    } catch (RuntimeException refused) {
      delete(file);
      throw refused;
    }
  }

  void run(UUID importId, RegionCode grid, Path file, boolean allOrNothing) {
    try {
      long[] reported = {0};
      RegisterImportWrite.Outcome outcome =
          write.write(
              grid,
              importId,
              file,
              allOrNothing,
              (rowsRead, rowsRejected, sheetRead) -> {
                long now = System.currentTimeMillis();
                if (sheetRead || now - reported[0] >= PROGRESS_EVERY_MILLIS) {
                  reported[0] = now;
                  imports.progress(importId, rowsRead, rowsRejected, sheetRead);
                }
              });
      imports.finish(importId, outcome);
    } catch (Problem problem) {
      // a conflict the database saw (someone registered one of the people meanwhile), a sheet
      // that went bad past its headings: the grid worker's to see
      imports.fail(importId, problem.detail().in(Language.ZH));
    } catch (RuntimeException e) {
      UUID incident = UUID.randomUUID();
      // the exception's type and frames only: its message may quote the data
      RuntimeException bare = new RuntimeException(e.getClass().getName());
      bare.setStackTrace(e.getStackTrace());
      LOG.log(Level.SEVERE, "register import " + importId + " failed, incident " + incident, bare);
      imports.fail(importId, "导入失败(事件 " + incident + "),未写入任何数据");
    } finally {
      delete(file);
    }
  }

  /** Imports that a restart interrupted cannot resume: they fail, each audited in its grid. */
  void onSchemaReady(@Observes SchemaReady ready) {
    for (RegisterImport job : imports.interrupted()) {
      callers.runAs(
          callers.system("register-imports", job.gridCode(), Language.ZH),
          () -> imports.fail(job.id(), "服务器重启中断了导入,未写入任何数据,请重新上传"));
    }
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not delete an uploaded register file", e);
    }
  }
}
