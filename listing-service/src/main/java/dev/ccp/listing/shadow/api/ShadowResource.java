package dev.ccp.listing.shadow.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.screening.domain.ListingScreener.Outcome;
import dev.ccp.listing.shadow.application.Backtesting;
import dev.ccp.listing.shadow.application.StagingConfiguration;
import dev.ccp.listing.shadow.domain.ScreeningConfiguration;
import dev.ccp.listing.shadow.domain.ScreeningConfiguration.Status;
import dev.ccp.listing.shadow.infrastructure.ConfigurationActionRepository;
import dev.ccp.listing.shadow.infrastructure.ScreeningConfigurationRepository;
import dev.ccp.listing.shadow.infrastructure.ShadowDifferenceRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/screening-configurations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shadow mode", description = "Screening configurations tried beside the active one without acting, "
        + "backtested on moderators' verdicts, then promoted or discarded")
@SecurityRequirement(name = "jwt")
public class ShadowResource {
    private static final int MAX_BACKTEST = 20_000;

    private final StagingConfiguration staging;
    private final Backtesting backtesting;
    private final ScreeningConfigurationRepository configurations;
    private final ConfigurationActionRepository actions;
    private final ShadowDifferenceRepository differences;
    private final Caller caller;

    ShadowResource(StagingConfiguration staging, Backtesting backtesting,
            ScreeningConfigurationRepository configurations, ConfigurationActionRepository actions,
            ShadowDifferenceRepository differences, Caller caller) {
        this.staging = staging;
        this.backtesting = backtesting;
        this.configurations = configurations;
        this.actions = actions;
        this.differences = differences;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Stage a configuration", description = "Rule changes over the active configuration (or the "
            + "deployment's own rules with fromDeployment). From "
            + "now on every screening is scored a second time with it, off the request thread, and where the two "
            + "differ is stored; no listing's outcome changes. Audited.")
    @APIResponse(responseCode = "201", description = "Staged")
    @APIResponse(responseCode = "400", description = "A name that is no rule, or a value it cannot take (the field "
            + "is rules.<name>)")
    @APIResponse(responseCode = "409", description = "Another configuration is staged")
    public Response stage(@NotNull @Valid StageRequest request, @Context UriInfo uri) {
        ScreeningConfiguration staged = staging.stage(request.written(), request.startsFromDeployment(), request.note(),
                caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(staged.id).build()).entity(view(staged)).build();
    }

    @GET
    @RolesAllowed({Roles.TRUST_ADMIN, Roles.MODERATOR})
    @Operation(summary = "Configurations, newest first, by status")
    @Transactional
    public List<ConfigurationView> list(@QueryParam("status") Status status) {
        return (status == null ? configurations.list("order by stagedAt desc")
                : configurations.list("status = ?1 order by stagedAt desc", status)).stream()
                .limit(PageRequest.MAX_SIZE).map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.TRUST_ADMIN, Roles.MODERATOR})
    @Operation(summary = "A configuration with its audit trail")
    @APIResponse(responseCode = "404", description = "No such configuration")
    @Transactional
    public ConfigurationView get(@PathParam("id") String id) {
        return view(find(id));
    }

    @POST
    @Path("/{id}/promotion")
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Promote the staged configuration", description = "It becomes what screening runs (here at "
            + "once, on other replicas within listing.screening.refresh-interval, and after restarts); the active "
            + "one retires. Audited with the note. Listings already screened keep their outcome until screened again.")
    @APIResponse(responseCode = "404", description = "No such configuration")
    @APIResponse(responseCode = "409", description = "It is not staged")
    public ConfigurationView promote(@PathParam("id") String id, @NotNull @Valid DecisionNote why) {
        return view(staging.promote(id, why.note(), caller.name()));
    }

    @POST
    @Path("/{id}/discard")
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Discard the staged configuration", description = "Shadow scoring stops; its differences "
            + "stay readable. Audited with the note.")
    @APIResponse(responseCode = "404", description = "No such configuration")
    @APIResponse(responseCode = "409", description = "It is not staged")
    public ConfigurationView discard(@PathParam("id") String id, @NotNull @Valid DecisionNote why) {
        return view(staging.discard(id, why.note(), caller.name()));
    }

    @GET
    @Path("/{id}/differences")
    @RolesAllowed({Roles.TRUST_ADMIN, Roles.MODERATOR})
    @Operation(summary = "Listings the configuration screened differently from the active one, newest first",
            description = "A plain array of at most 500 unless ?page=&size= asks for a page. outcomeChanged=true "
                    + "keeps those whose outcome changed (otherwise the score alone may differ).")
    @APIResponse(responseCode = "404", description = "No such configuration")
    @Transactional
    public Response differences(@PathParam("id") String id, @QueryParam("activeOutcome") Outcome activeOutcome,
            @QueryParam("stagedOutcome") Outcome stagedOutcome, @QueryParam("outcomeChanged") Boolean outcomeChanged,
            @QueryParam("listingId") @Size(max = 100) String listingId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        find(id);
        PageRequest asked = PageRequest.of(page, size);
        PageRequest window = PageRequest.windowOf(asked);
        var found = differences.search(id, activeOutcome == null ? null : activeOutcome.name(),
                stagedOutcome == null ? null : stagedOutcome.name(), outcomeChanged, listingId, window.offset(),
                window.size());
        List<DifferenceView> views = found.items().stream().map(DifferenceView::of).toList();
        return Response.ok(Page.shaped(asked, views, found.total())).header("X-Total-Count", found.total()).build();
    }

    @GET
    @Path("/{id}/summary")
    @RolesAllowed({Roles.TRUST_ADMIN, Roles.MODERATOR})
    @Operation(summary = "Counts: screened beside the active configuration, differing, per change of outcome")
    @APIResponse(responseCode = "404", description = "No such configuration")
    @Transactional
    public SummaryView summary(@PathParam("id") String id) {
        ScreeningConfiguration configuration = find(id);
        return SummaryView.of(id, configuration.status.name(), configuration.screened, configuration.differing,
                differences.transitions(id));
    }

    @GET
    @Path("/{id}/backtest")
    @RolesAllowed({Roles.TRUST_ADMIN, Roles.MODERATOR})
    @Operation(summary = "Replay the configuration over decided listings",
            description = "Screens the listings moderators decided in [from, to) (at most limit, the most recently "
                    + "decided first) with the active configuration and with this one, on the evidence on file "
                    + "today; held or blocked counts as flagged, a verdict of infringement as the truth. Answers "
                    + "each one's confusion matrix, precision and recall (null when undefined). Changes nothing.")
    @APIResponse(responseCode = "404", description = "No such configuration")
    public BacktestView backtest(@PathParam("id") String id,
            @QueryParam("from") @Size(max = 40) String from, @QueryParam("to") @Size(max = 40) String to,
            @QueryParam("limit") @DefaultValue("5000") @Min(1) @Max(MAX_BACKTEST) int limit) {
        Instant since = from == null ? Instant.EPOCH : instant("from", from);
        Instant until = to == null ? Instant.now() : instant("to", to);
        if (!since.isBefore(until)) {
            throw ProblemException.badRequest("from", "must be before to");
        }
        return BacktestView.of(backtesting.backtest(id, since, until, limit));
    }

    private static Instant instant(String field, String written) {
        try {
            return Instant.parse(written);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest(field, "must be an ISO 8601 instant such as 2026-11-01T00:00:00Z");
        }
    }

    private ScreeningConfiguration find(String id) {
        return configurations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("screening configuration", id));
    }

    private ConfigurationView view(ScreeningConfiguration configuration) {
        return ConfigurationView.of(configuration, actions.of(configuration.id));
    }
}
