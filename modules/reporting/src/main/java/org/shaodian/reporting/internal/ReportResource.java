package org.shaodian.reporting.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.region.Region;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.rosters.api.PeopleQuery;
import org.shaodian.rosters.api.PeopleService;
import org.shaodian.rosters.api.PersonView;

/** Printouts and briefings as files to download. */
@Path("reports")
@RequestScoped
@Tag(name = "reporting")
public class ReportResource {

  static final String PDF = "application/pdf";

  /** A list beyond this is too long to print in one go (about 250 pages). */
  static final int MAX_PEOPLE = 10_000;

  @Inject Access access;

  @Inject PeopleService people;

  @Inject PeopleListReport peopleList;

  @Inject PrintoutAudit printouts;

  @Inject CurrentLanguage language;

  @Inject Clock clock;

  @GET
  @Path("people")
  @Produces(PDF)
  @Operation(
      operationId = "printPeopleList",
      summary = "值守力量名册 — the people who serve in a region, as PDF",
      description =
          "Active people whose home region lies in the region (default: the caller's"
              + " jurisdiction). Phones masked. Chinese, or English with lang=en.")
  @APIResponse(
      responseCode = "200",
      description = "The PDF",
      headers =
          @Header(
              name = "Content-Disposition",
              required = true,
              description = "attachment, with a file name such as people-330182107000-20261128.pdf",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "400",
      description = "Not a region code, or more than 10,000 people in the region")
  @APIResponse(responseCode = "403", description = "The role may not print it")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  @ReportAccess(ReportPermission.PEOPLE_LIST)
  public Response people(
      @Parameter(
              description = "region code, e.g. 330182107000 (寿昌镇)",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String regionCode) {
    Region region =
        access
            .scope(ReportPermission.PEOPLE_LIST, QueryParameters.region("region", regionCode))
            .root();
    List<PersonView> everyone = people.listAll(PeopleQuery.inRegion(region.code()), MAX_PEOPLE);
    OffsetDateTime now = OffsetDateTime.now(clock);
    byte[] pdf = peopleList.render(region, everyone, language.get(), access.caller().name(), now);
    printouts.printed(
        PrintoutAudit.PEOPLE_LIST,
        region.code().value(),
        region.path(),
        "people=" + everyone.size() + " lang=" + language.get().name());
    return PrintoutFormat.PDF.download(
        pdf,
        "people-"
            + region.code()
            + "-"
            + now.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE));
  }
}
