package org.shaodian.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web console's first load (issue 12: at most 1 MB transferred, interactive within 3 s on a
 * throttled "Fast 3G" profile), measured in Debian's headless Chromium through its DevTools
 * protocol. For each page, {@code runs} times, each in a fresh browser profile (nothing cached, no
 * service worker, no cookie): the network is throttled as DevTools' "Fast 3G" preset (562.5 ms
 * latency, 1.44 Mbit/s down, 675 kbit/s up), the cache disabled, the page opened, and the sign-in
 * form awaited — the page is interactive when its modules have run, asked the server for a session
 * and shown the form. Transferred bytes are what the Resource Timing API counts (the document,
 * scripts, styles and the session call, headers included).
 *
 * <pre>
 * java -cp … org.shaodian.bench.ConsolePageWeight --url http://localhost:9890 --runs 3
 * </pre>
 */
public final class ConsolePageWeight {

  /** DevTools' "Fast 3G": latency and throughputs (bytes per second). */
  static final double LATENCY_MS = 562.5;

  static final long DOWN_BYTES_PER_S = 1_440_000 / 8;
  static final long UP_BYTES_PER_S = 675_000 / 8;

  static final long LIMIT_BYTES = 1_000_000;
  static final long LIMIT_MS = 3_000;

  private static final List<String> PAGES =
      List.of(
          "/console/", "/console/checkpoint/", "/console/roster/", "/console/grid/", "/briefings/");

  record Load(long bytes, long interactiveMs, long loadedMs, int requests) {}

  /** Selenium looks for DevTools classes of Chromium's version; the CDP commands need none. */
  private static final java.util.logging.Logger QUIET =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  public static void main(String[] args) throws Exception {
    QUIET.setLevel(java.util.logging.Level.OFF);
    Map<String, String> o = PeopleData.options(args);
    String base = o.getOrDefault("url", "http://localhost:9890");
    int runs = Integer.parseInt(o.getOrDefault("runs", "3"));
    boolean within = true;
    System.out.printf(
        "%-22s %12s %14s %12s %9s%n",
        "page", "transferred", "interactive", "load event", "requests");
    for (String page : PAGES) {
      List<Load> loads = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        loads.add(firstLoad(base + page));
      }
      Load median = median(loads);
      System.out.printf(
          "%-22s %9.1f KB %11d ms %9d ms %9d   (runs: %s)%n",
          page,
          median.bytes() / 1000.0,
          median.interactiveMs(),
          median.loadedMs(),
          median.requests(),
          loads.stream().map(l -> l.interactiveMs() + " ms").toList());
      System.out.printf(
          "  ratio to the target: %.3f of 1 MB, %.2f of 3 s%n",
          median.bytes() / (double) LIMIT_BYTES, median.interactiveMs() / (double) LIMIT_MS);
      within &= median.bytes() <= LIMIT_BYTES && median.interactiveMs() <= LIMIT_MS;
    }
    System.out.println(within ? "within the targets" : "OVER a target");
    if (!within) {
      System.exit(1);
    }
  }

  private static Load firstLoad(String url) throws InterruptedException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1024,768");
    ChromeDriver driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(
                    new java.io.File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build(),
            options);
    try {
      driver.executeCdpCommand("Network.enable", Map.of());
      driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
      driver.executeCdpCommand(
          "Network.emulateNetworkConditions",
          Map.of(
              "offline", false,
              "latency", LATENCY_MS,
              "downloadThroughput", DOWN_BYTES_PER_S,
              "uploadThroughput", UP_BYTES_PER_S));
      driver.get(url);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      Object interactive = null;
      while (interactive == null && System.nanoTime() < deadline) {
        // performance.now(): milliseconds since the navigation began
        interactive =
            driver.executeScript(
                "const f = document.getElementById('sign-in');"
                    + " return f && !f.hidden ? performance.now() : null;");
        if (interactive == null) {
          Thread.sleep(10);
        }
      }
      if (interactive == null) {
        throw new IllegalStateException(url + ": the sign-in form never showed");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> figures =
          (Map<String, Object>)
              driver.executeScript(
                  "const nav = performance.getEntriesByType('navigation')[0];"
                      + " const res = performance.getEntriesByType('resource');"
                      + " return { bytes: nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0),"
                      + " loaded: nav.loadEventEnd, requests: 1 + res.length };");
      return new Load(
          ((Number) figures.get("bytes")).longValue(),
          Math.round(((Number) interactive).doubleValue()),
          Math.round(((Number) figures.get("loaded")).doubleValue()),
          ((Number) figures.get("requests")).intValue());
    } finally {
      driver.quit();
    }
  }

  private static Load median(List<Load> loads) {
    List<Load> sorted =
        loads.stream().sorted(java.util.Comparator.comparingLong(Load::interactiveMs)).toList();
    return sorted.get(sorted.size() / 2);
  }

  private ConsolePageWeight() {}
}
