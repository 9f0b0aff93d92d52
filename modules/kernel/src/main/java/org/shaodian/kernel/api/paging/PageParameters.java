package org.shaodian.kernel.api.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters of every list operation, documented once: take them as
 * {@code @BeanParam PageParameters paging} and read them with {@link #request()}.
 */
public class PageParameters {

  @QueryParam("page")
  @Parameter(
      description = "page number, 0-based; page × size at most 10,000",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "10000"))
  String page;

  @QueryParam("size")
  @Parameter(
      description = "items per page",
      schema =
          @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
  String size;

  @QueryParam("cursor")
  @Parameter(
      description = "the next cursor of the previous page, to go on from there (instead of page)",
      schema = @Schema(type = SchemaType.STRING, maxLength = 2000))
  String cursor;

  /** The page asked for; a 400 naming the parameter that is wrong. */
  public PageRequest request() {
    return PageRequest.parse(page, size, cursor);
  }
}
