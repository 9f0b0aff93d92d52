package org.shaodian.kernel.api.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.shaodian.kernel.api.i18n.Text;

/**
 * A failure the caller can act on. Thrown anywhere, it is written out as {@code
 * application/problem+json} (RFC 9457) by the one exception mapper, in the caller's language.
 */
public class Problem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final Text title;
  private final Text detail;
  private final List<FieldError> fieldErrors;
  private final Duration retryAfter;

  protected Problem(
      int status, String type, Text title, Text detail, List<FieldError> fieldErrors) {
    this(status, type, title, detail, fieldErrors, null);
  }

  private Problem(
      int status,
      String type,
      Text title,
      Text detail,
      List<FieldError> fieldErrors,
      Duration retryAfter) {
    super(detail == null ? title.en() : detail.en());
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.fieldErrors = List.copyOf(fieldErrors);
    this.retryAfter = retryAfter;
  }

  /**
   * 503 with {@code Retry-After}: the server cannot answer now (its database is unreachable, say),
   * nothing was saved, and the same request made again after that many seconds normally succeeds.
   */
  public static Problem unavailable(Text detail, Duration retryAfter) {
    return new Problem(
        503,
        "service-unavailable",
        Text.of("服务暂不可用", "Service unavailable"),
        detail,
        List.of(),
        retryAfter);
  }

  /**
   * 404: the thing does not exist, or lies outside the caller's jurisdiction (the answer is the
   * same, so that nobody learns that an id exists). The detail names the kind of thing, never the
   * value asked for.
   */
  public static Problem notFound(Text what) {
    return new Problem(
        404,
        "not-found",
        Text.of("未找到", "Not found"),
        Text.of(what.zh() + "不存在", "No such " + what.en().toLowerCase(java.util.Locale.ROOT)),
        List.of());
  }

  /** 429: the caller asked too often; the detail says for what and until when. */
  public static Problem tooMany(Text detail) {
    return new Problem(
        429, "too-many-requests", Text.of("请求过于频繁", "Too many requests"), detail, List.of());
  }

  /** 409: the request conflicts with the current state (a stale version, a duplicate …). */
  public static Problem conflict(Text detail) {
    return new Problem(409, "conflict", Text.of("冲突", "Conflict"), detail, List.of());
  }

  /**
   * 412 (RFC 9110 §13.1.1): the If-Match version is not the record's current one, because someone
   * changed it since it was read (also when the change slips in while this one is being written).
   */
  public static Problem staleVersion() {
    return new Problem(
        412,
        "precondition-failed",
        Text.of("版本已过期", "Precondition failed"),
        Text.of(
            "记录已被他人修改,请刷新后重试", "The record was changed by someone else; reload it and try again"),
        List.of());
  }

  /** 413: the request body is larger than this operation accepts. */
  public static Problem tooLarge(long limitBytes) {
    return new Problem(
        413,
        "payload-too-large",
        Text.of("请求体过大", "Payload too large"),
        Text.of(
            "请求体不得超过 " + limitBytes + " 字节",
            "The body must not be larger than " + limitBytes + " bytes"),
        List.of());
  }

  /** 400 with the fields that are wrong. */
  public static Problem invalid(List<FieldError> fieldErrors) {
    return new Problem(
        400,
        "invalid-input",
        Text.of("输入有误", "Invalid input"),
        Text.of("请求中有字段不符合要求", "Some fields of the request are not valid"),
        fieldErrors);
  }

  /** 400 for one field. */
  public static Problem invalid(String field, Text message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  /** 400 for a request that cannot be read at all. */
  public static Problem unreadable(Text detail) {
    return new Problem(
        400, "unreadable", Text.of("无法解析请求", "Unreadable request"), detail, List.of());
  }

  /** 401: nobody is signed in. */
  public static Problem unauthenticated() {
    return new Problem(
        401,
        "unauthenticated",
        Text.of("需要登录", "Authentication required"),
        Text.of("请先登录", "Sign in to use this resource"),
        List.of());
  }

  /**
   * 401 for a bearer token the server did not accept (signature, issuer, audience, expiry or
   * algorithm): the same type as {@link #unauthenticated()}; which check failed is not said.
   */
  public static Problem tokenRefused() {
    return new Problem(
        401,
        "unauthenticated",
        Text.of("需要登录", "Authentication required"),
        Text.of(
            "令牌未被接受(请检查签名、签发者、受众和有效期)",
            "The bearer token was not accepted (check its signature, issuer, audience and expiry)"),
        List.of());
  }

  /**
   * 401 for a sign-in with a user name or password the registry did not accept: the same type as
   * {@link #unauthenticated()}; which of the two was wrong is not said.
   */
  public static Problem wrongCredentials() {
    return new Problem(
        401,
        "unauthenticated",
        Text.of("需要登录", "Authentication required"),
        Text.of("用户名或密码不正确", "Wrong user name or password"),
        List.of());
  }

  /** 403: signed in, but not allowed. */
  public static Problem forbidden(Text detail) {
    return new Problem(403, "forbidden", Text.of("无权访问", "Forbidden"), detail, List.of());
  }

  /** 428: an update without If-Match. */
  public static Problem preconditionRequired() {
    return new Problem(
        428,
        "precondition-required",
        Text.of("缺少版本", "Precondition required"),
        Text.of(
            "更新须带 If-Match 请求头(取自 ETag)", "Updates need an If-Match header with the record's ETag"),
        List.of());
  }

  public int status() {
    return status;
  }

  /** The last segment of the problem type URI, e.g. {@code not-found}. */
  public String type() {
    return type;
  }

  public Text title() {
    return title;
  }

  public Text detail() {
    return detail;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** How long the caller should wait before asking again ({@code Retry-After}), when it should. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
