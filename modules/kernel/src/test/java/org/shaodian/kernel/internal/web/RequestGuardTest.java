package org.shaodian.kernel.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/people",
        "/api/v1/people/3f1e-ab",
        "/api/v1/regions/330182107000/children",
        "/api/v1/%E5%AF%BF%E6%98%8C"
      })
  void wellFormedPathsPass(String path) {
    assertThat(RequestGuard.wellFormed(path, "/", false)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/a%ZZ", "/a%2", "/a%", "/a|b", "/a^b", "/a\"b", "/a%00b", "/a%0Ab", "/a%FF", "/a b"
      })
  void malformedPathsAreRefused(String path) {
    assertThat(RequestGuard.wellFormed(path, "/", false)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"x=%ZZ", "x=a|b", "q=%", "x=%C3%28", "x=a b"})
  void malformedQueriesAreRefused(String query) {
    assertThat(RequestGuard.wellFormed(query, "/?", true)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"q=%E4%B8%AD&size=20", "q=%00", "lang=en", "cursor=s.L3w~u.3f1e"})
  void wellFormedQueriesPassControlsIncludedForTheParameterChecks(String query) {
    assertThat(RequestGuard.wellFormed(query, "/?", true)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {";;;q=x,,", "en;q=2", "en;q=0.5;x=y"})
  void malformedLanguageListsAreRecognised(String header) {
    assertThat(RequestGuard.parsesAsLanguages(header)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-CN,zh;q=0.9,en;q=0.8", "en", "*"})
  void wellFormedLanguageListsPass(String header) {
    assertThat(RequestGuard.parsesAsLanguages(header)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {";;", "a/b;q=x", "text/html;q=2", "/"})
  void malformedAcceptHeadersAreRecognised(String header) {
    assertThat(RequestGuard.parsesAsAccept(header)).isFalse();
  }

  /** A request over plain HTTP with the given Authorization header, and what the guard did. */
  private static int statusOfPlainHttpRequest(boolean httpsRequired, String authorization)
      throws Exception {
    RequestGuard guard = new RequestGuard();
    guard.httpsRequired = httpsRequired;
    guard.settings = new ConsoleSettings();
    guard.settings.template = java.util.Optional.empty();
    java.util.Map<String, String> headers = new java.util.HashMap<>();
    if (authorization != null) {
      headers.put("authorization", authorization);
    }
    int[] status = {200};
    boolean[] passed = {false};
    jakarta.servlet.http.HttpServletRequest request =
        proxy(
            jakarta.servlet.http.HttpServletRequest.class,
            (method, args) ->
                switch (method) {
                  case "getRequestURI" -> "/api/v1/regions";
                  case "getHeader" ->
                      headers.get(((String) args[0]).toLowerCase(java.util.Locale.ROOT));
                  case "isSecure" -> false;
                  case "getMethod" -> "GET";
                  default -> null;
                });
    java.io.StringWriter body = new java.io.StringWriter();
    jakarta.servlet.http.HttpServletResponse response =
        proxy(
            jakarta.servlet.http.HttpServletResponse.class,
            (method, args) -> {
              if (method.equals("setStatus")) {
                status[0] = (Integer) args[0];
              }
              return method.equals("getWriter") ? new java.io.PrintWriter(body) : null;
            });
    guard.doFilter(request, response, (req, res) -> passed[0] = true);
    return passed[0] ? 200 : status[0];
  }

  @org.junit.jupiter.api.Test
  void inProductionBasicCredentialsOverPlainHttpAreRefused() throws Exception {
    assertThat(statusOfPlainHttpRequest(true, "Basic YWRtaW46c2hhb2RpYW4=")).isEqualTo(403);
    assertThat(statusOfPlainHttpRequest(true, "Bearer eyJ...")).isEqualTo(200);
    assertThat(statusOfPlainHttpRequest(true, null)).isEqualTo(200);
    assertThat(statusOfPlainHttpRequest(false, "Basic YWRtaW46c2hhb2RpYW4=")).isEqualTo(200);
  }

  private interface Answer {
    Object answer(String method, Object[] args) throws Exception;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Answer answer) {
    return (T)
        java.lang.reflect.Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              Object result = answer.answer(method.getName(), args);
              if (result == null && method.getReturnType() == boolean.class) {
                return false;
              }
              return result;
            });
  }
}
