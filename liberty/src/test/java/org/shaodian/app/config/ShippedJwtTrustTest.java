package org.shaodian.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * What the project ships trusts no JWT issuer: no issuer, audience or key for MicroProfile JWT in
 * the server's configuration, its server.env or any module's MicroProfile Config, so that no token
 * is accepted until an operator sets them (docs/integrations.md). Liberty then refuses every token
 * (CWWKS6052E: the configuration "does not specify any trusted issuers").
 */
class ShippedJwtTrustTest {

  private static final Path SERVER_CONFIG = Path.of("src/main/liberty/config");

  /** What the shipped mpJwt element may say: how to map a token, never whom to trust. */
  private static final Set<String> MAPPING_ONLY =
      Set.of(
          "id",
          "authFilterRef",
          "groupNameAttribute",
          "userNameAttribute",
          "ignoreApplicationAuthMethod");

  @Test
  void theServerConfigurationNamesNoIssuerAudienceOrKey() throws Exception {
    List<Path> xmlFiles = files(SERVER_CONFIG, ".xml");
    assertThat(xmlFiles).anyMatch(file -> file.endsWith("server.xml"));
    for (Path file : xmlFiles) {
      Document config = xml(file);
      NodeList mpJwts = config.getElementsByTagName("mpJwt");
      for (int i = 0; i < mpJwts.getLength(); i++) {
        NamedNodeMap attributes = mpJwts.item(i).getAttributes();
        for (int a = 0; a < attributes.getLength(); a++) {
          assertThat(attributes.item(a).getNodeName()).as("mpJwt in %s", file).isIn(MAPPING_ONLY);
        }
        assertThat(((Element) mpJwts.item(i)).getElementsByTagName("*").getLength())
            .as("elements inside mpJwt in %s", file)
            .isZero();
      }
      assertThat(config.getElementsByTagName("jwtConsumer").getLength())
          .as("a jwtConsumer in %s", file)
          .isZero();
      NodeList variables = config.getElementsByTagName("variable");
      for (int i = 0; i < variables.getLength(); i++) {
        assertThat(((Element) variables.item(i)).getAttribute("name"))
            .as("a variable in %s", file)
            .doesNotStartWithIgnoringCase("mp.jwt");
      }
    }
  }

  @Test
  void theServerEnvironmentSetsNoMpJwtSetting() throws IOException {
    List<Path> settings =
        Stream.of(".env", ".properties", ".options")
            .flatMap(suffix -> files(SERVER_CONFIG, suffix).stream())
            .toList();
    assertThat(settings).anyMatch(file -> file.endsWith("server.env"));
    for (Path file : settings) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.strip().startsWith("#")) {
          assertThat(line.toLowerCase(Locale.ROOT).replace('_', '.'))
              .as("%s", file)
              .doesNotContain("mp.jwt");
        }
      }
    }
  }

  @Test
  void noModuleConfiguresMpJwt() throws IOException {
    List<Path> configs =
        Stream.of(Path.of("..", "modules"), Path.of("src", "main"))
            .flatMap(dir -> files(dir, "microprofile-config.properties").stream())
            .filter(file -> file.toString().contains("src" + File.separator + "main"))
            .toList();
    assertThat(configs).isNotEmpty();
    for (Path file : configs) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      assertThat(properties.stringPropertyNames())
          .as("%s", file)
          .noneMatch(key -> key.toLowerCase(Locale.ROOT).startsWith("mp.jwt"));
    }
  }

  @Test
  void onlyTheTestServerTrustsTheTestIssuer() throws IOException {
    // the tests' own server does set them: the checks above are not looking in the wrong place
    String testEnv =
        Files.readString(Path.of("src/test/liberty/config/server.env"), StandardCharsets.UTF_8);
    assertThat(testEnv)
        .contains("MP_JWT_VERIFY_ISSUER=")
        .contains("MP_JWT_VERIFY_AUDIENCES=")
        .contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION=");
  }

  private static List<Path> files(Path dir, String suffix) {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document xml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }
}
