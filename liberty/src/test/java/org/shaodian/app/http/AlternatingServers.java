package org.shaodian.app.http;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Sends each request of the HTTP tests to the next of several servers in turn, when they run
 * against a cluster ({@code -Dshaodian.urls=http://host:port,http://host:port}, set by
 * scripts/two-servers.sh, the first being {@code shaodian.url}): a test then creates a record on
 * one server, reads it back on the other, changes it on the first, as a client behind a load
 * balancer does.
 */
final class AlternatingServers implements OrderedFilter {

  private final List<URI> servers;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicLongArray sent;

  private AlternatingServers(List<URI> servers) {
    this.servers = servers;
    this.sent = new AtomicLongArray(servers.size());
    // the figure scripts/two-servers.sh prints: how many requests each server was sent
    Runtime.getRuntime().addShutdownHook(new Thread(this::writeCounts));
  }

  /** The servers' URLs: {@code shaodian.urls}, or {@code shaodian.url} alone. */
  static List<String> urls() {
    String urls = System.getProperty("shaodian.urls", "");
    return urls.isBlank()
        ? List.of(System.getProperty("shaodian.url", "http://localhost:9181"))
        : Arrays.stream(urls.split(",")).map(String::strip).toList();
  }

  /** The filter for {@code -Dshaodian.urls}, or null when the tests run against one server. */
  static AlternatingServers fromSystemProperty() {
    List<String> urls = urls();
    return urls.size() < 2 ? null : new AlternatingServers(urls.stream().map(URI::create).toList());
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification response,
      FilterContext context) {
    URI to = URI.create(request.getURI());
    URI first = servers.get(0);
    // only what goes to the tests' server (shaodian.url, the first): not a test's HTTPS request
    if (to.getScheme().equals(first.getScheme())
        && to.getHost().equals(first.getHost())
        && to.getPort() == first.getPort()) {
      URI server = next();
      request.baseUri(server.getScheme() + "://" + server.getHost());
      request.port(server.getPort());
    }
    return context.next(request, response);
  }

  /** The server whose turn it is (counted as sent to). */
  URI next() {
    int turn = Math.floorMod(next.getAndIncrement(), servers.size());
    sent.incrementAndGet(turn);
    return servers.get(turn);
  }

  /** Writes target/alternating-servers.txt: one line, the requests sent to each server. */
  private void writeCounts() {
    String counts =
        IntStream.range(0, servers.size())
            .mapToObj(i -> sent.get(i) + " requests to " + servers.get(i))
            .collect(Collectors.joining(", "));
    try {
      Files.writeString(Path.of("target", "alternating-servers.txt"), counts + "\n");
    } catch (IOException e) {
      System.err.println("AlternatingServers: " + counts + " (" + e + ")");
    }
  }

  /** Before every other filter: the contract's checks see the request as it is sent. */
  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }
}
