package org.shaodian.app.http;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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

  private AlternatingServers(List<URI> servers) {
    this.servers = servers;
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
      URI server = servers.get(Math.floorMod(next.getAndIncrement(), servers.size()));
      request.baseUri(server.getScheme() + "://" + server.getHost());
      request.port(server.getPort());
    }
    return context.next(request, response);
  }

  /** Before every other filter: the contract's checks see the request as it is sent. */
  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }
}
