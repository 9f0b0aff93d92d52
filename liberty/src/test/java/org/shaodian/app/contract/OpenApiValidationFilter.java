package org.shaodian.app.contract;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * REST-assured filter: every response a test gets must keep the OpenAPI contract, or the test fails
 * with an {@link AssertionError} listing each violation. A request may break the contract (tests
 * send invalid input on purpose), but then the server must refuse it: a 2xx answer to a request the
 * document forbids means the document promises more than the server checks.
 *
 * <pre>{@code
 * static final OpenApiValidationFilter CONTRACT =
 *     new OpenApiValidationFilter(OpenApiContract.fromClasspath("openapi.json"));
 * given().filter(CONTRACT).when().get("/api/v1/people").then().statusCode(200);
 * // or once for all: RestAssured.filters(CONTRACT);
 * }</pre>
 */
public final class OpenApiValidationFilter implements Filter {

  /** The documented API; everything else on the server is Liberty's. */
  private static final String API = "/api/";

  private final OpenApiContract contract;
  private final String contextRoot;

  public OpenApiValidationFilter(OpenApiContract contract) {
    this(contract, "");
  }

  /**
   * @param contextRoot prefix of the request path not present in the document's paths (e.g. the
   *     application's context root when {@code servers} does not carry it), or "".
   */
  public OpenApiValidationFilter(OpenApiContract contract, String contextRoot) {
    this.contract = contract;
    this.contextRoot = contextRoot == null ? "" : contextRoot.replaceAll("/+$", "");
  }

  @Override
  public Response filter(
      FilterableRequestSpecification requestSpec,
      FilterableResponseSpecification responseSpec,
      FilterContext ctx) {
    Response response = ctx.next(requestSpec, responseSpec);

    URI uri = URI.create(requestSpec.getURI());
    String path = uri.getRawPath();
    if (!contextRoot.isEmpty() && path.startsWith(contextRoot)) {
      path = path.substring(contextRoot.length());
    }
    OpenApiContract.Request request =
        new OpenApiContract.Request(
            requestSpec.getMethod(),
            path,
            uri.getRawQuery(),
            headers(requestSpec.getHeaders()),
            requestSpec.getContentType(),
            requestBody(requestSpec.getBody()));
    OpenApiContract.Response res =
        new OpenApiContract.Response(
            response.getStatusCode(),
            headers(response.getHeaders()),
            response.getContentType(),
            response.asByteArray()); // REST-assured keeps the body: later then() still works

    if (!path.startsWith(API)) {
      return response; // Liberty's own pages (/health, /openapi) are not the documented API
    }
    List<String> requestProblems = contract.validate(request, null);
    List<String> responseProblems = new ArrayList<>(contract.validate(request, res));
    responseProblems.removeAll(requestProblems);
    List<String> problems = new ArrayList<>(responseProblems);
    if (!requestProblems.isEmpty() && response.getStatusCode() < 400) {
      // a test may send what the document forbids, to see it refused; accepting it is a breach
      problems.add("the server accepted a request the document forbids:");
      problems.addAll(requestProblems);
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "OpenAPI contract violated by "
              + requestSpec.getMethod()
              + " "
              + requestSpec.getURI()
              + " → "
              + response.getStatusCode()
              + ":\n  - "
              + String.join("\n  - ", problems));
    }
    return response;
  }

  private static Map<String, List<String>> headers(Headers headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Header h : headers) {
      out.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
    }
    return out;
  }

  private static byte[] requestBody(Object body) {
    if (body == null) {
      return null;
    }
    if (body instanceof byte[] bytes) {
      return bytes;
    }
    if (body instanceof File file) {
      try {
        return Files.readAllBytes(file.toPath());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // body(Object) is serialised by REST-assured before filters run: a String here
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }
}
