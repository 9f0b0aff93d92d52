package org.shaodian.kernel.internal.web;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.problem.Violations;
import org.shaodian.kernel.internal.tx.DatabaseProblems;

/**
 * The one place where failures become responses: {@code application/problem+json} (RFC 9457) in the
 * caller's language, field errors for invalid input, no stack traces. Unexpected failures are
 * logged with an incident id that the response repeats, so support can find the log entry.
 *
 * <p>Registered twice: for every {@link Throwable} ({@link ProblemMapper}), and for {@link
 * jakarta.validation.ValidationException} ({@link ValidationProblemMapper}) so that it wins over
 * the JAX-RS runtime's own mapper for Bean Validation failures.
 */
public abstract class ProblemResponses {

  /**
   * Looked up once: {@code Json.create…} looks the provider up (a ServiceLoader scan) on every
   * call.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  public static final String PROBLEM_JSON = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:shaodian:problem:";
  private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

  @Inject CurrentLanguage currentLanguage;

  @Inject DatabaseProblems databaseProblems;

  /** The request as received: its path is the problem's instance (not UriInfo, which re-parses). */
  @Context HttpServletRequest request;

  /** The problem+json response for any failure. */
  protected Response respond(Throwable failure) {
    Problem problem = toProblem(failure);
    Response.ResponseBuilder response = Response.status(problem.status());
    if (failure instanceof WebApplicationException web && problem.status() < 500) {
      // keep what the runtime said besides the status: Allow on a 405, Retry-After …
      web.getResponse()
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")
                    && !name.equalsIgnoreCase("Content-Length")) {
                  values.forEach(value -> response.header(name, value));
                }
              });
    }
    response
        .type(PROBLEM_JSON)
        .entity(body(problem, language(), request == null ? null : request.getRequestURI()));
    if (problem.status() == 401) {
      if (request == null || !fromConsole(request)) {
        response.header("WWW-Authenticate", "Basic realm=\"Shaodian\"");
      }
      response.header("WWW-Authenticate", "Bearer");
    }
    problem.retryAfter().ifPresent(wait -> response.header("Retry-After", wait.toSeconds()));
    return response.build();
  }

  /** The header the web console sends with each of its calls ({@link #fromConsole}). */
  public static final String CONSOLE_HEADER = "X-Requested-With";

  /**
   * Whether the web console made the request. Its 401s challenge with Bearer only: a browser
   * answers a Basic challenge to a script's request with its own sign-in dialog, over the console's
   * sign-in page.
   */
  public static boolean fromConsole(HttpServletRequest request) {
    return "shaodian-console".equals(request.getHeader(CONSOLE_HEADER));
  }

  /**
   * Writes a problem to a servlet response, for what answers before JAX-RS does (the request guard,
   * the container's error page).
   */
  static void write(
      HttpServletResponse response, Problem problem, Language language, String instance)
      throws IOException {
    response.setStatus(problem.status());
    response.setContentType(PROBLEM_JSON);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Language", language.locale().toLanguageTag());
    response.setHeader("Cache-Control", "no-store");
    problem
        .retryAfter()
        .ifPresent(wait -> response.setHeader("Retry-After", Long.toString(wait.toSeconds())));
    response.getWriter().write(body(problem, language, instance));
  }

  /** The RFC 9457 body of a problem, in the given language. */
  static String body(Problem problem, Language language, String instance) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("type", TYPE_PREFIX + problem.type())
            .add("title", problem.title().in(language))
            .add("status", problem.status());
    if (problem.detail() != null) {
      body.add("detail", problem.detail().in(language));
    }
    if (instance != null) {
      body.add("instance", instance);
    }
    if (!problem.fieldErrors().isEmpty()) {
      JsonArrayBuilder errors = JSON.createArrayBuilder();
      // in the problem's order: a file's errors go by row, which sorting by name would scramble
      problem
          .fieldErrors()
          .forEach(
              e ->
                  errors.add(
                      JSON.createObjectBuilder()
                          .add("field", e.field())
                          .add("message", e.message().in(language))));
      body.add("errors", errors);
    }
    if (problem instanceof Incident incident) {
      body.add("incident", incident.id);
    }
    return body.build().toString();
  }

  private Language language() {
    try {
      return currentLanguage.get();
    } catch (RuntimeException outsideRequest) {
      return Language.ZH;
    }
  }

  private Problem toProblem(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof Problem problem) {
        return problem;
      }
      if (cause instanceof ConstraintViolationException violations) {
        // the violations come as a set: sorted by field, the same request gets the same answer
        return Violations.problem(violations.getConstraintViolations());
      }
      if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
        return fromStatus(web.getResponse().getStatus());
      }
    }
    // a constraint or lock failure that surfaced outside a UnitOfWork (at commit, say)
    return databaseProblems.meaningOf(failure).orElseGet(() -> new Incident(failure));
  }

  /** The problem for a bare HTTP status raised by the JAX-RS runtime or the container. */
  static Problem fromStatus(int status) {
    return switch (status) {
      case 400 -> Problem.unreadable(Text.of("请求无法解析", "The request could not be read"));
      case 401 -> Problem.unauthenticated();
      case 403 -> Problem.forbidden(Text.of("无权访问", "Access denied"));
      case 404 -> new StatusProblem(404, "not-found", Text.of("未找到", "Not found"));
      case 405 ->
          new StatusProblem(405, "method-not-allowed", Text.of("不支持该方法", "Method not allowed"));
      case 406 -> new StatusProblem(406, "not-acceptable", Text.of("无法提供所要求的格式", "Not acceptable"));
      case 415 ->
          new StatusProblem(
              415, "unsupported-media-type", Text.of("不支持的内容类型", "Unsupported media type"));
      default -> new StatusProblem(status, "http-" + status, Text.of("请求失败", "Request failed"));
    };
  }

  /** A problem known only by its HTTP status (raised by the JAX-RS runtime itself). */
  private static final class StatusProblem extends Problem {
    private static final long serialVersionUID = 1L;

    StatusProblem(int status, String type, Text title) {
      super(status, type, title, null, List.of());
    }
  }

  /** An unexpected failure: logged in full, answered with an id and no details. */
  private static final class Incident extends Problem {
    private static final long serialVersionUID = 1L;
    private final String id;

    Incident(Throwable failure) {
      super(
          500,
          "internal",
          Text.of("服务器内部错误", "Internal server error"),
          Text.of("处理请求时出错,请凭事件编号联系管理员", "Something went wrong; quote the incident id to support"),
          List.of());
      this.id = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, () -> "incident " + id + ": " + IncidentLog.describe(failure));
    }
  }
}
