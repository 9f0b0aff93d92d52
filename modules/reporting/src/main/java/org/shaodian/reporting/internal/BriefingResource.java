package org.shaodian.reporting.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.Metric;
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
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.kernel.api.web.ServerTimings;

/** 每日一报: a region's daily briefing, as PDF or as a workbook. */
@Path("briefings")
@RequestScoped
@Tag(name = "reporting")
public class BriefingResource {

  @Inject Access access;

  @Inject BriefingFigures figures;

  @Inject BriefingMap map;

  @Inject DailyBriefingReport report;

  @Inject PrintoutAudit printouts;

  @Inject CurrentLanguage language;

  @Inject BriefingArchive archive;

  @Inject ServerTimings timings;

  @Inject
  @Metric(
      name = "briefing.time",
      absolute = true,
      tags = "made=request",
      description = MorningBriefings.BRIEFING_TIME)
  Timer briefingTime;

  @Inject MorningBriefings morning;

  @Context HttpHeaders headers;

  @GET
  @Path("daily")
  @Produces({PrintoutFormat.PDF_TYPE, PrintoutFormat.XLSX_TYPE, MediaType.APPLICATION_JSON})
  @ReportAccess(ReportPermission.BRIEFING)
  @Operation(
      operationId = "getDailyBriefing",
      summary = "每日简报 — a region's daily briefing, as PDF or XLSX",
      description =
          "The day's checkpoint inspections (per checkpoint, per shift, by outcome, 7-day trend),"
              + " duty coverage and supervision findings, returnees, home health management,"
              + " visits and requests, key-place patrols, the areas one level down and the"
              + " four-colour map, with the headline figures against the day before. Chinese,"
              + " or English with lang=en. Figures only: no personal data. Every download is"
              + " in the audit trail. As JSON (format=json, or Accept: application/json): the"
              + " same figures for a page, without the map (map.png draws it).")
  @APIResponse(
      responseCode = "200",
      description = "The briefing",
      headers =
          @Header(
              name = "Content-Disposition",
              description =
                  "PDF and XLSX: attachment, named briefing-<region>-<date>.pdf, with the name in"
                      + " the reader's language as filename* (UTF-8), e.g."
                      + " 寿昌镇每日简报-2026-11-28.pdf",
              schema = @Schema(type = SchemaType.STRING)),
      content = {
        @Content(
            mediaType = PrintoutFormat.PDF_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = PrintoutFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DailyBriefing.class))
      })
  @APIResponse(
      responseCode = "400",
      description =
          "Not a region code or a date, a day after today or over a year ago, or no such format")
  @APIResponse(responseCode = "403", description = "The role may not read briefings")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Response daily(
      @Parameter(
              description =
                  "region code, e.g. 330182107000 (寿昌镇); default the caller's jurisdiction",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "the day (Asia/Shanghai), default today (figures as of now)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("date")
          String date,
      @Parameter(
              description =
                  "pdf, xlsx or json; without it, the Accept header chooses (PDF when it takes"
                      + " any)",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"pdf", "xlsx", "json"}))
          @QueryParam("format")
          String format) {
    boolean json = wantsJson(format);
    PrintoutFormat as =
        json ? null : PrintoutFormat.chosen(format, headers.getAcceptableMediaTypes());
    LocalDate day = QueryParameters.date("date", date, LocalDate.now(ShaodianTime.ZONE));
    Language lang = language.get();
    RegionCode code = QueryParameters.region("region", region);
    Timer.Context making = briefingTime.time();
    DailyBriefing briefing = timings.timed("figures", () -> figures.gather(code, day));
    if (json) {
      return Response.ok(briefing, MediaType.APPLICATION_JSON).build();
    }
    String by = access.caller().name();
    byte[] file;
    if (as == PrintoutFormat.PDF) {
      DailyBriefing drawn = timings.timed("map", () -> map.drawn(briefing, lang));
      file = timings.timed("render", () -> report.render(drawn, lang, by));
    } else {
      file = timings.timed("render", () -> DailyBriefingWorkbook.write(briefing, lang, by));
    }
    timings.timed(
        "audit",
        () ->
            printouts.printed(
                PrintoutAudit.DAILY_BRIEFING,
                briefing.region().code().value() + "/" + day,
                briefing.region().path(),
                "format=" + as.extension() + " lang=" + lang.name()));
    making.stop();
    return as.download(
        file,
        "briefing-" + briefing.region().code() + "-" + day,
        BriefingTables.name(briefing.region(), lang)
            + Text.of("每日简报", "-daily-briefing").in(lang)
            + "-"
            + day);
  }

  @GET
  @Path("trend")
  @Produces(MediaType.APPLICATION_JSON)
  @ReportAccess(ReportPermission.BRIEFING)
  @Operation(
      operationId = "getBriefingTrend",
      summary = "近 7 日趋势 — a region's headline figures for each of seven days",
      description =
          "The daily briefing's headline figures (vehicles and people inspected, returnees"
              + " registered, people under home health management, requests overdue, findings"
              + " open) for the seven days up to the day, oldest first: what a dashboard draws."
              + " Figures only: no personal data.")
  @APIResponse(
      responseCode = "200",
      description = "The trend",
      content = @Content(schema = @Schema(implementation = BriefingTrend.class)))
  @APIResponse(
      responseCode = "400",
      description = "Not a region code or a date, a day after today or over a year ago")
  @APIResponse(responseCode = "403", description = "The role may not read briefings")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public BriefingTrend trend(
      @Parameter(
              description = "region code; default the caller's jurisdiction",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "the last day (Asia/Shanghai), default today",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("date")
          String date) {
    LocalDate day = QueryParameters.date("date", date, LocalDate.now(ShaodianTime.ZONE));
    return figures.trend(QueryParameters.region("region", region), day);
  }

  /**
   * JSON when asked by name, or when the caller's first choice is JSON itself (not a wildcard): a
   * page's fetch; a browser's or a client's "anything" gets the PDF.
   */
  private boolean wantsJson(String format) {
    if (format != null) {
      return format.equals("json");
    }
    List<MediaType> acceptable = headers.getAcceptableMediaTypes();
    return !acceptable.isEmpty()
        && !acceptable.get(0).isWildcardType()
        && acceptable.get(0).isCompatible(MediaType.APPLICATION_JSON_TYPE);
  }

  @GET
  @Path("archive")
  @Produces(MediaType.APPLICATION_JSON)
  @ReportAccess(ReportPermission.BRIEFING)
  @Operation(
      operationId = "listArchivedBriefings",
      summary = "简报存档 — the briefings as they were sent",
      description =
          "The archived daily briefings of the districts and towns within a region (default the"
              + " caller's jurisdiction), newest day first: when their figures were read, who made"
              + " them, and the SHA-256 of each file. At most 31 days at once.")
  @APIResponse(responseCode = "200", description = "The archive")
  @APIResponse(
      responseCode = "400",
      description = "Not a region code or dates, more than 31 days, or too many to list")
  @APIResponse(responseCode = "403", description = "The role may not read briefings")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public List<BriefingArchive.Entry> archive(
      @Parameter(
              description = "the region (default: the caller's jurisdiction)",
              schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(
              description = "the first day (default: 30 days before to)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("from")
          String from,
      @Parameter(
              description = "the last day (default: today)",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("to")
          String to) {
    LocalDate last = QueryParameters.date("to", to, LocalDate.now(ShaodianTime.ZONE));
    LocalDate first =
        QueryParameters.date("from", from, last.minusDays(BriefingArchive.MAX_DAYS - 1));
    return archive.list(QueryParameters.region("region", region), first, last);
  }

  @GET
  @Path("archive/{region}/{date}")
  @Produces({PrintoutFormat.PDF_TYPE, PrintoutFormat.XLSX_TYPE})
  @ReportAccess(ReportPermission.BRIEFING)
  @Operation(
      operationId = "getArchivedBriefing",
      summary = "存档简报 — a past briefing exactly as it was sent",
      description =
          "The PDF (or the workbook) byte for byte as the morning run made it; its SHA-256 in"
              + " Repr-Digest (RFC 9530) and the ETag. Every download is in the audit trail.")
  @APIResponse(
      responseCode = "200",
      description = "The file as it was sent",
      headers = {
        @Header(
            name = "Content-Disposition",
            required = true,
            description = "attachment, named as the briefing was",
            schema = @Schema(type = SchemaType.STRING)),
        @Header(
            name = "Repr-Digest",
            required = true,
            description = "sha-256=:<base64>: of the file",
            schema = @Schema(type = SchemaType.STRING))
      },
      content = {
        @Content(
            mediaType = PrintoutFormat.PDF_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = PrintoutFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(responseCode = "400", description = "Not a region code or a date, or no such format")
  @APIResponse(responseCode = "403", description = "The role may not read briefings")
  @APIResponse(
      responseCode = "404",
      description = "Not archived, or outside the caller's jurisdiction")
  public Response archived(
      @Parameter(description = "the region's code", schema = @Schema(ref = "RegionCode"))
          @PathParam("region")
          String region,
      @Parameter(
              description = "the briefing's day",
              schema = @Schema(type = SchemaType.STRING, format = "date"))
          @PathParam("date")
          String date,
      @Parameter(
              description =
                  "pdf or xlsx; without it, the Accept header chooses (PDF when it takes both)",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"pdf", "xlsx"}))
          @QueryParam("format")
          String format) {
    PrintoutFormat as = PrintoutFormat.chosen(format, headers.getAcceptableMediaTypes());
    LocalDate day = QueryParameters.date("date", date);
    ArchivedBriefing briefing = archive.get(RegionCode.parse("region", region), day, Language.ZH);
    printouts.printed(
        PrintoutAudit.DAILY_BRIEFING,
        briefing.region().value() + "/" + day,
        briefing.regionPath(),
        "archived format=" + as.extension());
    byte[] file = briefing.file(as);
    String hex = briefing.sha256(as);
    return Response.fromResponse(as.download(file, "briefing-" + briefing.region() + "-" + day))
        .header(
            "Repr-Digest",
            "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex)) + ":")
        .tag(hex)
        .build();
  }

  @POST
  @Path("archive/runs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @ReportAccess(ReportPermission.BRIEFING_RUN)
  @Operation(
      operationId = "runMorningBriefings",
      summary = "补发简报 — make a day's briefings now, as the morning run would",
      description =
          "Every district's and town's briefing of the day that is not archived yet is made as"
              + " the system caller and archived; those archived already stay as they were sent."
              + " For catching up by hand: the morning run itself does so on its own.")
  @APIResponse(responseCode = "200", description = "What the run did")
  @APIResponse(
      responseCode = "400",
      description = "Not a date, a day after yesterday, or over a year ago")
  @APIResponse(responseCode = "403", description = "Only an administrator")
  public MorningBriefings.Run run(@Valid @NotNull RunForm form) {
    LocalDate today = LocalDate.now(ShaodianTime.ZONE);
    if (!form.date().isBefore(today) || form.date().isBefore(today.minusYears(1))) {
      throw Problem.invalid(
          "date", Text.of("须为昨天或更早(一年以内)", "yesterday or earlier, within a year"));
    }
    return morning.run(form.date());
  }

  /** The day to make briefings of. */
  @Schema(
      name = "BriefingRunForm",
      requiredProperties = {"date"})
  public record RunForm(@NotNull LocalDate date) {}
}
