package dev.ccp.seller.account.api;

import dev.ccp.core.idempotency.IdempotentCommands;
import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.security.Roles;
import dev.ccp.seller.account.application.ChangingStanding;
import dev.ccp.seller.account.application.CloseSeller;
import dev.ccp.seller.account.application.ClosingSeller;
import dev.ccp.seller.account.domain.SellerStatus;
import dev.ccp.seller.account.infrastructure.SellerDecisionRepository;
import dev.ccp.seller.account.infrastructure.SellerRepository;
import dev.ccp.seller.account.infrastructure.SellerSearch;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Accounts once they exist: search, the decision history, reviews, suspension, reinstatement and closure. Applying
 * to sell and the identity links are verification's, on the same {@code /api/v1/sellers} root.
 */
@Path("/api/v1/sellers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sellers", description = "Seller applications, verification decisions and account lifecycle")
@SecurityRequirement(name = "jwt")
public class SellerResource {
    private final ClosingSeller closing;
    private final ChangingStanding standing;
    private final SellerRepository sellers;
    private final SellerSearch search;
    private final SellerDecisionRepository decisions;
    private final SecurityIdentity caller;

    SellerResource(ClosingSeller closing, ChangingStanding standing, SellerRepository sellers, SellerSearch search,
            SellerDecisionRepository decisions, SecurityIdentity caller) {
        this.closing = closing;
        this.standing = standing;
        this.sellers = sellers;
        this.search = search;
        this.decisions = decisions;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE,
            Roles.SERVICE})
    @Operation(summary = "Search accounts", description = "By status, country and the start of the shop or legal "
            + "name, newest first. A plain array of at most 500 unless ?page=&size= asks for a page.")
    public Response search(@QueryParam("status") SellerStatus status,
            @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @QueryParam("name") @Size(min = 2, max = 100) String name,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest asked = PageRequest.of(page, size);
        PageRequest window = PageRequest.windowOf(asked);
        var found = search.find(new SellerSearch.Criteria(status, country, name), window.offset(), window.size());
        List<SellerView> views = found.items().stream().map(SellerView::of).toList();
        return Response.ok(Page.shaped(asked, views, found.total())).header("X-Total-Count", found.total()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE,
            Roles.SERVICE})
    @Operation(summary = "A seller account and its current decision")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", description = "No such seller")
    public SellerView get(@PathParam("id") String id) {
        return SellerView.of(sellers.existing(id));
    }

    @GET
    @Path("/{id}/decisions")
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN})
    @Operation(summary = "Every decision on the account, oldest first: who, when, why")
    @APIResponse(responseCode = "404", description = "No such seller")
    public List<DecisionView> decisions(@PathParam("id") String id) {
        sellers.existing(id);
        return decisions.history(id).stream().map(DecisionView::of).toList();
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.MODERATOR, Roles.TRUST_ADMIN})
    @Operation(summary = "Settle a manual review", description = "APPROVE verifies, REJECT refuses; audited.")
    @APIResponse(responseCode = "409", description = "The account is not under review")
    public SellerView decide(@PathParam("id") String id, @NotNull @Valid ReviewDecision decision) {
        boolean approve = decision.verdict() == ReviewDecision.Verdict.APPROVE;
        return SellerView.of(standing.settleReview(id, approve, decision.note(), actor()));
    }

    @POST
    @Path("/{id}/suspension")
    @RolesAllowed({Roles.TRUST_ADMIN, Roles.INVESTIGATOR, Roles.SERVICE})
    @Operation(summary = "Stop the account from selling until reinstated")
    @APIResponse(responseCode = "409", description = "A closed or rejected account cannot be suspended")
    public SellerView suspend(@PathParam("id") String id, @NotNull @Valid StandingChange change) {
        return SellerView.of(standing.suspend(id, change.reason(), actor()));
    }

    @POST
    @Path("/{id}/reinstatement")
    @RolesAllowed({Roles.TRUST_ADMIN, Roles.SERVICE})
    @Operation(summary = "Let a suspended or closed account sell again, e.g. after a granted appeal")
    @APIResponse(responseCode = "200", description = "The account, selling again")
    @APIResponse(responseCode = "409", description = "The account was never suspended or closed")
    public SellerView reinstate(@PathParam("id") String id, @NotNull @Valid StandingChange change) {
        return SellerView.of(standing.reinstate(id, change.reason(), actor()));
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({Roles.SERVICE, Roles.TRUST_ADMIN})
    @Operation(summary = "Close the account (only a reinstatement opens it again)",
            description = "Idempotent: a retry with the same Idempotency-Key returns the first answer.")
    @APIResponse(responseCode = "200", description = "The account, now CLOSED")
    @APIResponse(responseCode = "404", description = "No such seller")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another request")
    public SellerView close(@PathParam("id") String id,
            @Parameter(required = true, description = "Unique per intended closure, reused on retries")
            @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey,
            @NotNull @Valid ClosureRequest request) {
        return closing.close(new CloseSeller(id, request.reason(), request.reference()), idempotencyKey,
                SellerView.class, SellerView::of);
    }

    private String actor() {
        return caller.getPrincipal().getName();
    }
}
