package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.shaodian.app.http.Api.anonymous;
import static org.shaodian.app.http.Api.as;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The web console's session over HTTP: signing in with a name and password sets an HttpOnly,
 * SameSite=Strict cookie that then authenticates the console's calls; a state-changing call that
 * the cookie authenticates changes nothing without the console's anti-forgery token; signing out
 * ends the session on the server; wrong passwords are told in words and, repeated, lock the name
 * out of signing in for a while. Integrations (Basic, Bearer) need none of this.
 */
class ConsoleSessionIT {

  private static final String COOKIE = "shaodian_session";
  private static final String CONSOLE = "shaodian-console";

  /** A signed-in console: its cookie and anti-forgery token. */
  private record Session(String cookie, String csrfToken) {}

  private static Session signIn(String user) {
    Response response =
        anonymous()
            .contentType("application/json")
            .header("X-Requested-With", CONSOLE)
            .body(Map.of("username", user, "password", Api.PASSWORD))
            .post("/console/session");
    response.then().statusCode(200);
    return new Session(response.cookie(COOKIE), response.jsonPath().getString("csrfToken"));
  }

  @Test
  void signingInSetsAnHttpOnlyStrictCookieThatAuthenticatesTheConsolesCalls() {
    Response response =
        anonymous()
            .contentType("application/json")
            .header("X-Requested-With", CONSOLE)
            .body(Map.of("username", Api.SHOUCHANG_OFFICIAL, "password", Api.PASSWORD))
            .post("/console/session");
    response
        .then()
        .statusCode(200)
        .body("user", equalTo(Api.SHOUCHANG_OFFICIAL))
        .body("roles", hasItem("official"))
        .body("jurisdiction.code", equalTo(Api.SHOUCHANG))
        .body("jurisdiction.name", equalTo("寿昌镇"))
        .body("csrfToken", not(equalTo(null)));
    List<String> setCookies = response.headers().getValues("Set-Cookie");
    String cookie =
        setCookies.stream().filter(c -> c.startsWith(COOKIE + "=")).findFirst().orElseThrow();
    assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
    // the password goes nowhere but the registry
    assertThat(response.asString()).doesNotContain(Api.PASSWORD);

    String value = response.cookie(COOKIE);
    anonymous()
        .cookie(COOKIE, value)
        .get("/console/session")
        .then()
        .statusCode(200)
        .body("user", equalTo(Api.SHOUCHANG_OFFICIAL));
    anonymous()
        .cookie(COOKIE, value)
        .get("/regions")
        .then()
        .statusCode(200)
        .body("code", equalTo(Api.SHOUCHANG));
  }

  @Test
  void aCookieAloneChangesNothingWithoutTheConsolesToken() {
    Session admin = signIn(Api.ADMIN);
    Session official = signIn(Api.SHOUCHANG_OFFICIAL);
    String principal = "console-probe-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> form = Map.of("jurisdiction", Api.SHOUCHANG);

    // no token, a token of someone else's, a made-up one: 403, and no account is opened
    for (String token : new String[] {null, official.csrfToken(), "abc.99999999999.xyz"}) {
      var request =
          anonymous()
              .cookie(COOKIE, admin.cookie())
              .header("X-Requested-With", CONSOLE)
              .contentType("application/json")
              .body(form);
      if (token != null) {
        request.header("X-CSRF-Token", token);
      }
      request
          .put("/admin/accounts/" + principal)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", containsString("X-CSRF-Token"));
      as(Api.ADMIN).get("/admin/accounts/" + principal).then().statusCode(404);
    }

    // with the token the sign-in gave: opened
    anonymous()
        .cookie(COOKIE, admin.cookie())
        .header("X-CSRF-Token", admin.csrfToken())
        .contentType("application/json")
        .body(form)
        .put("/admin/accounts/" + principal)
        .then()
        .statusCode(201);
    // integrations send credentials with each request, need no token and get no cookie
    Response basic = as(Api.ADMIN).get("/admin/accounts/" + principal);
    basic.then().statusCode(200);
    assertThat(basic.headers().getValues("Set-Cookie")).isEmpty();
    Response bearer =
        Api.withToken(Api.token("console-test-system", List.of("admin"), Api.SHOUCHANG, Api.ISSUER))
            .contentType("application/json")
            .body(form)
            .put("/admin/accounts/" + principal + "-jwt");
    bearer.then().statusCode(201);
    assertThat(bearer.headers().getValues("Set-Cookie")).isEmpty();
  }

  @Test
  void signingOutEndsTheSessionOnTheServer() {
    Session session = signIn(Api.SHOUCHANG_OFFICIAL);
    anonymous().cookie(COOKIE, session.cookie()).delete("/console/session").then().statusCode(403);
    anonymous()
        .cookie(COOKIE, session.cookie())
        .header("X-CSRF-Token", session.csrfToken())
        .delete("/console/session")
        .then()
        .statusCode(204);
    // the same cookie, kept by whoever had it, no longer signs anybody in
    anonymous()
        .cookie(COOKIE, session.cookie())
        .header("X-Requested-With", CONSOLE)
        .get("/console/session")
        .then()
        .statusCode(401);
  }

  @Test
  void aWrongPasswordIsToldInWordsWithoutTheBrowsersOwnDialog() {
    Response response =
        anonymous()
            .contentType("application/json")
            .header("X-Requested-With", CONSOLE)
            .header("Accept-Language", "zh-CN")
            .body(Map.of("username", Api.SHOUCHANG_COMMAND, "password", "not-the-password"))
            .post("/console/session");
    response
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("detail", equalTo("用户名或密码不正确"));
    assertThat(response.headers().getValues("WWW-Authenticate")).containsExactly("Bearer");
    assertThat(response.headers().getValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith(COOKIE + "=") && !c.startsWith(COOKIE + "=;"));

    // an expired or forged cookie: 401 from the container, also without a Basic challenge
    Response forged =
        anonymous()
            .cookie(COOKIE, "bm90IGEgdG9rZW4=")
            .header("X-Requested-With", CONSOLE)
            .get("/regions");
    forged.then().statusCode(401).contentType("application/problem+json");
    assertThat(forged.headers().getValues("WWW-Authenticate")).containsExactly("Bearer");
  }

  @Test
  void repeatedWrongPasswordsLockTheNameOutOfSigningInForAWhile() {
    for (int i = 0; i < 5; i++) {
      anonymous()
          .contentType("application/json")
          .body(Map.of("username", Api.JIANDE_OFFICIAL, "password", "guess-" + i))
          .post("/console/session")
          .then()
          .statusCode(401);
    }
    // now even the right password is refused, and the answer says until when
    anonymous()
        .contentType("application/json")
        .header("Accept-Language", "zh-CN")
        .body(Map.of("username", Api.JIANDE_OFFICIAL, "password", Api.PASSWORD))
        .post("/console/session")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("detail", containsString("后再试"));
    // the API itself is not locked: integrations and other users carry on
    as(Api.JIANDE_OFFICIAL).get("/regions").then().statusCode(200);
  }

  @Test
  void badFormsAreRefusedWithTheirFields() {
    anonymous()
        .contentType("application/json")
        .body(Map.of("username", ""))
        .post("/console/session")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
