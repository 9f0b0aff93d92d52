package org.shaodian.rosters.internal.jobs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shaodian.kernel.api.i18n.CurrentLanguage;
import org.shaodian.kernel.api.i18n.Text;
import org.shaodian.kernel.api.paging.Page;
import org.shaodian.kernel.api.paging.PageParameters;
import org.shaodian.kernel.api.problem.Problem;
import org.shaodian.kernel.api.region.RegionCode;
import org.shaodian.kernel.api.web.PathIds;
import org.shaodian.kernel.api.web.QueryParameters;
import org.shaodian.rosters.api.RosterJobState;
import org.shaodian.rosters.internal.RosterAccess;
import org.shaodian.rosters.internal.RosterPermission;
import org.shaodian.rosters.internal.duty.DutyViews;
import org.shaodian.rosters.internal.solving.UnfilledReason;

/** Automatic rostering jobs, over REST. */
@Path("roster-jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
public class RosterJobResource {

  @Inject RosterJobs jobs;

  @Inject RosterJobRunner runner;

  @Inject DutyViews names;

  @Inject CurrentLanguage language;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "startRosterJob",
      summary = "自动排班 — fill a region's seats for some days from its people",
      description =
          "Runs in the background (watch it at the Location); ends with a proposal to accept or"
              + " discard. Hard rules: qualification, availability, no overlap, 16 h between"
              + " shifts, at most 6 shifts in 7 days. Soft: fair nights and hours, teams together,"
              + " people near their post, held seats kept.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      headers =
          @Header(
              name = "Location",
              required = true,
              description = "the job's address",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content = @Content(schema = @Schema(implementation = RosterJobView.class)))
  @APIResponse(responseCode = "400", description = "Invalid days (past, reversed, over 31)")
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  @APIResponse(
      responseCode = "409",
      description = "The region has no open seats on those days, or no people")
  @APIResponse(responseCode = "413", description = "The body is larger than 1 MB")
  public Response start(@Valid @NotNull RosterJobForm form, @Context UriInfo uri) {
    RosterJob job = jobs.queue(RegionCode.parse("region", form.region()), form.from(), form.to());
    runner.launch(job.id());
    return Response.accepted(RosterJobView.of(job))
        .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
        .build();
  }

  @GET
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(
      operationId = "listRosterJobs",
      summary = "排班任务列表 — rostering jobs",
      description = "Within the caller's jurisdiction, the latest first.")
  @APIResponse(responseCode = "200", description = "A page of jobs")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such region, or outside the caller's jurisdiction")
  public Page<RosterJobView> list(
      @Parameter(description = "only jobs for this region", schema = @Schema(ref = "RegionCode"))
          @QueryParam("region")
          String region,
      @Parameter(schema = @Schema(implementation = RosterJobState.class)) @QueryParam("state")
          String state,
      @BeanParam PageParameters paging) {
    Page<RosterJob> page =
        jobs.list(
            QueryParameters.region("region", region),
            QueryParameters.oneOf("state", state, RosterJobState.class),
            paging.request());
    return page.map(RosterJobView::of);
  }

  @GET
  @Path("{id}")
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(operationId = "getRosterJob", summary = "排班任务 — a job, its progress and its result")
  @APIResponse(
      responseCode = "200",
      description = "The job",
      content = @Content(schema = @Schema(implementation = RosterJobView.class)))
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such job, or outside the caller's jurisdiction")
  public RosterJobView get(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    return RosterJobView.of(jobs.get(jobId(id)));
  }

  @POST
  @Path("{id}/stop")
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "stopRosterJob",
      summary = "提前结束 — stop a job early",
      description = "It proposes the best roster found so far.")
  @APIResponse(
      responseCode = "202",
      description = "Asked to stop; the job proposes shortly",
      content = @Content(schema = @Schema(implementation = RosterJobView.class)))
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such job, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "The job is not solving")
  public Response stop(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    UUID jobId = jobId(id);
    RosterJob job = jobs.requestStop(jobId);
    if (!runner.stop(jobId)) {
      throw Problem.conflict(Text.of("该任务不在求解中", "The job is not solving"));
    }
    return Response.accepted(RosterJobView.of(job)).build();
  }

  @GET
  @Path("{id}/proposal")
  @RosterAccess(RosterPermission.ROSTER_READ)
  @Operation(
      operationId = "listProposedSeats",
      summary = "排班方案 — a job's proposal, seat by seat",
      description = "Open seats come with the reason they stay open.")
  @APIResponse(responseCode = "200", description = "A page of proposed seats")
  @APIResponse(responseCode = "400", description = "Invalid filter or paging")
  @APIResponse(responseCode = "403", description = "The role may not read rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such job, or outside the caller's jurisdiction")
  public Page<ProposedSeatView> proposal(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id,
      @Parameter(
              description = "only seats the proposal changes (and those left open)",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("changes")
          String changes,
      @BeanParam PageParameters paging) {
    Page<ProposedSeat> page =
        jobs.proposal(jobId(id), QueryParameters.bool("changes", changes), paging.request());
    List<UUID> people = new java.util.ArrayList<>();
    page.items()
        .forEach(
            s -> {
              if (s.person() != null) {
                people.add(s.person());
              }
            });
    Map<UUID, String> personNames = names.names(people);
    Map<UUID, String> postNames =
        names.postNames(page.items().stream().map(ProposedSeat::post).toList());
    return page.map(
        s -> {
          UnfilledReason reason =
              s.unfilledReason() == null ? null : UnfilledReason.valueOf(s.unfilledReason());
          return new ProposedSeatView(
              s.post(),
              postNames.get(s.post()),
              s.date(),
              s.shiftNo(),
              s.role(),
              s.seatNo(),
              s.person(),
              s.person() == null ? null : personNames.get(s.person()),
              s.basis(),
              ProposedSeatView.change(s.person(), s.basis()),
              reason,
              reason == null ? null : reason.label().in(language.get()));
        });
  }

  @POST
  @Path("{id}/acceptance")
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(
      operationId = "acceptRosterJob",
      summary = "采用方案 — apply a job's proposal",
      description =
          "In one transaction. Refused (409) when the roster of its seats changed since the job"
              + " started, or the job is discarded, accepted or still solving.")
  @APIResponse(
      responseCode = "200",
      description = "Applied",
      content = @Content(schema = @Schema(implementation = AcceptanceView.class)))
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such job, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "No proposal to accept, or a stale one")
  public AcceptanceView accept(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    RosterJobs.Accepted accepted = jobs.accept(jobId(id));
    return new AcceptanceView(
        RosterJobView.of(accepted.job()), accepted.given(), accepted.released(), accepted.begun());
  }

  @POST
  @Path("{id}/discard")
  @RosterAccess(RosterPermission.ROSTER_WRITE)
  @Operation(operationId = "discardRosterJob", summary = "放弃方案 — put a job's proposal aside")
  @APIResponse(
      responseCode = "200",
      description = "Discarded",
      content = @Content(schema = @Schema(implementation = RosterJobView.class)))
  @APIResponse(responseCode = "403", description = "The role may not change rosters")
  @APIResponse(
      responseCode = "404",
      description = "No such job, or outside the caller's jurisdiction")
  @APIResponse(responseCode = "409", description = "Not proposed or failed")
  public RosterJobView discard(
      @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id")
          String id) {
    return RosterJobView.of(jobs.discard(jobId(id)));
  }

  private static UUID jobId(String id) {
    return PathIds.uuid(id, RosterJobs.JOB);
  }
}
