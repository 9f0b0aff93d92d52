package org.shaodian.kernel.internal.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.internal.access.ConsoleCsrf;

/**
 * The first thing a request meets in the application (web.xml maps it before everything else).
 *
 * <ul>
 *   <li>A path or query string that is not well-formed (a malformed {@code %}-escape such as {@code
 *       %ZZ}, a character outside RFC 3986, escaped bytes that are not UTF-8, a control character
 *       in the path) is a 400 problem here, before anything parses it: otherwise the container and
 *       the JAX-RS runtime fail on it with a 500 and write the URL, personal data and all, to the
 *       log. Nothing is logged, and the address is not echoed.
 *   <li>A malformed Accept-Language or Accept header is ignored (the request is served as if it had
 *       none) instead of failing the request; a malformed Content-Type is a 400.
 *   <li>Headers every API response carries: {@code Cache-Control: no-store} (they hold personal
 *       data, masked or not), a Content-Security-Policy that allows nothing to load or frame them
 *       (a page of the WAR: its own scripts and styles only), and HSTS over HTTPS. Server-wide ones
 *       ({@code X-Content-Type-Options}, {@code X-Frame-Options}) are set by the server's
 *       httpEndpoint, so Liberty's own pages get them too.
 *   <li>With {@code shaodian.https-required=true} (production), Basic credentials sent over plain
 *       HTTP are refused, so a misconfigured client fails at once rather than leaking passwords.
 *   <li>A state-changing request that the web console's session cookie authenticates needs the
 *       console's anti-forgery token ({@link #forgeable}).
 * </ul>
 */
public class RequestGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** RFC 3986 pchar besides letters and digits; "/" in paths, "/" and "?" in queries. */
  private static final String PCHAR = "-._~!$&'()*+,;=:@";

  /** An API response loads and frames nothing. */
  static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

  /**
   * A page of the WAR (the officials' briefing page) loads its own scripts, styles and images only
   * — no inline script, nothing from elsewhere — and talks to its own API; downloads it saves come
   * from blob: addresses.
   */
  /** The pages' policy, with the map's tile server among the image sources when one is set. */
  static String pageCsp(Optional<String> tileOrigin) {
    return tileOrigin
        .map(origin -> PAGE_CSP.replace("img-src 'self'", "img-src 'self' " + origin))
        .orElse(PAGE_CSP);
  }

  static final String PAGE_CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:;"
          + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  @Inject
  @ConfigProperty(name = "shaodian.https-required", defaultValue = "false")
  transient boolean httpsRequired;

  @Inject transient Clock clock;

  @Inject transient ConsoleSettings settings;

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  /** The console's sign-in (ConsoleSessionResource). */
  private static final String SIGN_IN = "/api/v1/console/session";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!wellFormed(request.getRequestURI(), "/", false)
        || !wellFormed(request.getQueryString(), "/?", true)) {
      refuse(
          response,
          Problem.unreadable(Text.of("请求地址格式不正确", "The request's address is not well-formed")),
          request);
      return;
    }
    String contentType = request.getHeader("Content-Type");
    if (contentType != null && !isMediaType(contentType)) {
      refuse(
          response,
          Problem.unreadable(
              Text.of("Content-Type 请求头格式不正确", "The Content-Type header is malformed")),
          request);
      return;
    }
    if (httpsRequired && !request.isSecure() && isBasic(request.getHeader("Authorization"))) {
      refuse(
          response,
          Problem.forbidden(
              Text.of("用户名和密码只能通过 HTTPS 发送", "Basic credentials are accepted over HTTPS only")),
          request);
      return;
    }
    if (forgeable(request)
        && !ConsoleCsrf.valid(
            request.getUserPrincipal().getName(),
            request.getHeader(ConsoleCsrf.HEADER),
            clock.instant())) {
      refuse(
          response,
          Problem.forbidden(
              Text.of(
                  "缺少或无效的防伪令牌(X-CSRF-Token),请刷新页面后重试",
                  "The X-CSRF-Token header is missing or invalid; reload the page and try again")),
          request);
      return;
    }
    if (request.getHeader("Authorization") != null) {
      withoutSessionCookie(response);
    }
    HttpServletRequest served = request;
    if (!parsesAsLanguages(request.getHeader("Accept-Language"))) {
      served = new WithoutHeader(served, "Accept-Language");
    }
    if (!parsesAsAccept(request.getHeader("Accept"))) {
      served = new WithoutHeader(served, "Accept");
    }
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Security-Policy",
        request.getRequestURI().startsWith(request.getContextPath() + "/api/")
            ? API_CSP
            : pageCsp(settings.tileOrigin()));
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(served, response);
  }

  /**
   * A request that changes something, authenticated by the console's session cookie rather than by
   * credentials it carries: a browser would send that cookie with a request another site forged
   * too, so it must prove it comes from the console ({@link ConsoleCsrf}). Signing in is exempt: it
   * authenticates by the password in its body (and the old cookie, if any, is dropped).
   */
  static boolean forgeable(HttpServletRequest request) {
    return !SAFE_METHODS.contains(request.getMethod())
        && request.getHeader("Authorization") == null
        && request.getUserPrincipal() != null
        && !(request.getMethod().equals("POST")
            && request.getRequestURI().equals(request.getContextPath() + SIGN_IN));
  }

  /** The console's session cookie (server.xml, webAppSecurity ssoCookieName). */
  static final String SESSION_COOKIE = "shaodian_session";

  /**
   * Takes back the session cookie that Liberty sets on every response to credentials it accepted
   * (its single sign-on, on for the web console, makes no exception for Basic): a caller that sends
   * its credentials with each request has no use for one, and the API stays stateless for it.
   * Liberty's own response removes a cookie not yet sent ({@code removeCookie}, the call its
   * sign-out makes); found by reflection, as it is not an API the application may import.
   */
  static void withoutSessionCookie(HttpServletResponse response) {
    Method remove = REMOVE_COOKIE.get(response.getClass());
    if (remove != null) {
      try {
        remove.invoke(response, SESSION_COOKIE);
      } catch (ReflectiveOperationException e) {
        LOG.log(Level.FINE, "could not take back the session cookie", e);
      }
    }
  }

  private static final Logger LOG = Logger.getLogger(RequestGuard.class.getName());

  private static final ClassValue<Method> REMOVE_COOKIE =
      new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
          try {
            return type.getMethod("removeCookie", String.class);
          } catch (NoSuchMethodException e) {
            LOG.warning(
                "the server's response ("
                    + type.getName()
                    + ") cannot remove a cookie: Basic-authenticated responses keep Liberty's"
                    + " session cookie");
            return null;
          }
        }
      };

  /** Answers the problem in the request's language (only worked out for a refusal). */
  private static void refuse(
      HttpServletResponse response, Problem problem, HttpServletRequest request)
      throws IOException {
    ProblemResponses.write(response, problem, RequestLanguage.choose(request), null);
  }

  /** Raw, still %-encoded text: RFC 3986 characters only, complete escapes, UTF-8 bytes. */
  static boolean wellFormed(String raw, String extra, boolean controlsAllowed) {
    if (raw == null) {
      return true;
    }
    ByteBuffer bytes = ByteBuffer.allocate(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
          return false;
        }
        byte b = (byte) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
        if (!controlsAllowed && (b >= 0 && b < 0x20 || b == 0x7f)) {
          return false;
        }
        bytes.put(b);
        i += 2;
      } else if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || PCHAR.indexOf(c) >= 0
          || extra.indexOf(c) >= 0) {
        bytes.put((byte) c);
      } else {
        return false;
      }
    }
    bytes.flip();
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes);
      return true;
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
  }

  static boolean parsesAsLanguages(String header) {
    if (header == null) {
      return true;
    }
    try {
      Locale.LanguageRange.parse(header);
      return true;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** Each media range parses, and its quality, if any, is a number from 0 to 1. */
  static boolean parsesAsAccept(String header) {
    if (header == null) {
      return true;
    }
    try {
      for (String range : header.split(",")) {
        if (range.isBlank()) {
          continue;
        }
        MediaType type = MediaType.valueOf(range.strip());
        String q = type.getParameters().get("q");
        if (q != null) {
          float quality = Float.parseFloat(q);
          if (!(quality >= 0 && quality <= 1)) {
            return false;
          }
        }
      }
      return true;
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  private static boolean isMediaType(String header) {
    try {
      MediaType.valueOf(header.strip());
      return true;
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  private static boolean isBasic(String authorization) {
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  /** The request as if it had come without one header. */
  static final class WithoutHeader extends HttpServletRequestWrapper {
    private final String hidden;

    WithoutHeader(HttpServletRequest request, String hidden) {
      super(request);
      this.hidden = hidden;
    }

    @Override
    public String getHeader(String name) {
      return hidden.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return hidden.equalsIgnoreCase(name)
          ? Collections.emptyEnumeration()
          : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      names.removeIf(hidden::equalsIgnoreCase);
      return Collections.enumeration(names);
    }

    @Override
    public Locale getLocale() {
      return Language.ZH.locale();
    }

    @Override
    public Enumeration<Locale> getLocales() {
      return Collections.enumeration(List.of(Language.ZH.locale()));
    }
  }
}
