package org.shaodian.app.http;

import static org.hamcrest.Matchers.equalTo;
import static org.shaodian.app.http.Api.token;
import static org.shaodian.app.http.Api.withToken;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Integrations sign in with MicroProfile JWT: roles from groups, jurisdiction from a claim. */
class JwtIT {

  @Test
  void aSignedTokenActsWithinItsJurisdictionClaim() {
    String jwt = token("county-dashboard", List.of("official"), Api.JIANDE, Api.ISSUER);
    withToken(jwt).get("/regions").then().statusCode(200).body("code", equalTo(Api.JIANDE));
    withToken(jwt).get("/regions/{code}", Api.SHOUCHANG).then().statusCode(200);
    withToken(jwt).get("/regions/{code}", Api.YINHU).then().statusCode(404);
  }

  @Test
  void rolesComeFromTheGroupsClaim() {
    String official = token("county-dashboard", List.of("official"), Api.JIANDE, Api.ISSUER);
    withToken(official).get("/audit").then().statusCode(403);
    String supervisor = token("discipline-app", List.of("supervisor"), Api.JIANDE, Api.ISSUER);
    withToken(supervisor).get("/audit").then().statusCode(200);
  }

  @Test
  void aTokenWithoutJurisdictionIsForbidden() {
    String jwt = token("no-scope", List.of("official"), null, Api.ISSUER);
    withToken(jwt).get("/regions").then().statusCode(403);
  }

  @Test
  void aTokenFromAnotherIssuerIsRejected() {
    String jwt = token("intruder", List.of("admin"), Api.HANGZHOU, "https://elsewhere.invalid");
    withToken(jwt).get("/regions").then().statusCode(401);
  }

  @Test
  void aTamperedTokenIsRejected() {
    String jwt = token("county-dashboard", List.of("official"), Api.JIANDE, Api.ISSUER);
    String[] parts = jwt.split("\\.");
    String forged =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    ("{\"iss\":\""
                            + Api.ISSUER
                            + "\",\"upn\":\"x\",\"groups\":[\"admin\"],\"jurisdiction\":\"330100\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + "."
            + parts[2];
    withToken(forged).get("/regions").then().statusCode(401);
  }
}
