package org.shaodian.kernel.internal.web;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the one error format in the OpenAPI contract: every 4xx and 5xx response of every
 * operation is {@code application/problem+json} with the {@code Problem} schema, so resources only
 * list which errors they answer with. Registered by {@code mp.openapi.filter}.
 */
public class ProblemOpenApiFilter implements OASFilter {

  private static final String PROBLEM = "Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema(PROBLEM, problemSchema());
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (PathItem path : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : path.getOperations().values()) {
        if (operation.getResponses() == null
            || operation.getResponses().getAPIResponses() == null) {
          continue;
        }
        for (Map.Entry<String, APIResponse> response :
            operation.getResponses().getAPIResponses().entrySet()) {
          if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
            response
                .getValue()
                .setContent(
                    OASFactory.createContent()
                        .addMediaType(
                            ProblemResponses.PROBLEM_JSON,
                            OASFactory.createMediaType()
                                .schema(
                                    OASFactory.createSchema()
                                        .ref("#/components/schemas/" + PROBLEM))));
          }
        }
      }
    }
  }

  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    Schema fieldError =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("field", text)
            .addProperty("message", text);
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description(
            "RFC 9457 problem details, in the caller's language (zh-CN, or English on request)")
        .required(List.of("type", "title", "status"))
        .addProperty(
            "type",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description("urn:shaodian:problem:<kind>, e.g. invalid-input"))
        .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
        .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(fieldError)
                .description("the fields that are wrong (400 invalid-input)"))
        .addProperty(
            "incident",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description("for 500: the id under which the failure was logged"));
  }
}
