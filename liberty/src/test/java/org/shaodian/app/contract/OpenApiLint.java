package org.shaodian.app.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Two lints that swagger-parser does not do for OAS 3.1.
 *
 * <ol>
 *   <li>{@link #metaSchema}: the document against the official OAS 3.1 JSON Schema ({@code
 *       schema-base}: the document structure and every Schema Object against the 3.1 dialect),
 *       shipped on the test classpath under {@code oas31/} (never fetched).
 *   <li>{@link #houseRules}: strictness rules of our own (operationId, closed objects, anchored and
 *       portable patterns, no contradictory {@code $ref} siblings, no free-form objects, success
 *       responses with content).
 * </ol>
 */
public final class OpenApiLint {

  private static final String OAS = "https://spec.openapis.org/oas/3.1/";
  private static final Schema META =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              b ->
                  b.schemaRegistryConfig(
                          SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build())
                      .schemaIdResolvers(
                          r ->
                              r.mappings(
                                  Map.of(
                                      OAS + "schema-base/WORK-IN-PROGRESS",
                                          "classpath:oas31/schema-base.json",
                                      OAS + "schema/WORK-IN-PROGRESS",
                                          "classpath:oas31/schema.json",
                                      OAS + "dialect/WORK-IN-PROGRESS",
                                          "classpath:oas31/dialect.json",
                                      OAS + "meta/WORK-IN-PROGRESS", "classpath:oas31/meta.json"))))
          .getSchema(SchemaLocation.of(OAS + "schema-base/WORK-IN-PROGRESS"));

  private static final Pattern JAVA_ONLY_REGEX =
      Pattern.compile(
          "\\\\p\\{(Lower|Upper|ASCII|Alpha|Digit|Alnum|Punct|Graph|Print|Blank|Cntrl|XDigit|Space|java\\w+|Is\\w+|In\\w+)}"
              + "|\\\\[AZzG]|\\(\\?[imsx]+\\)|\\+\\+|\\*\\+|\\?\\+");

  private OpenApiLint() {}

  /** Structural errors against the OAS 3.1 meta-schema (schema-base). */
  public static List<String> metaSchema(JsonNode document) {
    List<String> out = new ArrayList<>();
    for (Error e : META.validate(document)) {
      out.add(e.getInstanceLocation() + " " + e.getMessage());
    }
    return out;
  }

  /** Our strictness rules. */
  public static List<String> houseRules(JsonNode doc) {
    List<String> out = new ArrayList<>();
    JsonNode paths = doc.path("paths");
    for (String path : paths.propertyNames()) {
      JsonNode item = paths.get(path);
      for (String method : item.propertyNames()) {
        if (!List.of("get", "put", "post", "delete", "patch", "head", "options", "trace")
            .contains(method)) {
          continue;
        }
        JsonNode op = item.get(method);
        String where = method.toUpperCase(Locale.ROOT) + " " + path;
        if (!op.hasNonNull("operationId")) {
          out.add(where + ": no operationId");
        }
        JsonNode responses = op.path("responses");
        for (String status : responses.propertyNames()) {
          JsonNode r = responses.get(status);
          if (status.startsWith("2")
              && !status.equals("204")
              && !r.has("$ref")
              && (!r.has("content") || r.get("content").isEmpty())) {
            out.add(
                where
                    + ": response "
                    + status
                    + " declares no content (a body is sent? then document it; none? use 204)");
          }
        }
      }
    }
    walk(doc, "", out);
    return out;
  }

  private static void walk(JsonNode node, String pointer, List<String> out) {
    if (node.isObject()) {
      if (isSchemaLocation(pointer)) {
        checkSchema(node, pointer, out);
      }
      for (String k : node.propertyNames()) {
        walk(node.get(k), pointer + "/" + k.replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  /** A Schema Object position: under components/schemas, or a value of schema/items/properties/… */
  private static boolean isSchemaLocation(String pointer) {
    return pointer.matches("/components/schemas/[^/]+")
        || pointer.endsWith("/schema")
        || pointer.endsWith("/items")
        || pointer.endsWith("/additionalProperties")
        || pointer.matches(".*/properties/[^/]+")
        || pointer.matches(".*/(allOf|anyOf|oneOf|prefixItems)/\\d+");
  }

  private static void checkSchema(JsonNode s, String at, List<String> out) {
    if (s.has("$ref") && s.has("type")) {
      out.add(at + ": $ref with a sibling 'type' (" + s.get("type") + "): both apply in 3.1");
    }
    boolean object =
        s.path("type").asString("").equals("object")
            || (s.path("type").isArray() && s.get("type").toString().contains("\"object\""));
    if (object && !s.has("$ref")) {
      if (!s.has("properties")
          && !s.has("additionalProperties")
          && !s.has("allOf")
          && !s.has("oneOf")
          && !s.has("anyOf")) {
        out.add(at + ": free-form object (no properties, no additionalProperties)");
      } else if (s.has("properties")
          && !s.has("additionalProperties")
          && !s.has("unevaluatedProperties")) {
        out.add(at + ": object without additionalProperties: false");
      }
    }
    if (s.has("pattern")) {
      String p = s.get("pattern").asString();
      if (!p.startsWith("^") || !p.endsWith("$")) {
        out.add(
            at + ": pattern " + p + " is not anchored (^…$): JSON Schema patterns match anywhere");
      }
      if (JAVA_ONLY_REGEX.matcher(p).find()) {
        out.add(at + ": pattern " + p + " uses Java-only regex syntax (not ECMA-262)");
      }
    }
  }
}
