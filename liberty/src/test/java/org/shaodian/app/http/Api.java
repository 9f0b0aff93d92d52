package org.shaodian.app.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.shaodian.app.contract.OpenApiContract;
import org.shaodian.app.contract.OpenApiValidationFilter;
import org.shaodian.app.contract.ServedDocument;

/** The running test server, as the HTTP tests call it. */
final class Api {

  static final String PASSWORD = "shaodian";
  static final String ISSUER = "https://tests.shaodian.invalid";

  /** The audience the test server accepts (server.env: MP_JWT_VERIFY_AUDIENCES). */
  static final String AUDIENCE = "shaodian-tests";

  /** Demo accounts (server.xml) and their jurisdictions (kernel demo data). */
  static final String ADMIN = "admin";

  static final String SHOUCHANG_COMMAND = "shouchang-command";
  static final String SHOUCHANG_OFFICIAL = "shouchang-official";
  static final String SHOUCHANG_CHECKPOINT = "shouchang-checkpoint";
  static final String YINHU_COMMAND = "yinhu-command";
  static final String GENGLOU_SUPERVISOR = "genglou-supervisor";
  static final String XIANGSHAN_GRID = "xiangshan-grid";
  static final String YANGXI_COMMAND = "yangxi-command";
  static final String JIANDE_OFFICIAL = "jiande-official";
  static final String YANGAN_GRID = "yangan-grid";

  static final String HANGZHOU = "330100";
  static final String JIANDE = "330182";
  static final String SHOUCHANG = "330182107000";
  static final String XIHU_VILLAGE = "330182107201";
  static final String GENGLOU = "330182003000";
  static final String YINHU = "330111006000";
  static final String YANGAN = "330182002001";
  static final String YANGAN_GRID_1 = "330182002001001";
  static final String YANGAN_GRID_2 = "330182002001002";

  /** The servers the tests alternate between (scripts/two-servers.sh), or null: one server. */
  private static final AlternatingServers CLUSTER;

  /** The OpenAPI document the server serves: every test's exchanges are checked against it. */
  static final OpenApiContract CONTRACT;

  static {
    RestAssured.baseURI = System.getProperty("shaodian.url", "http://localhost:9181");
    RestAssured.basePath = "/api/v1";
    CONTRACT = OpenApiContract.parse(ServedDocument.fetch());
    RestAssured.filters(new OpenApiValidationFilter(CONTRACT));
    CLUSTER = AlternatingServers.fromSystemProperty();
    if (CLUSTER != null) {
      RestAssured.filters(CLUSTER);
    }
  }

  /**
   * The base URL for a request the JDK's client sends (PLAIN_HTTP): the test server's, or, when the
   * tests alternate between several, the next one's.
   */
  static String server() {
    return CLUSTER == null ? RestAssured.baseURI : CLUSTER.next().toString();
  }

  private Api() {}

  /**
   * A Location header that names the resource under {@code path} on the server that answered: any
   * of the servers when the tests alternate between several (AlternatingServers).
   */
  static Matcher<String> locationUnder(String path) {
    return anyOf(
        AlternatingServers.urls().stream()
            .map(url -> Matchers.startsWith(url + path))
            .<Matcher<? super String>>map(m -> m)
            .toList());
  }

  /**
   * The JDK's client over HTTP/1.1, for tests that send what REST-assured would not (a body no form
   * takes) or judge the status alone, without the contract filter.
   */
  static final HttpClient PLAIN_HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** The Authorization header of a registry user, signing in with the suite's password. */
  static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  static RequestSpecification anonymous() {
    return given().urlEncodingEnabled(true);
  }

  static RequestSpecification as(String user) {
    return given().auth().preemptive().basic(user, PASSWORD);
  }

  static RequestSpecification withToken(String token) {
    return given().header("Authorization", "Bearer " + token);
  }

  /** A JWT as an integrating system would send it, signed with the test server's test key. */
  static String token(String upn, List<String> groups, String jurisdiction, String issuer) {
    JWTClaimsSet.Builder claims = claims(upn, groups).issuer(issuer);
    if (jurisdiction != null) {
      claims.claim("jurisdiction", jurisdiction);
    }
    return sign(claims.build(), testKey());
  }

  /**
   * The claims of a valid token without its jurisdiction (issuer, audience, a lifetime of five
   * minutes): tests change one of them and {@link #sign} the result.
   */
  static JWTClaimsSet.Builder claims(String upn, List<String> groups) {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(upn)
        .claim("upn", upn)
        .claim("groups", groups)
        .jwtID(UUID.randomUUID().toString())
        .issueTime(new Date())
        .expirationTime(Date.from(Instant.now().plusSeconds(300)));
  }

  /** The claims signed RS256 with {@code key}: the test server trusts {@link #testKey()} only. */
  static String sign(JWTClaimsSet claims, PrivateKey key) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sign(JWTClaimsSet claims) {
    return sign(claims, testKey());
  }

  static PrivateKey testKey() {
    try (InputStream pem = Api.class.getResourceAsStream("/jwt-test-private.pem")) {
      String base64 =
          new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
              .replaceAll("-----[A-Z ]+-----", "")
              .replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the test JWT key", e);
    }
  }
}
