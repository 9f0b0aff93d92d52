package org.shaodian.app.contract;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * An OpenAPI 3.1 document as an executable contract: checks one HTTP exchange (request and
 * response) against it. Schemas are evaluated by networknt json-schema-validator with the OAS 3.1
 * dialect (JSON Schema 2020-12: type arrays, const, $ref with siblings, examples …), formats
 * asserted (uuid, date-time, email … plus OpenAPI's int32/int64).
 *
 * <p>Checked: path and method exist; path/query/header parameters (required, schema, no
 * undocumented query parameters); request body presence, content type and schema; response status
 * documented; response headers (required, schema); response content type documented; response body
 * matches the schema; a response documented without content has no body.
 */
public final class OpenApiContract {

  /** Retrieval IRI under which the document is registered; never fetched. */
  private static final String BASE = "https://contract.invalid/openapi.json";

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper YAML = YAMLMapper.builder().build();
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final JsonNode doc;
  private final SchemaRegistry registry;
  private final List<PathTemplate> templates = new ArrayList<>();
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /** One HTTP request as seen on the wire. Path is relative to the server URL (no context root). */
  public record Request(
      String method,
      String path,
      String rawQuery,
      Map<String, List<String>> headers,
      String contentType,
      byte[] body) {}

  /** One HTTP response as seen on the wire. */
  public record Response(
      int status, Map<String, List<String>> headers, String contentType, byte[] body) {}

  private OpenApiContract(String text) {
    String trimmed = text.stripLeading();
    this.doc = (trimmed.startsWith("{") ? JSON : YAML).readTree(text);
    String version = doc.path("openapi").asString("");
    if (!version.startsWith("3.1")) {
      throw new IllegalArgumentException("not an OpenAPI 3.1 document: openapi=" + version);
    }
    Dialect dialect =
        Dialect.builder(Dialects.getOpenApi31())
            .format(new IntegerRangeFormat("int32", Integer.MIN_VALUE, Integer.MAX_VALUE))
            .format(new IntegerRangeFormat("int64", Long.MIN_VALUE, Long.MAX_VALUE))
            .build();
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
    String asJson = JSON.writeValueAsString(doc);
    this.registry =
        SchemaRegistry.withDefaultDialect(
            dialect, b -> b.schemaRegistryConfig(config).schemas(Map.of(BASE, asJson)));
    doc.path("paths").propertyNames().forEach(p -> templates.add(new PathTemplate(p)));
    // literal segments win over templated ones: /people/search before /people/{id}
    templates.sort(Comparator.comparingInt(PathTemplate::variables));
  }

  public static OpenApiContract parse(String documentText) {
    return new OpenApiContract(documentText);
  }

  public static OpenApiContract fromClasspath(String resource) {
    try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no such resource: " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validate a body against a named component schema, e.g. {@code "PersonView"}. */
  public List<String> validateAgainst(String componentSchema, String json) {
    String pointer = "/components/schemas/" + escape(componentSchema);
    if (doc.at(pointer).isMissingNode()) {
      throw new IllegalArgumentException("no schema " + componentSchema);
    }
    return errors("body", pointer, JSON.readTree(json));
  }

  /** All contract violations of one exchange; empty if it keeps the contract. */
  public List<String> validate(Request request, Response response) {
    List<String> problems = new ArrayList<>();
    String method = request.method().toLowerCase(Locale.ROOT);
    String where = request.method().toUpperCase(Locale.ROOT) + " " + request.path();

    PathTemplate template = null;
    Map<String, String> pathValues = null;
    for (PathTemplate t : templates) {
      pathValues = t.match(request.path());
      if (pathValues != null) {
        template = t;
        break;
      }
    }
    if (template == null) {
      problems.add(where + ": path not in the document");
      return problems;
    }
    String opPointer = "/paths/" + escape(template.raw()) + "/" + method;
    JsonNode op = doc.at(opPointer);
    if (!METHODS.contains(method) || op.isMissingNode()) {
      problems.add(where + ": method not documented for " + template.raw());
      return problems;
    }
    where = request.method().toUpperCase(Locale.ROOT) + " " + template.raw();

    checkParameters(where, template.raw(), opPointer, request, pathValues, problems);
    checkRequestBody(where, opPointer, op, request, problems);
    if (response != null) {
      checkResponse(where, opPointer, response, problems);
    }
    return problems;
  }

  // ---------------------------------------------------------------- parameters

  private void checkParameters(
      String where,
      String rawPath,
      String opPointer,
      Request request,
      Map<String, String> pathValues,
      List<String> problems) {
    // path-level parameters, overridden by operation-level ones of the same name+in
    Map<String, Located> params = new LinkedHashMap<>();
    String pathItemPointer = "/paths/" + escape(rawPath);
    for (String owner : List.of(pathItemPointer, opPointer)) {
      JsonNode list = doc.at(owner + "/parameters");
      for (int i = 0; i < list.size(); i++) {
        Located p = deref(new Located(list.get(i), owner + "/parameters/" + i));
        params.put(p.node().path("in").asString() + ":" + p.node().path("name").asString(), p);
      }
    }
    Map<String, List<String>> query = parseQuery(request.rawQuery());
    for (String name : query.keySet()) {
      if (!params.containsKey("query:" + name)) {
        problems.add(where + ": query parameter '" + name + "' not documented");
      }
    }
    for (Located p : params.values()) {
      String in = p.node().path("in").asString();
      String name = p.node().path("name").asString();
      boolean required = p.node().path("required").asBoolean(false) || "path".equals(in);
      List<String> values =
          switch (in) {
            case "path" -> pathValues.containsKey(name) ? List.of(pathValues.get(name)) : List.of();
            case "query" -> query.getOrDefault(name, List.of());
            case "header" -> header(request.headers(), name);
            default -> null; // cookie: not checked
          };
      if (values == null) {
        continue;
      }
      String label = in + " parameter '" + name + "'";
      if (values.isEmpty()) {
        if (required) {
          problems.add(where + ": required " + label + " missing");
        }
        continue;
      }
      if (p.node().has("schema")) {
        String schemaPointer = p.pointer() + "/schema";
        problems.addAll(errors(where + " " + label, schemaPointer, coerce(schemaPointer, values)));
      }
    }
  }

  // ---------------------------------------------------------------- request body

  private void checkRequestBody(
      String where, String opPointer, JsonNode op, Request request, List<String> problems) {
    boolean hasBody = request.body() != null && request.body().length > 0;
    if (!op.has("requestBody")) {
      if (hasBody) {
        problems.add(where + ": request has a body but the operation documents no requestBody");
      }
      return;
    }
    Located rb = deref(new Located(op.get("requestBody"), opPointer + "/requestBody"));
    if (!hasBody) {
      if (rb.node().path("required").asBoolean(false)) {
        problems.add(where + ": required request body missing");
      }
      return;
    }
    checkContent(where + " request", rb, request.contentType(), request.body(), problems);
  }

  // ---------------------------------------------------------------- response

  private void checkResponse(
      String where, String opPointer, Response response, List<String> problems) {
    String status = Integer.toString(response.status());
    JsonNode responses = doc.at(opPointer + "/responses");
    String key =
        responses.has(status)
            ? status
            : responses.has(status.charAt(0) + "XX")
                ? status.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
    if (key == null) {
      problems.add(
          where + ": response status " + status + " not documented " + responses.propertyNames());
      return;
    }
    Located res = deref(new Located(responses.get(key), opPointer + "/responses/" + escape(key)));
    String label = where + " response " + status;

    JsonNode headers = res.node().path("headers");
    for (String name : headers.propertyNames()) {
      if (name.equalsIgnoreCase("Content-Type")) {
        continue; // ignored by the spec
      }
      Located h = deref(new Located(headers.get(name), res.pointer() + "/headers/" + escape(name)));
      List<String> values = header(response.headers(), name);
      if (values.isEmpty()) {
        if (h.node().path("required").asBoolean(false)) {
          problems.add(label + ": required header '" + name + "' missing");
        }
      } else if (h.node().has("schema")) {
        String sp = h.pointer() + "/schema";
        problems.addAll(errors(label + " header '" + name + "'", sp, coerce(sp, values)));
      }
    }

    boolean hasBody = response.body() != null && response.body().length > 0;
    if (!res.node().has("content") || res.node().get("content").isEmpty()) {
      if (hasBody) {
        problems.add(
            label
                + ": has a body ("
                + response.contentType()
                + ", "
                + response.body().length
                + " bytes) but the document declares no content");
      }
      return;
    }
    if (!hasBody) {
      problems.add(label + ": no body, but the document declares content");
      return;
    }
    checkContent(label, res, response.contentType(), response.body(), problems);
  }

  // ---------------------------------------------------------------- content

  private void checkContent(
      String label, Located owner, String contentType, byte[] body, List<String> problems) {
    JsonNode content = owner.node().path("content");
    String mediaType = mediaType(contentType);
    if (mediaType == null) {
      problems.add(label + ": body without Content-Type");
      return;
    }
    String key = matchMediaType(content, mediaType);
    if (key == null) {
      problems.add(
          label + ": Content-Type " + mediaType + " not documented " + content.propertyNames());
      return;
    }
    String schemaPointer = owner.pointer() + "/content/" + escape(key) + "/schema";
    if (doc.at(schemaPointer).isMissingNode() || !isJson(mediaType)) {
      return; // no schema, or not JSON (PDF, text …): content type checked only
    }
    JsonNode instance;
    try {
      instance = JSON.readTree(body);
    } catch (RuntimeException e) {
      problems.add(label + ": body is not JSON: " + e.getMessage());
      return;
    }
    problems.addAll(errors(label + " body", schemaPointer, instance));
  }

  private static String matchMediaType(JsonNode content, String mediaType) {
    if (content.has(mediaType)) {
      return mediaType;
    }
    String range = mediaType.substring(0, mediaType.indexOf('/')) + "/*";
    if (content.has(range)) {
      return range;
    }
    return content.has("*/*") ? "*/*" : null;
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------- schema evaluation

  private List<String> errors(String label, String pointer, JsonNode instance) {
    Schema schema =
        schemas.computeIfAbsent(
            pointer,
            p -> {
              Schema s = registry.getSchema(SchemaLocation.of(BASE + "#" + fragment(p)));
              s.initializeValidators(); // fail fast on unresolvable $ref
              return s;
            });
    List<String> out = new ArrayList<>();
    for (Error e : schema.validate(instance)) {
      String at = e.getInstanceLocation().toString();
      out.add(label + ": " + (at.isEmpty() ? "/" : at) + " " + e.getMessage());
    }
    return out;
  }

  /** String parameter values → JSON of the type the parameter schema asks for. */
  private JsonNode coerce(String schemaPointer, List<String> values) {
    JsonNode schema = resolveSchema(doc.at(schemaPointer));
    Set<String> types = types(schema);
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (types.contains("array")) {
      Set<String> itemTypes = types(resolveSchema(schema.path("items")));
      ArrayNode arr = f.arrayNode();
      values.forEach(v -> arr.add(scalar(itemTypes, v)));
      return arr;
    }
    if (values.size() > 1) {
      ArrayNode arr = f.arrayNode(); // repeated scalar: let the schema reject the array
      values.forEach(v -> arr.add(scalar(types, v)));
      return arr;
    }
    return scalar(types, values.get(0));
  }

  private static JsonNode scalar(Set<String> types, String v) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    try {
      if (types.contains("integer") && v.matches("-?\\d+")) {
        return f.numberNode(new BigInteger(v));
      }
      if (types.contains("number") && v.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
        return f.numberNode(new java.math.BigDecimal(v));
      }
    } catch (NumberFormatException ignored) {
      // fall through to string
    }
    if (types.contains("boolean") && (v.equals("true") || v.equals("false"))) {
      return f.booleanNode(Boolean.parseBoolean(v));
    }
    if (types.contains("null") && v.isEmpty()) {
      return f.nullNode();
    }
    return f.stringNode(v);
  }

  private static Set<String> types(JsonNode schema) {
    JsonNode t = schema.path("type");
    if (t.isString()) {
      return Set.of(t.asString());
    }
    Set<String> out = new java.util.HashSet<>();
    t.values().forEach(n -> out.add(n.asString()));
    return out;
  }

  private JsonNode resolveSchema(JsonNode schema) {
    for (int i = 0; i < 20 && schema.has("$ref") && !schema.has("type"); i++) {
      schema = doc.at(refPointer(schema.get("$ref").asString()));
    }
    return schema;
  }

  // ---------------------------------------------------------------- document plumbing

  private record Located(JsonNode node, String pointer) {}

  private Located deref(Located l) {
    for (int i = 0; i < 20 && l.node().has("$ref"); i++) {
      String p = refPointer(l.node().get("$ref").asString());
      l = new Located(doc.at(p), p);
    }
    return l;
  }

  private static String refPointer(String ref) {
    if (!ref.startsWith("#")) {
      throw new IllegalStateException("only local $ref supported: " + ref);
    }
    return URLDecoder.decode(ref.substring(1), StandardCharsets.UTF_8);
  }

  /** JSON Pointer token escaping (RFC 6901). */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** A JSON Pointer as a URI fragment: percent-encode what a fragment may not hold. */
  private static String fragment(String pointer) {
    StringBuilder sb = new StringBuilder();
    for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  private static List<String> header(Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return List.of();
    }
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .findFirst()
        .map(Map.Entry::getValue)
        .orElse(List.of());
  }

  private static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> out = new TreeMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }

  /** /api/v1/people/{id} → a regex over raw path segments. */
  private record PathTemplate(String raw, Pattern regex, List<String> names, int variables) {
    PathTemplate(String raw) {
      this(raw, compile(raw), names(raw), names(raw).size());
    }

    private static final Pattern VAR = Pattern.compile("\\{([^}/]+)}");

    private static Pattern compile(String raw) {
      Matcher m = VAR.matcher(raw);
      StringBuilder sb = new StringBuilder();
      int last = 0;
      while (m.find()) {
        sb.append(Pattern.quote(raw.substring(last, m.start()))).append("([^/]+)");
        last = m.end();
      }
      sb.append(Pattern.quote(raw.substring(last)));
      return Pattern.compile(sb.toString());
    }

    private static List<String> names(String raw) {
      List<String> out = new ArrayList<>();
      Matcher m = VAR.matcher(raw);
      while (m.find()) {
        out.add(m.group(1));
      }
      return out;
    }

    Map<String, String> match(String path) {
      Matcher m = regex.matcher(path);
      if (!m.matches()) {
        return null;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        values.put(names.get(i), URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8));
      }
      return values;
    }
  }

  /** OpenAPI's int32/int64 formats (not in JSON Schema's format registry). */
  private record IntegerRangeFormat(String name, long min, long max) implements Format {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean matches(
        ExecutionContext executionContext, SchemaContext schemaContext, JsonNode value) {
      if (!value.isNumber()) {
        return true; // "type" judges non-numbers
      }
      if (!value.isIntegralNumber() && value.decimalValue().stripTrailingZeros().scale() > 0) {
        return false;
      }
      BigInteger v = value.bigIntegerValue();
      return v.compareTo(BigInteger.valueOf(min)) >= 0 && v.compareTo(BigInteger.valueOf(max)) <= 0;
    }
  }

  /** For tests: the raw document. */
  JsonNode document() {
    return doc;
  }
}
