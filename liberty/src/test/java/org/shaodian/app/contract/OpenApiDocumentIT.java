package org.shaodian.app.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document is the integrators' contract, so it changes deliberately: the served
 * document must equal the copy in {@code docs/api/openapi.json} (from which the client in the tests
 * is generated), and it passes the OpenAPI 3.1 meta-schema and our own strictness rules with no
 * message. After an intended change, review the diff and run {@code mvn verify
 * -Dopenapi.update=true} to write the served document over the copy.
 */
class OpenApiDocumentIT {

  static final Path COMMITTED = Path.of("..", "docs", "api", "openapi.json");
  // properties sorted: the server's order varies from start to start, the committed copy must not
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
          .build();

  private static JsonNode served() {
    return JSON.readTree(ServedDocument.fetch());
  }

  @Test
  void theServedDocumentIsTheCommittedContract() throws IOException {
    JsonNode served = served();
    String pretty = JSON.writeValueAsString(served) + "\n";
    Files.writeString(Path.of("target", "openapi-served.json"), pretty, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("openapi.update")) {
      Files.writeString(COMMITTED, pretty, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(COMMITTED))
        .as("docs/api/openapi.json exists (run mvn verify -Dopenapi.update=true)")
        .isTrue();
    JsonNode committed = JSON.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    assertThat(differences(committed, served, ""))
        .as(
            "where the served OpenAPI document differs from docs/api/openapi.json (served copy:"
                + " liberty/target/openapi-served.json); if the change is intended, run mvn verify"
                + " -Dopenapi.update=true and commit the document with the change")
        .isEmpty();
  }

  /** JSON pointers where two documents differ (the first 30). */
  private static List<String> differences(JsonNode expected, JsonNode actual, String at) {
    List<String> found = new ArrayList<>();
    if (expected.isObject() && actual.isObject()) {
      Set<String> names = new TreeSet<>(expected.propertyNames());
      names.addAll(actual.propertyNames());
      for (String name : names) {
        if (found.size() >= 30) {
          break;
        }
        JsonNode a = expected.get(name);
        JsonNode b = actual.get(name);
        String where = at + "/" + name.replace("~", "~0").replace("/", "~1");
        if (a == null || b == null) {
          found.add(where + (a == null ? " added" : " removed"));
        } else {
          found.addAll(differences(a, b, where));
        }
      }
    } else if (!expected.equals(actual)) {
      found.add(at + ": " + abbreviate(expected) + " became " + abbreviate(actual));
    }
    return found;
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }

  @Test
  void theDocumentPassesTheOpenApi31MetaSchema() {
    assertThat(OpenApiLint.metaSchema(served())).isEmpty();
  }

  @Test
  void theDocumentKeepsOurStrictnessRules() {
    assertThat(OpenApiLint.houseRules(served())).isEmpty();
  }
}
