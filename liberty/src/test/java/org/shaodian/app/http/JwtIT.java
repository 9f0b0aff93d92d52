package org.shaodian.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.shaodian.app.http.Api.claims;
import static org.shaodian.app.http.Api.sign;
import static org.shaodian.app.http.Api.token;
import static org.shaodian.app.http.Api.withToken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Integrations sign in with MicroProfile JWT: issuer, audience and signature checked by Liberty
 * (the test server trusts {@code Api.ISSUER}, {@code Api.AUDIENCE} and the test key), roles from
 * {@code groups}, jurisdiction from a claim that must name a region of the tree. Every token sent
 * is kept, and the last tests look for them in the server's log (docs/integrations.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JwtIT {

  /** The tokens this class sent: none of them, nor their claims, may reach the log. */
  private static final Queue<Sent> SENT = new ConcurrentLinkedQueue<>();

  /** A token sent, and whether it was refused for its signature (which Liberty quotes). */
  private record Sent(String jwt, boolean badSignature) {}

  /** A token to send that the server accepts (or refuses for its claims, not its signature). */
  private static String sent(String jwt) {
    SENT.add(new Sent(jwt, false));
    return jwt;
  }

  @Test
  void aSignedTokenActsWithinItsJurisdictionClaim() {
    String jwt = sent(token("county-dashboard", List.of("official"), Api.JIANDE, Api.ISSUER));
    withToken(jwt).get("/regions").then().statusCode(200).body("code", equalTo(Api.JIANDE));
    withToken(jwt).get("/regions/{code}", Api.SHOUCHANG).then().statusCode(200);
    withToken(jwt).get("/regions/{code}", Api.YINHU).then().statusCode(404);
  }

  @Test
  void theUpnNamesTheCallerInTheAuditTrail() {
    String jwt = sent(token("county-dashboard", List.of("official"), Api.JIANDE, Api.ISSUER));
    withToken(jwt).get("/reports/people?region=" + Api.GENGLOU).then().statusCode(200);
    Api.as(Api.ADMIN)
        .get("/audit?subjectType=reporting.people-list&subjectId=" + Api.GENGLOU)
        .then()
        .statusCode(200)
        .body("items.actor", hasItem("county-dashboard"));
  }

  @Test
  void rolesComeFromTheGroupsClaim() {
    String official = token("county-dashboard", List.of("official"), Api.JIANDE, Api.ISSUER);
    withToken(official).get("/audit").then().statusCode(403);
    String supervisor = token("discipline-app", List.of("supervisor"), Api.JIANDE, Api.ISSUER);
    withToken(supervisor).get("/audit").then().statusCode(200);
  }

  @Test
  void aGroupThatIsNoRoleGrantsNothing() {
    String unknown =
        sent(token("mystery-app", List.of("superuser", "root"), Api.JIANDE, Api.ISSUER));
    for (String path : List.of("/regions", "/people", "/audit", "/admin/accounts")) {
      withToken(unknown)
          .queryParam("lang", "en")
          .get(path)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:shaodian:problem:forbidden"))
          .body("detail", containsString("Your role does not allow this"));
    }
    // an unknown group beside a role: the role counts, the unknown group adds nothing
    String mixed = token("mixed-app", List.of("superuser", "official"), Api.JIANDE, Api.ISSUER);
    withToken(mixed).get("/regions").then().statusCode(200);
    withToken(mixed).get("/audit").then().statusCode(403);
  }

  @Test
  void aTokenWithoutJurisdictionIsForbidden() {
    String jwt = token("no-scope", List.of("official"), null, Api.ISSUER);
    forbidden(jwt, "The token has no jurisdiction claim");
  }

  @Test
  void aTokenForARegionTheTreeDoesNotHaveIsForbidden() {
    // shaped like a Jiande village code, but no such village: 403, not a 500 or an empty tree
    String jwt = token("lost-app", List.of("admin"), "330182999999", Api.ISSUER);
    forbidden(jwt, "names no region of this installation's region tree")
        .body("detail", not(containsString("330182999999")));
    withToken(jwt).get("/people").then().statusCode(403);
    withToken(jwt).get("/regions/{code}", Api.JIANDE).then().statusCode(403);
  }

  @Test
  void aJurisdictionClaimThatIsNoRegionCodeIsForbidden() {
    for (Object claim : List.<Object>of("Jiande", "", "330182 ", 330182, List.of(Api.JIANDE))) {
      String jwt =
          sign(claims("odd-app", List.of("official")).claim("jurisdiction", claim).build());
      forbidden(jwt, "The token's jurisdiction claim is not a region code");
    }
  }

  @Test
  void theAudienceMustBeOurs() {
    // one of several audiences is enough
    String several =
        sent(
            sign(
                claims("county-dashboard", List.of("official"))
                    .audience(List.of("another-system", Api.AUDIENCE))
                    .claim("jurisdiction", Api.JIANDE)
                    .build()));
    withToken(several).get("/regions").then().statusCode(200);

    refused(
        sign(
            claims("county-dashboard", List.of("official"))
                .audience("another-system")
                .claim("jurisdiction", Api.JIANDE)
                .build()));
  }

  @Test
  void aTokenWithoutAudienceIsRejected() {
    refused(
        sign(
            claims("county-dashboard", List.of("official"))
                .audience((String) null)
                .claim("jurisdiction", Api.JIANDE)
                .build()));
  }

  @Test
  void aTokenFromAnotherIssuerIsRejected() {
    refused(token("intruder", List.of("admin"), Api.HANGZHOU, "https://elsewhere.invalid"));
  }

  @Test
  void aTokenWithoutIssuerIsRejected() {
    refused(
        sign(
            claims("intruder", List.of("admin"))
                .issuer(null)
                .claim("jurisdiction", Api.HANGZHOU)
                .build()));
  }

  @Test
  void anExpiredTokenIsRejected() {
    // an hour past its expiry: well beyond Liberty's clock skew of five minutes
    Instant issued = Instant.now().minusSeconds(2 * 3600);
    refused(
        sign(
            claims("county-dashboard", List.of("official"))
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plusSeconds(3600)))
                .claim("jurisdiction", Api.JIANDE)
                .build()));
  }

  @Test
  void aTokenWithoutExpiryIsRejected() {
    refused(
        sign(
            claims("county-dashboard", List.of("official"))
                .expirationTime(null)
                .claim("jurisdiction", Api.JIANDE)
                .build()));
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRejected() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    PrivateKey otherKey = generator.generateKeyPair().getPrivate();
    refusedForItsSignature(sign(adminOfTheCity(), otherKey));
  }

  @Test
  void anUnsignedTokenIsRejected() {
    // alg: none, with an empty signature, and with the signature of a genuine token beside it
    String unsigned = new PlainJWT(adminOfTheCity()).serialize();
    refused(unsigned);
    String genuine = sign(adminOfTheCity());
    refused(unsigned + genuine.substring(genuine.lastIndexOf('.') + 1));
  }

  @Test
  void aTokenMacSignedWithThePublicKeyIsRejected() throws IOException, JOSEException {
    // the classic algorithm confusion: HS256 with the server's public key (known to all) as secret
    byte[] publicKey = Files.readAllBytes(Path.of("src/test/liberty/config/jwt-test-public.pem"));
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), adminOfTheCity());
    jwt.sign(new MACSigner(publicKey));
    refused(jwt.serialize());
  }

  @Test
  void aTamperedTokenIsRejected() {
    String jwt = token("county-dashboard", List.of("official"), Api.JIANDE, Api.ISSUER);
    String[] parts = jwt.split("\\.");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(adminOfTheCity().toString().getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    refusedForItsSignature(forged);
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void noTokenReachesTheLog() throws IOException {
    // messages.log and the console (what goes to a log system): no token at all, refused or not
    assertThat(SENT).isNotEmpty();
    for (Path file : logFiles()) {
      String name = file.getFileName().toString();
      if (name.startsWith("messages") || name.startsWith("console")) {
        assertNoneIn(file, SENT.stream().toList());
      }
    }
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void onlyATokenWithABadSignatureReachesLibertysDiagnosticFiles() throws IOException {
    // Liberty's own files (trace.log, where the hidden refusals go, and ffdc/) quote a token whose
    // signature fails whole; no other refused token is in any file (docs/integrations.md)
    List<Sent> others = SENT.stream().filter(sent -> !sent.badSignature()).toList();
    assertThat(others).isNotEmpty();
    for (Path file : logFiles()) {
      assertNoneIn(file, others);
    }
  }

  private static List<Path> logFiles() {
    return ServerLogs.allFiles();
  }

  /** Neither the tokens, nor their claims (the payload segment), nor their ids are in the file. */
  private static void assertNoneIn(Path file, List<Sent> tokens) throws IOException {
    String log = Files.readString(file, StandardCharsets.ISO_8859_1);
    for (Sent sent : tokens) {
      String[] parts = sent.jwt().split("\\.", -1);
      assertThat(log).as("a token in %s", file).doesNotContain(sent.jwt());
      assertThat(log).as("a token's claims in %s", file).doesNotContain(parts[1]);
      String jti = jwtId(parts[1]);
      if (jti != null) {
        assertThat(log).as("a token's id in %s", file).doesNotContain(jti);
      }
    }
  }

  /** A token that would be the city's administrator, if it were accepted. */
  private static JWTClaimsSet adminOfTheCity() {
    return claims("intruder", List.of("admin")).claim("jurisdiction", Api.HANGZHOU).build();
  }

  /**
   * Refused by Liberty's JWT check before the application sees the request: 401, a Bearer
   * challenge, and the problem+json of every other refusal (web.xml's error page).
   */
  private static void refused(String jwt) {
    refused(new Sent(jwt, false));
  }

  private static void refusedForItsSignature(String jwt) {
    refused(new Sent(jwt, true));
  }

  private static void refused(Sent token) {
    SENT.add(token);
    withToken(token.jwt())
        .queryParam("lang", "en")
        .get("/regions")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
        .contentType("application/problem+json")
        .body("type", equalTo("urn:shaodian:problem:unauthenticated"))
        .body("detail", containsString("The bearer token was not accepted"))
        .body("instance", equalTo("/api/v1/regions"));
  }

  /** A genuine token whose claims place its caller nowhere: 403 from the application. */
  private static io.restassured.response.ValidatableResponse forbidden(String jwt, String detail) {
    return withToken(jwt)
        .queryParam("lang", "en")
        .get("/regions")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:shaodian:problem:forbidden"))
        .body("detail", containsString(detail));
  }

  private static String jwtId(String payload) {
    try {
      return JWTClaimsSet.parse(
              new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
          .getJWTID();
    } catch (java.text.ParseException | IllegalArgumentException e) {
      return null;
    }
  }
}
