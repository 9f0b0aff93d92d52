package org.shaodian.reporting.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.ShaodianTime;
import org.shaodian.kernel.api.access.Access;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Language;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.region.Regions;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.rosters.api.DutyService;
import org.shaodian.rosters.api.DutyService.PersonDuties;
import org.shaodian.rosters.api.DutyService.PostDuties;

/**
 * Roster printouts as files to download: a post's week (值守排班表) and a person's duty list (个人值班表), as
 * PDF or XLSX by {@code Accept}. The rosters api checks the jurisdiction (404 outside) and the span
 * of days (at most 31); the file is made whole, then audited, then sent.
 */
@Path("reports")
@RequestScoped
@Tag(name = "reporting")
public class RosterPrintoutResource {

  static final Text POST = Text.of("点位", "Post");
  static final Text PERSON = Text.of("人员", "Person");

  @Inject Access access;

  @Inject DutyService duties;

  @Inject Regions regions;

  @Inject PostWeekReport postWeek;

  @Inject PersonDutiesReport personDuties;

  @Inject PrintoutAudit printouts;

  @Inject CurrentLanguage language;

  @Inject Clock clock;

  @GET
  @Path("posts/{post}/week")
  @Produces({PrintoutFormat.PDF_TYPE, PrintoutFormat.XLSX_TYPE})
  @Operation(
      operationId = "printPostWeek",
      summary = "值守排班表 — a post's week, as PDF or XLSX",
      description =
          "Seven days from `from`: the PDF is a grid of shifts by days listing every seat as duty"
              + " and holder's name (open seats marked 空缺), with the post, its region and the"
              + " shift times; the workbook has one row per seat. Names only, no phone numbers."
              + " PDF unless Accept prefers the XLSX type. Chinese, or English with lang=en.")
  @APIResponse(
      responseCode = "200",
      description = "The printout",
      headers =
          @Header(
              name = "Content-Disposition",
              required = true,
              description = "attachment, with a file name such as post-week-<id>-20261128.pdf",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern =
                          "^attachment; filename=\"post-week-[0-9a-f-]{36}-[0-9]{8}\\.(pdf|xlsx)\"$")),
      content = {
        @Content(
            mediaType = PrintoutFormat.PDF_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = PrintoutFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(responseCode = "400", description = "`from` is not a date")
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such post, or outside the caller's jurisdiction")
  @ReportAccess(ReportPermission.ROSTERS)
  public Response postWeek(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("post")
          String post,
      @Parameter(
              description = "the first of the seven days; today (Asia/Shanghai) when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Context HttpHeaders headers) {
    UUID postId = PathIds.uuid(post, POST);
    LocalDate first = orToday(QueryParameters.date("from", from));
    PrintoutFormat format = PrintoutFormat.negotiate(headers.getAcceptableMediaTypes());
    PostDuties week = duties.postDuties(postId, first, first.plusDays(PostWeekReport.DAYS - 1L));
    Language lang = language.get();
    OffsetDateTime now = OffsetDateTime.now(clock);
    byte[] file = postWeek.render(week, format, lang, access.caller().name(), now);
    printouts.printed(
        PrintoutAudit.POST_WEEK,
        postId.toString(),
        regions.get(week.post().region()).path(),
        summary(week.from(), week.to(), week.seats().size(), format, lang));
    return format.download(file, "post-week-" + postId + "-" + basic(first));
  }

  @GET
  @Path("people/{person}/duties")
  @Produces({PrintoutFormat.PDF_TYPE, PrintoutFormat.XLSX_TYPE})
  @Operation(
      operationId = "printPersonDuties",
      summary = "个人值班表 — a person's duties, as PDF or XLSX",
      description =
          "From one day to another (at most 31 days), one line per duty in the order they start:"
              + " date, shift times, post, duty and state. The person by name, no phone number."
              + " PDF unless Accept prefers the XLSX type. Chinese, or English with lang=en.")
  @APIResponse(
      responseCode = "200",
      description = "The printout",
      headers =
          @Header(
              name = "Content-Disposition",
              required = true,
              description =
                  "attachment, with a file name such as person-duties-<id>-20261128-20261204.pdf",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern =
                          "^attachment; filename=\"person-duties-[0-9a-f-]{36}-[0-9]{8}-[0-9]{8}\\.(pdf|xlsx)\"$")),
      content = {
        @Content(
            mediaType = PrintoutFormat.PDF_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = PrintoutFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "400",
      description = "Not a date, `to` before `from`, or more than 31 days")
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such person, or outside the caller's jurisdiction")
  @ReportAccess(ReportPermission.ROSTERS)
  public Response personDuties(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("person")
          String person,
      @Parameter(
              description = "first day; today (Asia/Shanghai) when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "last day, included; six days after the first when left out",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to,
      @Context HttpHeaders headers) {
    UUID personId = PathIds.uuid(person, PERSON);
    LocalDate first = orToday(QueryParameters.date("from", from));
    LocalDate last = QueryParameters.date("to", to);
    last = last == null ? first.plusDays(6) : last;
    PrintoutFormat format = PrintoutFormat.negotiate(headers.getAcceptableMediaTypes());
    PersonDuties list = duties.personDuties(personId, first, last);
    Language lang = language.get();
    OffsetDateTime now = OffsetDateTime.now(clock);
    byte[] file = personDuties.render(list, format, lang, access.caller().name(), now);
    printouts.printed(
        PrintoutAudit.PERSON_DUTIES,
        personId.toString(),
        regions.get(list.person().homeRegion()).path(),
        summary(list.from(), list.to(), list.duties().size(), format, lang));
    return format.download(
        file, "person-duties-" + personId + "-" + basic(first) + "-" + basic(last));
  }

  private LocalDate orToday(LocalDate date) {
    return date != null ? date : LocalDate.now(clock.withZone(ShaodianTime.ZONE));
  }

  private static String basic(LocalDate date) {
    return date.format(DateTimeFormatter.BASIC_ISO_DATE);
  }

  private static String summary(
      LocalDate from, LocalDate to, int lines, PrintoutFormat format, Language lang) {
    return "from=%s to=%s lines=%d format=%s lang=%s"
        .formatted(from, to, lines, format.extension(), lang.name());
  }
}
