package org.shaodian.bench;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.reporting.internal.BriefingMap;
import org.shaodian.reporting.internal.DailyBriefing;
import org.shaodian.reporting.internal.DailyBriefingReport;
import org.shaodian.reporting.internal.ReportTemplates;

/**
 * Issue 9, "a town's daily briefing ≤ 1.5× the time of a bare JasperReports fill + export of the
 * same template fed with the same figures precomputed": in one process, for one region and day,
 * alternating turn by turn,
 *
 * <ul>
 *   <li><b>briefing</b> — {@code GET /api/v1/briefings/daily?region=&date=} as the server makes it
 *       for an official: the figures read through every module's api, the map drawn, the PDF filled
 *       and exported, the download audited; timed as the HTTP call's wall-clock and the server's
 *       {@code Server-Timing} (app, and its steps figures, map, render, audit);
 *   <li><b>bare fill</b> — the same template ({@link DailyBriefingReport}, the application's own
 *       class and its {@link ReportTemplates}) filled and exported in this JVM from the same
 *       figures, read once beforehand ({@code format=json}) with the same map ({@code map.png}).
 * </ul>
 *
 * Prints the medians and two ratios — in the server, the request's {@code Server-Timing: app}
 * against its {@code render} step (the same figures filled and exported in the same JVM); over
 * HTTP, the call's wall-clock against the bare fill here — and one line of JSON. With {@code
 * --label} the line names the history the database holds (the script runs it with 7 days, then with
 * 365).
 *
 * <pre>
 * java -cp … org.shaodian.bench.BriefingBenchmark --url http://localhost:9880 \
 *     --user yangxi-command --region 330182002000 --date 2026-11-28 [--samples 30] [--warmups 15]
 * </pre>
 */
public final class BriefingBenchmark {

  /** The steps the briefing reports in its Server-Timing header, after app. */
  private static final List<String> STEPS = List.of("figures", "map", "render", "audit");

  private BriefingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = PeopleData.options(args);
    String base = o.getOrDefault("url", "http://localhost:9880");
    String user = o.getOrDefault("user", "yangxi-command");
    String region = o.getOrDefault("region", "330182002000");
    LocalDate date =
        LocalDate.parse(
            o.getOrDefault(
                "date", LocalDate.now(RosterAcceptBenchmark.ZONE).minusDays(1).toString()));
    int samples = Integer.parseInt(o.getOrDefault("samples", "30"));
    int warmups = Integer.parseInt(o.getOrDefault("warmups", "15"));
    String label = o.getOrDefault("label", "");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String query = "?region=" + region + "&date=" + date;

    // the same figures, precomputed: read once, as a page reads them, with the same map
    String json = get(http, base + "/api/v1/briefings/daily" + query + "&format=json", user);
    byte[] map =
        getBytes(
                http,
                base + "/api/v1/map.png?region=" + region + "&width=" + BriefingMap.MAP_WIDTH,
                user)
            .body();
    DailyBriefing figures;
    try (Jsonb jsonb = JsonbBuilder.create()) {
      DailyBriefing read = jsonb.fromJson(json, DailyBriefing.class);
      figures = read.withMap(map);
    }
    DailyBriefingReport bare = new DailyBriefingReport(new ReportTemplates());

    List<Double> briefing = new ArrayList<>();
    List<Double> server = new ArrayList<>();
    Map<String, List<Double>> steps = new LinkedHashMap<>();
    for (String step : STEPS) {
      steps.put(step, new ArrayList<>());
    }
    List<Double> fill = new ArrayList<>();
    long pdfBytes = 0;
    long bareBytes = 0;
    for (int i = -warmups; i < samples; i++) {
      long start = System.nanoTime();
      HttpResponse<byte[]> pdf = getBytes(http, base + "/api/v1/briefings/daily" + query, user);
      double wall = (System.nanoTime() - start) / 1e6;
      start = System.nanoTime();
      byte[] filled = bare.render(figures, Language.ZH, user);
      double local = (System.nanoTime() - start) / 1e6;
      if (i >= 0) {
        briefing.add(wall);
        List<String> timing = pdf.headers().allValues("Server-Timing");
        server.add(ServerTiming.durationMillis(timing, "app"));
        steps.forEach((step, values) -> values.add(ServerTiming.durationMillis(timing, step)));
        fill.add(local);
        pdfBytes = pdf.body().length;
        bareBytes = filled.length;
      }
    }
    double briefingMedian = median(briefing);
    double serverMedian = median(server);
    double fillMedian = median(fill);
    double ratio = briefingMedian / fillMedian;
    Map<String, Double> stepMedians = new LinkedHashMap<>();
    steps.forEach((step, values) -> stepMedians.put(step, median(values)));
    double inServer = serverMedian / stepMedians.get("render");
    System.out.printf(
        Locale.ROOT,
        "briefing %s %s%s: %d samples after %d warm-ups%n"
            + "  briefing over HTTP   median %8.1f ms, %,d bytes%n"
            + "    in the server      median %8.1f ms (app): figures %.1f, map %.1f, render %.1f,"
            + " audit %.1f%n"
            + "  bare fill + export   median %8.1f ms in this JVM, %,d bytes%n"
            + "  ratio in the server (app / render, one JVM): %.2f (target ≤ 1.5)%n"
            + "  ratio over HTTP against this JVM's bare fill: %.2f%n",
        region,
        date,
        label.isEmpty() ? "" : " (" + label + ")",
        samples,
        warmups,
        briefingMedian,
        pdfBytes,
        serverMedian,
        stepMedians.get("figures"),
        stepMedians.get("map"),
        stepMedians.get("render"),
        stepMedians.get("audit"),
        fillMedian,
        bareBytes,
        inServer,
        ratio);
    System.out.printf(
        Locale.ROOT,
        "{\"region\":\"%s\",\"date\":\"%s\",\"label\":\"%s\",\"samples\":%d,"
            + "\"briefing_ms\":%.1f,\"server_app_ms\":%.1f,\"server_figures_ms\":%.1f,"
            + "\"server_map_ms\":%.1f,\"server_render_ms\":%.1f,\"bare_fill_ms\":%.1f,"
            + "\"ratio_in_server\":%.3f,\"ratio_over_http\":%.3f}%n",
        region,
        date,
        label,
        samples,
        briefingMedian,
        serverMedian,
        stepMedians.get("figures"),
        stepMedians.get("map"),
        stepMedians.get("render"),
        fillMedian,
        inServer,
        ratio);
  }

  private static String get(HttpClient http, String url, String user) throws Exception {
    return new String(getBytes(http, url, user).body(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static HttpResponse<byte[]> getBytes(HttpClient http, String url, String user)
      throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", ResidentData.basic(user))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    return response;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
