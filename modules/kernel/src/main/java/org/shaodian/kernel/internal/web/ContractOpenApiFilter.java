package org.shaodian.kernel.internal.web;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the OpenAPI document a contract a generated client can rely on, for what every operation
 * shares, so that resources only state what is theirs (registered by {@code mp.openapi.filter}):
 *
 * <ul>
 *   <li>one error format: every 4xx/5xx is {@code application/problem+json} with the {@code
 *       Problem} schema; every operation documents 401, 406, 500 and 503 (with {@code Retry-After}:
 *       the database cannot be reached), and 415 when it takes a body;
 *   <li>every operation takes {@code lang} (zh or en);
 *   <li>shared pieces: the {@code If-Match} parameter and the {@code ETag} header (RFC 9110);
 *   <li>objects are closed ({@code additionalProperties: false}): the server refuses unknown
 *       members and never sends any.
 * </ul>
 */
public class ContractOpenApiFilter implements OASFilter {

  private static final String PROBLEM = "Problem";
  private static final String FIELD_ERROR = "FieldError";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Components components = openAPI.getComponents();
    components.addSchema(FIELD_ERROR, filterSchema(fieldErrorSchema()));
    components.addSchema(PROBLEM, filterSchema(problemSchema()));
    components.addParameter("lang", langParameter());
    components.addParameter("IfMatch", ifMatchParameter());
    components.addHeader("ETag", etagHeader());
    components.addHeader("Content-Language", contentLanguageHeader());
    components.addHeader("Server-Timing", serverTimingHeader());
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem path : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : path.getOperations().values()) {
        document(operation);
      }
    }
    pruneUnreferencedSchemas(openAPI);
  }

  /**
   * Drops component schemas no operation reaches (the raw generic {@code Page}, value types no
   * operation uses yet): a generated client should not get classes for them.
   */
  private static void pruneUnreferencedSchemas(OpenAPI openAPI) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    java.util.Set<String> reached = new java.util.HashSet<>();
    // a LinkedList, as absent parts (null) are simply skipped
    java.util.Deque<Schema> pending = new java.util.LinkedList<>();
    for (PathItem path : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : path.getOperations().values()) {
        if (operation.getParameters() != null) {
          operation.getParameters().forEach(p -> pending.add(p.getSchema()));
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
          operation
              .getRequestBody()
              .getContent()
              .getMediaTypes()
              .values()
              .forEach(m -> pending.add(m.getSchema()));
        }
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
          if (response.getContent() != null) {
            response.getContent().getMediaTypes().values().forEach(m -> pending.add(m.getSchema()));
          }
          if (response.getHeaders() != null) {
            response.getHeaders().values().forEach(h -> pending.add(h.getSchema()));
          }
        }
      }
    }
    Map<String, Parameter> parameters = openAPI.getComponents().getParameters();
    if (parameters != null) {
      parameters.values().forEach(p -> pending.add(p.getSchema()));
    }
    while (!pending.isEmpty()) {
      Schema schema = pending.poll();
      if (schema == null) {
        continue;
      }
      if (schema.getRef() != null) {
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        if (reached.add(name)) {
          pending.add(schemas.get(name));
        }
        continue;
      }
      if (schema.getProperties() != null) {
        pending.addAll(schema.getProperties().values());
      }
      pending.add(schema.getItems());
      pending.add(schema.getAdditionalPropertiesSchema());
      for (List<Schema> group :
          java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
        if (group != null) {
          pending.addAll(group);
        }
      }
    }
    new java.util.ArrayList<>(schemas.keySet())
        .stream()
            .filter(name -> !reached.contains(name))
            .forEach(openAPI.getComponents()::removeSchema);
  }

  private static void document(Operation operation) {
    boolean hasLang =
        operation.getParameters() != null
            && operation.getParameters().stream()
                .anyMatch(p -> "#/components/parameters/lang".equals(p.getRef()));
    if (!hasLang) {
      operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/lang"));
    }
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    addIfMissing(responses, "401", "Not signed in, or the credentials are wrong");
    addIfMissing(responses, "406", "None of the media types in Accept can be produced");
    if (operation.getRequestBody() != null) {
      addIfMissing(responses, "415", "The body is not of a media type this operation reads");
    }
    addIfMissing(responses, "500", "Something went wrong on the server (see incident)");
    addIfMissing(
        responses,
        "503",
        "The database cannot be reached just now (stopped, failing over): nothing was saved; send"
            + " the same request again after Retry-After seconds");
    for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
      response
          .getValue()
          .addHeader(
              "Content-Language",
              OASFactory.createHeader().ref("#/components/headers/Content-Language"));
      if (!response.getKey().equals("401")) {
        response
            .getValue()
            .addHeader(
                "Server-Timing",
                OASFactory.createHeader().ref("#/components/headers/Server-Timing"));
      } else {
        response
            .getValue()
            .addHeader(
                "WWW-Authenticate",
                OASFactory.createHeader()
                    .required(true)
                    .description(
                        "the ways to sign in, one header each: Basic (the registry) and Bearer (a"
                            + " JWT); Bearer alone to the web console (X-Requested-With:"
                            + " shaodian-console), whose browser would otherwise open its own"
                            + " sign-in dialog")
                    .schema(
                        OASFactory.createSchema()
                            .addType(Schema.SchemaType.ARRAY)
                            .minItems(1)
                            .items(text())));
      }
      if (response.getKey().equals("503")) {
        response
            .getValue()
            .addHeader(
                "Retry-After",
                OASFactory.createHeader()
                    .required(true)
                    .description("seconds to wait before sending the request again")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
      }
      if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
        response
            .getValue()
            .setContent(
                OASFactory.createContent()
                    .addMediaType(
                        ProblemResponses.PROBLEM_JSON,
                        OASFactory.createMediaType()
                            .schema(
                                OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))));
      }
    }
  }

  private static void addIfMissing(APIResponses responses, String status, String description) {
    if (responses.getAPIResponse(status) == null) {
      responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
    }
  }

  /**
   * Every schema of the document: objects with properties are closed, and patterns match whole
   * values, as Bean Validation's {@code @Pattern} (and the server) does — JSON Schema patterns
   * match anywhere unless anchored.
   */
  @Override
  public Schema filterSchema(Schema schema) {
    if (schema.getRef() == null
        && schema.getProperties() != null
        && !schema.getProperties().isEmpty()
        && schema.getAdditionalPropertiesSchema() == null
        && schema.getAdditionalPropertiesBoolean() == null) {
      schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
    }
    String pattern = schema.getPattern();
    if ("\\S".equals(pattern)) {
      // @NotBlank: some character that is not white space, anywhere in the value
      schema.setPattern("^[\\s\\S]*\\S[\\s\\S]*$");
    } else if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
      schema.setPattern("^(?:" + pattern + ")$");
    }
    return schema;
  }

  private static Parameter langParameter() {
    return OASFactory.createParameter()
        .name("lang")
        .in(Parameter.In.QUERY)
        .description("语言 — the language of texts and errors; Accept-Language otherwise")
        .schema(
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .enumeration(List.of("zh", "en"))
                .defaultValue("zh"));
  }

  private static Parameter ifMatchParameter() {
    return OASFactory.createParameter()
        .name("If-Match")
        .in(Parameter.In.HEADER)
        .required(true)
        .description("the ETag of the version the change is based on (428 when missing)")
        .schema(
            OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^\"?[0-9]+\"?$"));
  }

  private static Header etagHeader() {
    return OASFactory.createHeader()
        .required(true)
        .description("the record's version; send it back in If-Match to change it")
        .schema(
            OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^\"[0-9]+\"$"));
  }

  private static Header contentLanguageHeader() {
    return OASFactory.createHeader()
        .required(true)
        .description("the language the response is written in")
        .schema(
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .enumeration(List.of("zh-CN", "en")));
  }

  private static Header serverTimingHeader() {
    return OASFactory.createHeader()
        .description(
            "the application's time for the request (W3C Server Timing), e.g. app;dur=3.21, then"
                + " the steps some requests time, e.g. app;dur=202.51, figures;dur=23.90,"
                + " map;dur=21.12, render;dur=135.87, audit;dur=2.90")
        .schema(
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .pattern("^app;dur=[0-9]+[.][0-9]{2}(, [a-z]{1,20};dur=[0-9]+[.][0-9]{2})*$"));
  }

  private static Schema text() {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
  }

  private static Schema fieldErrorSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("a field of the request that is wrong, and why")
        .required(List.of("field", "message"))
        .addProperty(
            "field", text().description("the JSON path or parameter name, e.g. qualifications[0]"))
        .addProperty("message", text());
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description(
            "RFC 9457 problem details, in the caller's language (zh-CN, or English on request)")
        .required(List.of("type", "title", "status"))
        .addProperty(
            "type",
            text()
                .pattern("^urn:shaodian:problem:[a-z0-9-]+$")
                .description("urn:shaodian:problem:<kind>, e.g. invalid-input"))
        .addProperty("title", text())
        .addProperty(
            "status",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599)))
        .addProperty("detail", text())
        .addProperty("instance", text().description("the path of the request"))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR))
                .description("the fields that are wrong (400 invalid-input)"))
        .addProperty(
            "incident", text().description("for 500: the id under which the failure was logged"));
  }
}
