package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The JasperReports templates of the {@code reports} jar ({@code templates/<name>.jrxml}), compiled
 * once on first use (about a second each) and kept for the life of the application.
 */
@ApplicationScoped
public class ReportTemplates {

  private static final Logger LOG = Logger.getLogger(ReportTemplates.class.getName());

  private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

  public JasperReport get(String name) {
    return compiled.computeIfAbsent(name, ReportTemplates::compile);
  }

  private static JasperReport compile(String name) {
    long started = System.nanoTime();
    String resource = "templates/" + name + ".jrxml";
    ClassLoader loader = ReportTemplates.class.getClassLoader();
    try (InputStream jrxml = loader.getResourceAsStream(resource)) {
      if (jrxml == null) {
        throw new IllegalStateException("no report template " + resource);
      }
      JasperReport report = JasperCompileManager.compileReport(jrxml);
      LOG.info(
          () ->
              String.format(
                  "compiled report template %s in %d ms",
                  name, (System.nanoTime() - started) / 1_000_000));
      return report;
    } catch (JRException | java.io.IOException e) {
      throw new IllegalStateException("cannot compile report template " + resource, e);
    }
  }
}
