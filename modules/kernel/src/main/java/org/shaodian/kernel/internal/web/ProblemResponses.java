package org.shaodian.kernel.internal.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.FieldError;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.text.TextRules;
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

  public static final String PROBLEM_JSON = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:shaodian:problem:";
  private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

  /** Messages for the standard constraints, by annotation name. */
  private static final Map<String, Text> CONSTRAINTS =
      Map.ofEntries(
          Map.entry("NotNull", Text.of("必填", "is required")),
          Map.entry("NotBlank", Text.of("不能为空", "must not be blank")),
          Map.entry("NotEmpty", Text.of("不能为空", "must not be empty")),
          Map.entry("Size", Text.of("长度不符合要求", "has the wrong length")),
          Map.entry("Min", Text.of("数值过小", "is too small")),
          Map.entry("Max", Text.of("数值过大", "is too large")),
          Map.entry("Pattern", Text.of("格式不正确", "has the wrong format")),
          Map.entry("Past", Text.of("须为过去的时间", "must be in the past")),
          Map.entry("MobilePhone", Text.of("不是有效的手机号码", "not a valid mainland mobile number")),
          Map.entry(
              "ResidentIdNumber",
              Text.of("不是有效的身份证号码", "not a valid resident identity card number")),
          Map.entry("VehiclePlate", Text.of("不是有效的车牌号码", "not a valid vehicle plate")),
          // NameText and FreeText name the rule they found broken, as the message template
          Map.entry("{shaodian.text.BLANK}", TextRules.Breach.BLANK.message()),
          Map.entry("{shaodian.text.TOO_LONG}", TextRules.Breach.TOO_LONG.message()),
          Map.entry(
              "{shaodian.text.CONTROL_CHARACTER}", TextRules.Breach.CONTROL_CHARACTER.message()),
          Map.entry(
              "{shaodian.text.INVISIBLE_CHARACTER}",
              TextRules.Breach.INVISIBLE_CHARACTER.message()));

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
      response.header("WWW-Authenticate", "Basic realm=\"Shaodian\"");
      response.header("WWW-Authenticate", "Bearer");
    }
    return response.build();
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
    response.getWriter().write(body(problem, language, instance));
  }

  /** The RFC 9457 body of a problem, in the given language. */
  static String body(Problem problem, Language language, String instance) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
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
      JsonArrayBuilder errors = Json.createArrayBuilder();
      // in the problem's order: a file's errors go by row, which sorting by name would scramble
      problem
          .fieldErrors()
          .forEach(
              e ->
                  errors.add(
                      Json.createObjectBuilder()
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
        return Problem.invalid(
            violations.getConstraintViolations().stream()
                .map(ProblemResponses::fieldError)
                .sorted(Comparator.comparing(FieldError::field))
                .toList());
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

  private static FieldError fieldError(ConstraintViolation<?> violation) {
    String constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    Text message =
        CONSTRAINTS.getOrDefault(
            violation.getMessageTemplate(),
            CONSTRAINTS.getOrDefault(
                constraint, Text.of(violation.getMessage(), violation.getMessage())));
    return new FieldError(fieldName(violation.getPropertyPath()), message);
  }

  /** The JSON name of the field: the property path without the method and parameter nodes. */
  private static String fieldName(Path path) {
    StringBuilder name = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      // a node in a list or map carries the element's index or key: it belongs to the name
      // before it (needs[0].headcount, qualifications[0]), not after its own
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          name.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
          name.append('[').append(node.getKey()).append(']');
        }
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
        continue;
      }
      if (!name.isEmpty()) {
        name.append('.');
      }
      name.append(node.getName());
    }
    return name.isEmpty() && parameter != null ? parameter : name.toString();
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
