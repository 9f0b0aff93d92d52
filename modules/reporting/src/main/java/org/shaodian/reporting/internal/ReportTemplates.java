package org.shaodian.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The JasperReports templates of the {@code reports} jar ({@code templates/<name>.jrxml}), compiled
 * once on first use (about a second each) and kept for the life of the application; and the one way
 * a printout becomes a PDF: filled from parameters and rows of named fields, exported whole to
 * bytes (a failure leaves no half-written file).
 */
@ApplicationScoped
public class ReportTemplates {

  private static final Logger LOG = Logger.getLogger(ReportTemplates.class.getName());

  private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

  public JasperReport get(String name) {
    return compiled.computeIfAbsent(name, ReportTemplates::compile);
  }

  /** The template filled with these parameters and rows, as a PDF. */
  public byte[] pdf(String name, Map<String, Object> parameters, List<Map<String, ?>> rows) {
    try {
      JasperPrint print =
          JasperFillManager.fillReport(get(name), parameters, new JRMapCollectionDataSource(rows));
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      JasperExportManager.exportReportToPdfStream(print, pdf);
      return pdf.toByteArray();
    } catch (JRException e) {
      throw new IllegalStateException("cannot render the report " + name, e);
    }
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
